// A portal host page on one loopback port embedding the widgets, served by a Yizhan server
// (SQLite file, CORS for the portal's origin) on another port, and the system Chromium.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../../vitest.config';
import {
  createServer,
  createTokenAuthenticator,
  listen,
  type Principal,
  type RunningServer,
  signToken,
} from '../../../server/src/index';
import { openSqliteStore } from '../../../store-sqlite/src/index';
import { CHONGWEN_TEAMS, CHONGWEN_VOLUNTEERS } from './flows';

export const SECRET = 'widgets-e2e-secret-0123456789';
export const CHONGWEN = ['luling', 'hedong', 'chongwen'];
export const coordinator: Principal = { id: 'wang-zhan', roles: ['coordinator'], place: CHONGWEN };
export const volunteer: Principal = { id: 'zhang-wei', roles: ['volunteer'], place: CHONGWEN };
export const tokenOf = (principal: Principal): string => signToken(principal, SECRET);

/** Bundles the one-file script the way a portal would load it (`yizhan.js`). */
async function bundle(): Promise<string> {
  const elements = resolve(import.meta.dirname, '../..');
  const result = await build({
    entryPoints: [join(elements, 'src/yizhan.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    conditions: ['@yizhan/source', 'module', 'import', 'browser'],
    tsconfig: join(elements, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** A host page: the script, the widget markup, a strict CSP that lets it talk to the API. */
function page(body: string, api: string): { html: string; csp: string } {
  return {
    html: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>江西志愿服务网</title>
<script type="module" src="/yizhan.js"></script></head><body><main>${body}</main></body></html>`,
    csp: `default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${api}; img-src 'self'`,
  };
}

/** A portal: serves `yizhan.js` and pages whose body comes from `?body=` (test-made markup). */
function startHost(script: string, api: () => string): Promise<{ server: Server; url: string }> {
  const server = createHttpServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    if (url.pathname === '/yizhan.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      return;
    }
    if (url.pathname === '/page.html') {
      const { html, csp } = page(url.searchParams.get('body') ?? '', api());
      response
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': csp,
        })
        .end(html);
      return;
    }
    response.writeHead(404).end();
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      done({ server, url: `http://127.0.0.1:${address.port}` });
    }),
  );
}

/** Everything a widget test needs, and `close` to stop it all. */
export interface Harness {
  readonly api: RunningServer;
  /** The portal allowed to embed (CORS for 崇文社区). */
  readonly portal: string;
  /** A site nobody allowed. */
  readonly stranger: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Starts the Yizhan server, two host sites and Chromium. */
export async function startHarness(): Promise<Harness> {
  const script = await bundle();
  let apiUrl = '';
  const portal = await startHost(script, () => apiUrl);
  const stranger = await startHost(script, () => apiUrl);
  const directory = mkdtempSync(join(tmpdir(), 'yizhan-widgets-'));
  const store = openSqliteStore({ file: join(directory, 'yizhan.db') });
  const server = createServer({
    store,
    authenticate: createTokenAuthenticator(SECRET),
    rateLimit: false,
    ssePollMs: 60_000,
    cors: { organisations: [{ place: CHONGWEN, origins: [portal.url] }] },
    // What match steps with a `ranking` rank: 崇文社区's volunteers and a service team.
    hooks: { volunteers: () => ({ volunteers: CHONGWEN_VOLUNTEERS, teams: CHONGWEN_TEAMS }) },
  });
  const api = await listen(server, { port: 0 });
  apiUrl = api.url;
  // Playwright adds `--headless` itself; the config's copy of it changes nothing.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    api,
    portal: portal.url,
    stranger: stranger.url,
    browser,
    async close() {
      await browser.close();
      await api.close();
      await (store as { close?: () => Promise<void> | void }).close?.();
      portal.server.close();
      stranger.server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** The URL of a host page with the given widget markup. */
export const pageUrl = (site: string, body: string): string =>
  `${site}/page.html?body=${encodeURIComponent(body)}`;

/** Calls the API from Node as a principal. */
export async function call(
  api: RunningServer,
  method: string,
  path: string,
  as: Principal | null,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: {
      ...headers,
      ...(as === null ? {} : { authorization: `Bearer ${tokenOf(as)}` }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text === '' ? {} : JSON.parse(text),
    headers: response.headers,
  };
}

/** The axe-core source, to run in a page. */
export const axeSource = (): string =>
  readFileSync(
    resolve(import.meta.dirname, '../../../../node_modules/axe-core/axe.min.js'),
    'utf8',
  );
