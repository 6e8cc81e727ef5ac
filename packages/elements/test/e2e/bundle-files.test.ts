// The built script-tag files (packages/elements/dist, from `pnpm --filter @yizhan/elements
// build`) served as a portal serves them, with a strict CSP: yizhan.js alone renders a form;
// it fetches yizhan-report.js for a broken definition, yizhan-widgets.js
// when a widget tag appears and yizhan-all.js for a flow diagram, each with no violation.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../../dist');
const signup = {
  schemaVersion: 1,
  id: 'open-day-signup',
  version: 1,
  title: { 'zh-CN': '社区开放日报名', en: 'Community open day sign-up' },
  fields: [
    { type: 'text', key: 'name', label: { 'zh-CN': '姓名', en: 'Name' }, required: true },
    { type: 'phone', key: 'phone', label: { 'zh-CN': '手机号码', en: 'Mobile' }, pii: true },
  ],
};
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'";

let server: Server;
let site = '';
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(dist, 'yizhan.js')))
    throw new Error('Build the bundle first: pnpm --filter @yizhan/elements build');
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://portal');
    if (/^\/yizhan[\w-]*\.js$/.test(url.pathname) && existsSync(join(dist, url.pathname))) {
      response
        .writeHead(200, { 'content-type': 'text/javascript' })
        .end(readFileSync(join(dist, url.pathname)));
      return;
    }
    if (url.pathname === '/page.html') {
      response
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': CSP,
        })
        .end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>驿站</title>
<script type="module" src="/yizhan.js"></script></head>
<body>${url.searchParams.get('body') ?? ''}</body></html>`);
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  site = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a page with `body`; returns it, the script files it fetched, and its problems. */
async function open(body: string) {
  const page = await browser.newPage();
  const scripts: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.slice(1);
    if (name.endsWith('.js')) scripts.push(name);
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(`${site}/page.html?body=${encodeURIComponent(body)}`);
  await page.evaluate(() => customElements.whenDefined('yz-form'));
  return { page, scripts, problems };
}

/** Gives the page's form a definition; returns the fields it renders and its alert text. */
async function setDefinition(
  page: Page,
  definition: unknown,
): Promise<{ fields: number; alert: string }> {
  return page.evaluate(async (definition) => {
    const form = document.querySelector('yz-form') as HTMLElement & {
      definition: unknown;
      updateComplete: Promise<boolean>;
    };
    form.definition = definition;
    await form.updateComplete;
    return {
      fields: form.shadowRoot?.querySelectorAll('[data-pointer]').length ?? 0,
      alert: form.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '',
    };
  }, definition);
}

describe('the script-tag files', () => {
  it('render a form from yizhan.js alone', async () => {
    const { page, scripts, problems } = await open('<yz-form locale="en"></yz-form>');
    expect(await setDefinition(page, signup)).toEqual({ fields: 2, alert: '' });
    expect(scripts).toEqual(['yizhan.js']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('word a broken definition with yizhan-report.js, fetched only then', async () => {
    const { page, scripts, problems } = await open('<yz-form locale="en"></yz-form>');
    const { fields, alert } = await setDefinition(page, { ...signup, id: 'Not An Id' });
    expect(fields).toBe(0);
    expect(alert).toContain('The form id "Not An Id" is not valid');
    expect(scripts).toEqual(['yizhan.js', 'yizhan-report.js']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keep one lit in the page: yizhan-widgets.js takes it from yizhan.js', () => {
    const widgets = readFileSync(join(dist, 'yizhan-widgets.js'), 'utf8');
    expect(widgets).toMatch(/^import\s*\{[^}]*\bLitElement\b[^}]*\}\s*from\s*'\.\/yizhan\.js'/);
    expect(widgets).not.toContain('litElementVersions');
  });

  it('fetch yizhan-widgets.js for a widget in the page, or one added later', async () => {
    const present = await open('<yz-my-tasks></yz-my-tasks><yz-form></yz-form>');
    await present.page.evaluate(() => customElements.whenDefined('yz-my-tasks'));
    expect(present.scripts).toEqual(['yizhan.js', 'yizhan-widgets.js']);
    await present.page.close();

    const later = await open('<yz-form></yz-form>');
    expect(await later.page.evaluate(() => customElements.get('yz-timeline'))).toBeUndefined();
    await later.page.evaluate(async () => {
      const holder = document.createElement('section');
      holder.append(document.createElement('yz-timeline'));
      document.body.append(holder);
      await customElements.whenDefined('yz-timeline');
    });
    expect(later.scripts).toEqual(['yizhan.js', 'yizhan-widgets.js']);
    await later.page.close();
  });

  it('fetch the self-contained yizhan-all.js for a flow diagram, under the same policy', async () => {
    const { page, scripts, problems } = await open('<yz-flow-diagram></yz-flow-diagram>');
    await page.evaluate(() => customElements.whenDefined('yz-flow-diagram'));
    expect(scripts).toEqual(['yizhan.js', 'yizhan-all.js']);
    expect(problems).toEqual([]);
    await page.close();
  });
});
