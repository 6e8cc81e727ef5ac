// The demo exactly as `pnpm start` runs it (startDemoServer with the page bundles), on a
// temporary SQLite file and port 0, and the system Chromium; pages record console errors,
// page errors, failed requests and CSP violations. Every demo page test uses it.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { signToken } from '@yizhan/server';
import { type Browser, chromium, type Page } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../vitest.config';
// @ts-expect-error: a plain ESM module with JSDoc types.
import { createPageAssets } from '../server/bundle-pages.mjs';
import { type DemoRole, PEOPLE, principalOf } from '../server/demo-data';
import { type DemoServer, demoSecret, startDemoServer } from '../server/demo-server';

/** The portal folder, and where screenshots go (gitignored). */
export const PORTAL = resolve(import.meta.dirname, '..');
export const RESULTS = join(PORTAL, 'test-results');

/** A running demo and a browser. */
export interface DemoHarness {
  readonly server: DemoServer;
  readonly browser: Browser;
  /** The SQLite file. */
  readonly data: string;
  /** The demo's origin, with a trailing slash. */
  readonly url: string;
  /**
   * A new page (its own session storage) at a width, with its problems recorded; acting as
   * `role` when given (else the pages' default, the resident).
   */
  open(width: number, role?: DemoRole): Promise<{ page: Page; problems: () => Promise<string[]> }>;
  /** Calls the API (`/api` + path) as a demo role from Node, in zh-CN. */
  call(
    method: string,
    path: string,
    role: DemoRole,
    body?: unknown,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  close(): Promise<void>;
}

/** Starts the demo server on a new database and Chromium. */
export async function startDemoHarness(): Promise<DemoHarness> {
  mkdirSync(RESULTS, { recursive: true });
  const directory = mkdtempSync(join(tmpdir(), 'yizhan-demo-'));
  const data = join(directory, 'demo.db');
  const server = await startDemoServer({
    data,
    root: PORTAL,
    assets: createPageAssets(PORTAL),
    port: 0,
  });
  // Playwright adds `--headless` itself; the config's copy of it changes nothing.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const secret = demoSecret(data);
  return {
    server,
    browser,
    data,
    url: server.url,
    async open(width, role) {
      const context = await browser.newContext({
        viewport: { width, height: width < 600 ? 800 : 900 },
        locale: 'zh-CN',
      });
      // pages/session.js keeps the chosen role in sessionStorage.
      if (role !== undefined)
        await context.addInitScript((chosen) => {
          window.sessionStorage.setItem('yizhan-demo-role', chosen);
        }, role);
      const page = await context.newPage();
      return { page, problems: await watch(page) };
    },
    async call(method, path, role, body) {
      const response = await fetch(`${server.url}api${path}`, {
        method,
        headers: {
          authorization: `Bearer ${signToken(principalOf(PEOPLE[role]), secret)}`,
          'accept-language': 'zh-CN',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text === '' ? {} : JSON.parse(text) };
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** Records console errors and warnings, page errors, failed requests and CSP violations of a page. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // An answer of 400 or more is recorded below with its path, so a test can expect it exactly.
    if (message.text().startsWith('Failed to load resource: the server responded with a status'))
      return;
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
    ...((await page
      .evaluate(() => (window as unknown as { __violations?: string[] }).__violations)
      .catch(() => [])) ?? []),
  ];
}

/** Chooses a role with the page's role switcher (which reloads the page). */
export async function switchRole(page: Page, role: DemoRole) {
  const switcher = page.getByRole('combobox', { name: /身份|Act as/ });
  await Promise.all([page.waitForEvent('load'), switcher.selectOption(role)]);
}

/** Whether the page scrolls sideways (it should not at 360 px). */
export const overflowsSideways = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
