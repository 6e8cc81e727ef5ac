// The demo exactly as `pnpm start` runs it (startDemoServer with the page bundles), on a
// temporary SQLite file and port 0, and the system Chromium; pages record console errors,
// page errors, failed requests and CSP violations.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright';
// @ts-expect-error: a plain ESM module with JSDoc types.
import { createPageAssets } from '../server/bundle-pages.mjs';
import { type DemoServer, startDemoServer } from '../server/demo-server';

/** The portal folder, and where screenshots go (gitignored). */
export const PORTAL = resolve(import.meta.dirname, '..');
export const RESULTS = join(PORTAL, 'test-results');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A running demo and a browser. */
export interface DemoHarness {
  readonly server: DemoServer;
  readonly browser: Browser;
  /** The SQLite file. */
  readonly data: string;
  /** A new page (its own session storage) at a width, with its problems recorded. */
  open(width: number): Promise<{ page: Page; problems: () => Promise<string[]> }>;
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
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    server,
    browser,
    data,
    async open(width) {
      const context = await browser.newContext({
        viewport: { width, height: width < 600 ? 800 : 900 },
        locale: 'zh-CN',
      });
      const page = await context.newPage();
      return { page, problems: await watch(page) };
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

async function watch(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
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
export async function switchRole(page: Page, role: 'resident' | 'volunteer' | 'coordinator') {
  const switcher = page.getByRole('combobox', { name: /身份|Act as/ });
  await Promise.all([page.waitForEvent('load'), switcher.selectOption(role)]);
}

/** Whether the page scrolls sideways (it should not at 360 px). */
export const overflowsSideways = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
