import { defineConfig } from 'tsup';

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
    // One file for <script type="module" src=".../yizhan.js">: everything inlined, minified.
    entry: { yizhan: 'src/yizhan.ts' },
    format: ['esm'],
    target: 'es2022',
    minify: true,
    noExternal: [/.*/],
    treeshake: true,
    esbuildOptions(options) {
      options.conditions = ['@yizhan/source', 'module', 'import', 'browser'];
      options.legalComments = 'none';
    },
  },
]);
