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

/** `import('./yizhan-all')` in lazy-widgets.ts stays an import of the file built beside it. */
const allElementsAsFile: Plugin = {
  name: 'yizhan-all-as-file',
  setup(build) {
    build.onResolve({ filter: /^\.\/yizhan-all$/ }, () => ({
      path: './yizhan-all.js',
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
    esbuildPlugins: [allElementsAsFile],
    esbuildOptions(options) {
      scriptBundle.esbuildOptions(options);
      options.chunkNames = 'yizhan-chunk-[hash]';
    },
  },
  {
    // yizhan-all.js: every element, <yz-flow-diagram> included, self-contained. A separate
    // build, so zod classic (the flow schemas) never lands in a chunk that yizhan.js loads.
    entry: { 'yizhan-all': 'src/yizhan-all.ts' },
    ...scriptBundle,
  },
]);
