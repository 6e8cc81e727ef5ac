import type { Plugin } from 'esbuild';

/** Minifies the static parts of one `css` template (the raw texts between its expressions). */
export function minifyCss(parts: readonly string[]): string[];
/** Minifies the static parts of one `html` or `svg` template (the raw texts between its expressions). */
export function minifyHtml(parts: readonly string[]): string[];
/** Minifies every `css`, `html` and `svg` tagged template in a TypeScript module's source. */
export function minifyTemplatesInSource(source: string, fileName?: string): string;
/** An esbuild plugin that minifies the Lit templates of the TypeScript files matching `filter`. */
export function minifyTemplates(options?: { filter?: RegExp }): Plugin;
