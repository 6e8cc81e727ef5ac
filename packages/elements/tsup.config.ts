import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { minifyOutput } from './build/minify-output.mjs';
import { minifyTemplates } from './build/minify-templates.mjs';

/**
 * What every script-tag file shares: ESM, minified, everything inlined, browser conditions.
 * Each also minifies the static text of its Lit templates (build/minify-templates.mjs), and
 * is minified again once written (build/minify-output.mjs: tsup's tree-shaking prints it
 * back in a longer form).
 */
const scriptBundle = {
  format: ['esm'],
  target: 'es2022',
  minify: true,
  noExternal: [/.*/],
  treeshake: true,
  esbuildOptions(options: Parameters<NonNullable<Options['esbuildOptions']>>[0]) {
    options.conditions = ['@yizhan/source', 'module', 'import', 'browser'];
    options.legalComments = 'none';
  },
} satisfies Options;

/** Marks imports whose path matches `filter` as imports of `file`, a file built beside this one. */
function importsOf(name: string, filter: RegExp, file: string): Plugin {
  return {
    name,
    setup(build) {
      build.onResolve({ filter }, () => ({ path: file, external: true }));
    },
  };
}

/**
 * The widgets' `@property` and `@state`: yizhan.js declares its elements with `static
 * properties`, so it has no decorators to share; build/lit-decorators.mjs is the legacy half
 * of Lit's (lit's own would import a second ReactiveElement).
 */
const widgetDecorators: Plugin = {
  name: 'widget-decorators',
  setup(build) {
    build.onResolve({ filter: /^lit\/decorators\.js$/ }, () => ({
      path: fileURLToPath(new URL('./build/lit-decorators.mjs', import.meta.url)),
    }));
  },
};

/** The on-demand files yizhan.js imports: built separately, beside it. */
const onDemandFiles: Plugin[] = [
  importsOf('yizhan-widgets-file', /^\.\/yizhan-widgets$/, './yizhan-widgets.js'),
  importsOf('yizhan-all-file', /^\.\/yizhan-all$/, './yizhan-all.js'),
  importsOf('yizhan-report-file', /^\.\/form\/definition-report$/, './yizhan-report.js'),
];

/**
 * What the widgets share with the form, taken from yizhan.js (which exports these names):
 * one lit, one theme, one `<yz-form>` in the page, and no second copy to download.
 */
const sharedFromYizhan = importsOf(
  'shared-from-yizhan',
  /^(lit|@yizhan\/core\/(i18n|strict-csp)|\.\.\/theme|\.\.\/yz-form)$/,
  './yizhan.js',
);

export default defineConfig([
  {
    // npm entry points: bundlers take only what they import; lit and the core stay external.
    entry: {
      index: 'src/index.ts',
      'yz-form': 'src/yz-form.ts',
      define: 'src/define.ts',
      fields: 'src/define-fields.ts',
      client: 'src/client/index.ts',
      widgets: 'src/widgets/index.ts',
    },
    format: ['esm'],
    dts: true,
    target: 'es2022',
    sourcemap: true,
    treeshake: true,
  },
  {
    // The script-tag bundle: yizhan.js renders and validates any form, on its own. It imports
    // the other files, built beside it, only when a page needs them (src/lazy-widgets.ts,
    // yz-form.component.ts). All are same-origin modules, so script-src 'self' is enough.
    entry: { yizhan: 'src/yizhan.ts' },
    ...scriptBundle,
    splitting: false,
    esbuildPlugins: [minifyTemplates(), ...onDemandFiles],
    onSuccess: () => minifyOutput('dist', ['yizhan.js']),
  },
  {
    // yizhan-widgets.js: the portal widgets and their client, importing the rest from yizhan.js.
    entry: { 'yizhan-widgets': 'src/yizhan-widgets.ts' },
    ...scriptBundle,
    splitting: false,
    // Not minified again: test/e2e/bundle-files.test.ts reads its import of ./yizhan.js as
    // tsup writes it (single quotes; esbuild would write double quotes).
    esbuildPlugins: [minifyTemplates(), widgetDecorators, sharedFromYizhan],
  },
  {
    // yizhan-all.js: every element, <yz-flow-diagram> included, self-contained (the flow
    // schemas need zod classic). yizhan-report.js: parseForm and its messages, for <yz-form>
    // to word a broken definition. Both rarely needed, so self-contained rather than shared.
    entry: { 'yizhan-all': 'src/yizhan-all.ts', 'yizhan-report': 'src/form/definition-report.ts' },
    ...scriptBundle,
    splitting: false,
    esbuildPlugins: [minifyTemplates()],
    onSuccess: () => minifyOutput('dist', ['yizhan-all.js', 'yizhan-report.js']),
  },
]);
