// @ts-check
// Bundles a TypeScript entry of the workspace for plain Node (which cannot run TypeScript):
// the workspace packages from their sources (the `@yizhan/source` condition, as Vitest
// resolves them), native drivers loaded from where they are installed, and the SQLite
// store's writer thread (`writer-thread.js`) beside the bundle, where the store looks for
// it. Used by `pnpm start`, the server's process tests and the benchmarks.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const workspace = resolve(import.meta.dirname, '..');
const fromStore = createRequire(join(workspace, 'packages/store-sqlite/package.json'));

/** @type {import('esbuild').BuildOptions} */
const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['@yizhan/source'],
  // CommonJS dependencies (pg) call require: give the ES module one.
  banner: {
    js: "import { createRequire as __yzRequire } from 'node:module'; const require = __yzRequire(import.meta.url);",
  },
  plugins: [
    {
      name: 'native-drivers',
      setup(context) {
        context.onResolve({ filter: /^better-sqlite3$/ }, () => ({
          path: fromStore.resolve('better-sqlite3'),
          external: true,
        }));
        context.onResolve({ filter: /^pg-native$/ }, () => ({ path: 'pg-native', external: true }));
      },
    },
  ],
};

/**
 * Bundles the SQLite store's writer thread into `folder/writer-thread.js`, as the store's
 * build does into its `dist/`.
 * @param {string} folder
 * @param {import('esbuild').LogLevel} [logLevel]
 * @returns {Promise<string>} the script's path
 */
export async function bundleWriterThread(folder, logLevel = 'silent') {
  const outfile = join(folder, 'writer-thread.js');
  await build({
    ...shared,
    logLevel,
    entryPoints: [join(workspace, 'packages/store-sqlite/src/writer-thread.ts')],
    outfile,
  });
  return outfile;
}

/**
 * Bundles `entry` into `outfile` (one ES module) and the SQLite writer thread beside it.
 * @param {{ entry: string; outfile: string; logLevel?: import('esbuild').LogLevel }} options
 * @returns {Promise<string>} `outfile`
 */
export async function bundleForNode({ entry, outfile, logLevel = 'silent' }) {
  await Promise.all([
    build({ ...shared, logLevel, entryPoints: [entry], outfile }),
    bundleWriterThread(dirname(outfile), logLevel),
  ]);
  return outfile;
}
