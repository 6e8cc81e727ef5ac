// @ts-check
// Builds the demo's browser scripts with esbuild from the workspace sources (the
// `@yizhan/source` condition, as the tests do): each `pages/<name>.js` into its own bundle
// (`/assets/<name>.js`), and the one-file `yizhan.js` a third-party portal loads. A bundle
// is built on first request and kept for the life of the process.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const workspace = resolve(import.meta.dirname, '../../..');
const elements = join(workspace, 'packages/elements');

/**
 * Bundles one browser entry into a single ES module text.
 * @param {string} entry
 * @returns {Promise<string>}
 */
async function bundle(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    minify: false,
    conditions: ['@yizhan/source', 'module', 'import', 'browser'],
    // Lit's decorators need the elements' TypeScript settings.
    tsconfig: join(elements, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/**
 * The page assets of the demo server: `page(name)` and `yizhan()`, each cached.
 * @param {string} root the `examples/portal` folder
 * @returns {{ page(name: string): Promise<string | null>; yizhan(): Promise<string>; warm(): Promise<void> }}
 */
export function createPageAssets(root) {
  /** @type {Map<string, Promise<string>>} */
  const cache = new Map();
  /** @param {string} key @param {string} entry */
  const cached = (key, entry) => {
    let text = cache.get(key);
    if (text === undefined) {
      text = bundle(entry);
      // A failed build is tried again on the next request.
      text.catch(() => cache.delete(key));
      cache.set(key, text);
    }
    return text;
  };
  const pageEntry = (/** @type {string} */ name) => join(root, 'pages', `${name}.js`);
  return {
    async page(name) {
      if (!/^[a-z][a-z0-9-]*$/.test(name) || !existsSync(pageEntry(name))) return null;
      return cached(`page:${name}`, pageEntry(name));
    },
    yizhan: () => cached('yizhan', join(elements, 'src/yizhan.ts')),
    async warm() {
      // Every page script but the shared module, one after another (two cores, loaded).
      const pages = readdirSync(join(root, 'pages'))
        .filter((file) => file.endsWith('.js') && file !== 'session.js')
        .map((file) => file.slice(0, -3));
      for (const name of pages) await this.page(name).catch(() => null);
      await this.yizhan();
    },
  };
}
