// @ts-check
// Starts the demo: `node examples/portal/server/main.mjs [--port N] [--data FILE]`
// (also `PORT`, `YIZHAN_DATA`). Bundles the server's TypeScript sources with esbuild (about
// a second, instead of building every package), opens the SQLite file (seeding a new one)
// and prints the URL.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleForNode } from '../../../scripts/bundle-for-node.mjs';
import { createPageAssets } from './bundle-pages.mjs';

const root = resolve(import.meta.dirname, '..');
const workspace = resolve(root, '../..');

/** @param {string} name */
function option(name) {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return undefined;
  const value = process.argv[index + 1];
  if (value === undefined || value.startsWith('--')) {
    console.error(
      `--${name} needs a value, e.g. --${name} ${name === 'port' ? '4322' : './demo.db'}`,
    );
    process.exit(2);
  }
  return value;
}

const portText = option('port') ?? process.env.PORT ?? '4321';
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`The port must be a number from 0 to 65535, not ${JSON.stringify(portText)}.`);
  process.exit(2);
}
const data = resolve(option('data') ?? process.env.YIZHAN_DATA ?? join(root, '.data/demo.db'));

/** Bundles `demo-server.ts` for Node; the native SQLite driver stays the installed one. */
async function bundleServer() {
  const outdir = join(workspace, 'node_modules/.cache/yizhan-demo');
  mkdirSync(outdir, { recursive: true });
  return bundleForNode({
    entry: join(import.meta.dirname, 'demo-server.ts'),
    outfile: join(outdir, 'demo-server.mjs'),
    logLevel: 'warning',
  });
}

const started = Date.now();
const { startDemoServer } = await import(pathToFileURL(await bundleServer()).href);
const assets = createPageAssets(root);
/** @type {{ url: string; close(): Promise<void> }} */
let server;
try {
  server = await startDemoServer({ data, root, assets, port });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    /EADDRINUSE/.test(message)
      ? `Port ${port} is in use. Start on another one: pnpm start --port 4322`
      : `The demo server could not start: ${message}`,
  );
  process.exit(1);
}
console.log(
  `Yizhan demo: ${server.url}  (SQLite ${data}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
console.log('  portal page, then 居民 / 志愿者 / 站长 pages from its menu. Ctrl+C stops.');
assets.warm().catch(() => {});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
  process.on(signal, () => {
    server.close().finally(() => process.exit(0));
  });
