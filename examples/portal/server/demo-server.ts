/**
 * The demo server `pnpm start` runs: one origin serving the Yizhan API under `/api` (over
 * a SQLite file), the demo routes under `/demo`, the page bundles under `/assets`, the
 * one-file `yizhan.js` a third-party portal loads, and the static pages, all under a
 * strict Content-Security-Policy. A new database is seeded; the token secret is made
 * once per database and kept next to it (`<file>.secret`, readable by the owner only).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve, sep } from 'node:path';
import { createServer, createTokenAuthenticator, listen, type YizhanServer } from '@yizhan/server';
import { openSqliteStore } from '@yizhan/store-sqlite';
import { registerConsoleRoutes } from './console-routes.mjs';
import { DEMO_POOL, demoRoutes } from './demo-routes';
import { type SeedResult, seedDemo } from './seed';

/** The pages' Content-Security-Policy: nothing inline, nothing from elsewhere. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

/** Builds the browser scripts: a page's own bundle, and the one-file `yizhan.js`. */
export interface PageAssets {
  /** The bundle of `pages/<name>.js`, or null when there is no such page. */
  page(name: string): Promise<string | null>;
  yizhan(): Promise<string>;
}

/** Options of {@link startDemoServer}. */
export interface DemoServerOptions {
  /** The SQLite file; created with its folder when missing. */
  readonly data: string;
  /** The `examples/portal` folder (pages, styles). */
  readonly root: string;
  readonly assets: PageAssets;
  /** 0 picks a free port. Default 4321. */
  readonly port?: number;
  readonly hostname?: string;
}

/** A running demo server. */
export interface DemoServer {
  readonly url: string;
  readonly seed: SeedResult;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Folders of `examples/portal` that are never served. */
const PRIVATE = new Set(['server', 'test', 'test-results', 'node_modules', '.data', 'pages']);

/** The secret of the demo's tokens, made once per database and kept beside it. */
export function demoSecret(data: string): string {
  const file = `${data}.secret`;
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

const withHeaders = (response: Response, extra: Record<string, string>): Response => {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
};

const SECURITY = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

/** Starts the demo: opens (and seeds) the database, listens, and answers the URL. */
export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  mkdirSync(dirname(resolve(options.data)), { recursive: true });
  const secret = demoSecret(options.data);
  const store = openSqliteStore({ file: options.data });
  // The seed names its projects (stable ids the pages can link to); others get UUIDs.
  const names: string[] = [];
  const api = createServer({
    store,
    authenticate: createTokenAuthenticator(secret),
    createId: () => names.shift() ?? randomUUID(),
    // Flows whose match step has a `ranking` (configured on the flows page) rank these.
    hooks: { volunteers: () => DEMO_POOL },
  });
  // The love-relay page's routes (/api/relays…), on the API's own app before its first request.
  registerConsoleRoutes(api.app, { store, registry: api.registry });
  const seed = await seedDemo(api, store, secret, (id) => {
    names.length = 0;
    if (id !== null) names.push(id);
  });
  const stripApi = (request: Request, url: URL): Request => {
    const target = new URL(url.pathname.slice(4) || '/', url);
    target.search = url.search;
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    return new Request(target, {
      method: request.method,
      headers: request.headers,
      signal: request.signal,
      ...(hasBody ? { body: request.body, duplex: 'half' } : {}),
    } as RequestInit);
  };
  const demo = demoRoutes({ store, secret, api: (request) => api.fetch(request) });
  const root = resolve(options.root);

  async function staticFile(pathname: string): Promise<Response> {
    const path = pathname === '/' ? '/index.html' : pathname;
    const file = resolve(root, `.${path}`);
    const first = path.split('/')[1] ?? '';
    const type = TYPES[extname(file)];
    if (
      !file.startsWith(root + sep) ||
      PRIVATE.has(first) ||
      type === undefined ||
      !existsSync(file) ||
      !statSync(file).isFile()
    )
      return new Response('Not found', {
        status: 404,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
    return new Response(await readFile(file), { headers: { 'content-type': type } });
  }

  async function script(source: Promise<string | null>): Promise<Response> {
    const text = await source;
    if (text === null) return new Response('Not found', { status: 404 });
    return new Response(text, {
      headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' },
    });
  }

  const fetch = async (request: Request, env?: unknown): Promise<Response> => {
    const url = new URL(request.url);
    const { pathname } = url;
    if (pathname === '/api' || pathname.startsWith('/api/'))
      return api.fetch(stripApi(request, url), env);
    const answer = await demo(request);
    if (answer !== null) return withHeaders(answer, SECURITY);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response('Method not allowed', { status: 405 });
    const asset = /^\/assets\/([a-z][a-z0-9-]*)\.js$/.exec(pathname);
    if (asset) return withHeaders(await script(options.assets.page(asset[1] as string)), SECURITY);
    // No icon: answered empty, so browsers log no failed request.
    if (pathname === '/favicon.ico') return new Response(null, { status: 204 });
    if (pathname === '/yizhan.js')
      return withHeaders(await script(options.assets.yizhan()), SECURITY);
    return withHeaders(await staticFile(decodeURIComponent(pathname)), SECURITY);
  };
  const wrapped: YizhanServer = { ...api, fetch };
  const running = await listen(wrapped, {
    port: options.port ?? 4321,
    hostname: options.hostname ?? '127.0.0.1',
  });
  return {
    url: `${running.url}/`,
    seed,
    async close() {
      await running.close();
      await store.close();
    },
  };
}
