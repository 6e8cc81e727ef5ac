// The demo server for the flows and relay page tests: the Yizhan API under /api on a
// temporary SQLite file with the demo's seed, the demo routes (/demo/session), the page
// bundles under /assets, the relay-book routes of server/console-routes.mjs, and the
// system Chromium driven by Playwright.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import {
  createServer,
  createTokenAuthenticator,
  listen,
  type Principal,
  signToken,
  type YizhanServer,
} from '@yizhan/server';
import { openSqliteStore } from '@yizhan/store-sqlite';
import { build, type Plugin } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright';
import { registerConsoleRoutes } from '../server/console-routes.mjs';
import { PEOPLE, principalOf } from '../server/demo-data';
import { demoRoutes } from '../server/demo-routes';
import { seedDemo } from '../server/seed';

/** The portal folder, and where screenshots go. */
export const PORTAL = resolve(import.meta.dirname, '..');
export const RESULTS = join(PORTAL, 'test-results');

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A demo role. */
export type Role = 'resident' | 'volunteer' | 'coordinator';

/** Everything a page test needs, and `close` to stop it. */
export interface ConsoleHarness {
  /** The demo's origin, with a trailing slash. */
  readonly url: string;
  readonly browser: Browser;
  /** Calls the API (`/api` + path) as a demo role, from Node. */
  call(
    method: string,
    path: string,
    role: Role,
    body?: unknown,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  /** The principal of a demo role. */
  principal(role: Role): Principal;
  /** A new page at a viewport width, acting as a role, with problems recorded. */
  open(role: Role, width: number): Promise<{ page: Page; problems: () => Promise<string[]> }>;
  close(): Promise<void>;
}

async function staticFile(pathname: string): Promise<Response> {
  const file = resolve(PORTAL, `.${pathname === '/' ? '/index.html' : pathname}`);
  const type = TYPES[extname(file)];
  const first = pathname.split('/')[1] ?? '';
  if (!file.startsWith(PORTAL + sep) || type === undefined || ['server', 'test'].includes(first))
    return new Response('Not found', { status: 404 });
  try {
    return new Response(await readFile(file), { headers: { 'content-type': type } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

/**
 * Stands in for `pages/session.js` (the demo's, by contract) until it exists: the role from
 * sessionStorage, a token from `POST /demo/session`, a switcher that does nothing.
 */
const SESSION_STUB = `
export async function getSession() {
  const role = sessionStorage.getItem('yizhan-demo-role') ?? 'resident';
  const answer = await fetch('/demo/session', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role }),
  }).then((r) => r.json());
  return { role, token: answer.token, principal: answer.principal };
}
export function mountRoleSwitcher() {}
`;

const sessionFallback: Plugin = {
  name: 'session-fallback',
  setup(context) {
    context.onResolve({ filter: /^\.\/session\.js$/ }, async (args) => {
      const file = join(args.resolveDir, 'session.js');
      try {
        await readFile(file);
        return { path: file };
      } catch {
        return { path: 'session-stub', namespace: 'session-stub' };
      }
    });
    context.onLoad({ filter: /.*/, namespace: 'session-stub' }, () => ({
      contents: SESSION_STUB,
      loader: 'js',
    }));
  },
};

/** Bundles `pages/<name>.js` as the demo's bundle-pages.mjs does (workspace sources). */
async function bundlePage(name: string): Promise<string | null> {
  const entry = join(PORTAL, 'pages', `${name}.js`);
  try {
    await readFile(entry);
  } catch {
    return null;
  }
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    conditions: ['@yizhan/source', 'module', 'import', 'browser'],
    tsconfig: resolve(PORTAL, '../../packages/elements/tsconfig.json'),
    logLevel: 'silent',
    plugins: [sessionFallback],
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The origin's handler: /api to the Yizhan server, /demo, /assets, static pages. */
function siteFetch(
  api: YizhanServer,
  demo: (request: Request) => Promise<Response | null>,
  assets: Map<string, Promise<string | null>>,
) {
  return async (request: Request, env?: unknown): Promise<Response> => {
    const url = new URL(request.url);
    if (url.pathname.startsWith('/api/')) {
      const target = new URL(url.pathname.slice(4) + url.search, url);
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      return api.fetch(
        new Request(target, {
          method: request.method,
          headers: request.headers,
          ...(hasBody ? { body: await request.arrayBuffer() } : {}),
        }),
        env,
      );
    }
    const demoAnswer = await demo(request);
    const asset = /^\/assets\/([a-z][a-z0-9-]*)\.js$/.exec(url.pathname);
    let answer: Response;
    if (demoAnswer !== null) answer = demoAnswer;
    else if (asset) {
      const name = asset[1] as string;
      if (!assets.has(name)) assets.set(name, bundlePage(name));
      const text = await assets.get(name);
      answer =
        text === null
          ? new Response('Not found', { status: 404 })
          : new Response(text, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
    } else answer = await staticFile(decodeURIComponent(url.pathname));
    const headers = new Headers(answer.headers);
    headers.set('content-security-policy', CSP);
    headers.set('x-content-type-options', 'nosniff');
    return new Response(answer.body, { status: answer.status, headers });
  };
}

/** Starts the demo (seeded) on a temporary SQLite file, port 0, and Chromium. */
export async function startConsoleHarness(): Promise<ConsoleHarness> {
  mkdirSync(RESULTS, { recursive: true });
  const directory = mkdtempSync(join(tmpdir(), 'yizhan-console-'));
  const secret = 'console-e2e-secret-0123456789abcdef';
  const store = openSqliteStore({ file: join(directory, 'demo.db') });
  const api = createServer({
    store,
    authenticate: createTokenAuthenticator(secret),
    rateLimit: false,
    ssePollMs: 60_000,
  });
  // Before the first request: Hono builds its router then.
  registerConsoleRoutes(api.app, { store, registry: api.registry });
  await seedDemo(api, store, secret);
  const demo = demoRoutes({ store, secret, api: (request: Request) => api.fetch(request) });
  const assets = new Map<string, Promise<string | null>>();
  const running = await listen({ ...api, fetch: siteFetch(api, demo, assets) }, { port: 0 });
  const url = `${running.url}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const principal = (role: Role): Principal => principalOf(PEOPLE[role]);

  return {
    url,
    browser,
    principal,
    async call(method, path, role, body) {
      const response = await fetch(`${running.url}/api${path}`, {
        method,
        headers: {
          authorization: `Bearer ${signToken(principal(role), secret)}`,
          'accept-language': 'zh-CN',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text === '' ? {} : JSON.parse(text) };
    },
    async open(role, width) {
      const context = await browser.newContext({
        viewport: { width, height: width < 600 ? 800 : 900 },
        locale: 'zh-CN',
      });
      // The demo's session module keeps the chosen role in sessionStorage.
      await context.addInitScript((chosen) => {
        window.sessionStorage.setItem('yizhan-demo-role', chosen);
      }, role);
      const page = await context.newPage();
      return { page, problems: await watchPage(page) };
    },
    async close() {
      await browser.close();
      await running.close();
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** Records console errors and warnings, page errors, failed requests and CSP violations of a page. */
async function watchPage(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // A failed request is reported below with its URL, so a test can expect it exactly.
    if (message.text().startsWith('Failed to load resource:')) return;
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.push(`http ${response.status()} ${new URL(response.url()).pathname}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const holder = window as unknown as { __violations?: string[] };
      holder.__violations = holder.__violations ?? [];
      holder.__violations.push(`csp: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return async () => [
    ...problems,
    ...((await page.evaluate(
      () => (window as unknown as { __violations?: string[] }).__violations,
    )) ?? []),
  ];
}

/** Whether the page scrolls sideways (it should not at 360 px). */
export const overflowsSideways = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
