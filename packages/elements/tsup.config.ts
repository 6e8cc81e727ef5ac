import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

/** What every script-tag file shares: ESM, minified, everything inlined, browser conditions. */
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

/**
 * Dynamic imports that stay imports of self-contained files built beside the bundle:
 * `import('./yizhan-all')` (lazy-widgets.ts) and `import('./form/definition-report')`
 * (yz-form.component.ts). Code they share with yizhan.js is not split out, on purpose.
 */
const separateFiles: Plugin = {
  name: 'yizhan-separate-files',
  setup(build) {
    build.onResolve({ filter: /^\.\/yizhan-all$/ }, () => ({
      path: './yizhan-all.js',
      external: true,
    }));
    build.onResolve({ filter: /^\.\/form\/definition-report$/ }, () => ({
      path: './yizhan-report.js',
      external: true,
    }));
  },
};

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
    // The script-tag bundle: yizhan.js (form and fields) and yizhan-widgets.js (the portal
    // widgets, which yizhan.js imports when a page uses one); code they share goes to
    // yizhan-chunk-*.js. All inlined, minified, same-origin modules (script-src 'self').
    entry: { yizhan: 'src/yizhan.ts', 'yizhan-widgets': 'src/yizhan-widgets.ts' },
    ...scriptBundle,
    splitting: true,
    esbuildPlugins: [separateFiles],
    esbuildOptions(options) {
      scriptBundle.esbuildOptions(options);
      options.chunkNames = 'yizhan-chunk-[hash]';
    },
  },
  {
    // yizhan-all.js: every element, <yz-flow-diagram> included, self-contained. A separate
    // build, so zod classic (the flow schemas) never lands in a chunk that yizhan.js loads.
    // yizhan-report.js: parseForm and its messages, for <yz-form> to word a broken definition.
    entry: { 'yizhan-all': 'src/yizhan-all.ts', 'yizhan-report': 'src/form/definition-report.ts' },
    ...scriptBundle,
    splitting: false,
  },
]);
