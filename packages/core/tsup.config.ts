import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/form.ts', 'src/i18n.ts', 'src/strict-csp.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  sourcemap: true,
  treeshake: true,
});
