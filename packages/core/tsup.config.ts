import { defineConfig } from 'tsup';

export default defineConfig({
  entry: [
    'src/index.ts',
    'src/form.ts',
    'src/i18n.ts',
    'src/strict-csp.ts',
    'src/expr.ts',
    'src/flow.ts',
    'src/match.ts',
    'src/import.ts',
    'src/testing.ts',
  ],
  external: ['vitest'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  sourcemap: true,
  treeshake: true,
});
