// Opens the built Storybook story and the demo portal (as `pnpm start` serves it) in
// Chromium and checks that <yz-form> really renders, under the portal's strict CSP with no
// violations, and that a filled form submits. Saves screenshots next to the reports.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { chromium } from 'playwright';
import { chromiumPath } from './ensure-chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const screenshots = join(root, 'node_modules', '.cache', 'yizhan-screenshots');
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function fail(message) {
  throw new Error(message);
}

/** Serves a built directory on a free loopback port. */
function serveDirectory(directory) {
  const mime = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = resolve(directory, `.${path === '/' ? '/index.html' : path}`);
    if (!file.startsWith(directory + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': mime[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Starts the demo portal exactly as `pnpm start` does (after its build) and waits for its URL. */
function startPortal() {
  const child = spawn(process.execPath, [join(root, 'examples/portal/serve.mjs'), '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((done, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const url = output.match(/http:\/\/127\.0\.0\.1:\d+\//)?.[0];
      if (url) done({ url, stop: () => child.kill() });
    });
    child.on('exit', (code) =>
      reject(new Error(`the portal server exited with ${code}: ${output}`)),
    );
  });
}

async function checkStory(browser) {
  const server = await serveDirectory(join(root, 'storybook-static'));
  const base = `http://127.0.0.1:${server.address().port}/iframe.html`;
  try {
    const page = await browser.newPage();
    const url = `${base}?id=form-yz-form--volunteer-sign-up&viewMode=story`;
    await page.goto(url);
    await page.getByRole('textbox', { name: '姓名' }).waitFor({ timeout: 15_000 });
    const fields = await page
      .locator('yz-form')
      .evaluate((form) => form.shadowRoot?.querySelectorAll('[data-pointer]').length);
    if (fields !== 5) fail(`the story rendered ${fields} fields instead of 5`);
    await page.screenshot({ path: join(screenshots, 'story-yz-form.png') });
    console.log(`✓ story form-yz-form--volunteer-sign-up renders 5 fields (${url})`);
    // A field element's own story: the address group with its three parts.
    const fieldUrl = `${base}?id=fields-yz-address--default&viewMode=story`;
    await page.goto(fieldUrl);
    await page.getByRole('textbox', { name: '房号' }).waitFor({ timeout: 15_000 });
    const room = await page.getByRole('textbox', { name: '房号' }).inputValue();
    if (room !== '2103')
      fail(`the address story shows room ${JSON.stringify(room)} instead of "2103"`);
    console.log(`✓ story fields-yz-address--default renders its parts (${fieldUrl})`);
  } finally {
    server.close();
  }
}

async function checkPortal(browser) {
  const portal = await startPortal();
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(portal.url);
    await page.getByRole('checkbox', { name: /Large text/ }).check();
    const theme = await page.locator('yz-form').getAttribute('theme');
    if (theme !== 'large') fail(`the large-text switch set theme ${JSON.stringify(theme)}`);
    await page.getByRole('textbox', { name: '姓名' }).fill('李梅');
    await page.getByRole('textbox', { name: '手机号码' }).fill('13812345678');
    await page.getByRole('combobox', { name: '服务类别' }).selectOption('convenience');
    await page.getByRole('checkbox', { name: /我同意/ }).check();
    await page.screenshot({ path: join(screenshots, 'portal-filled.png'), fullPage: true });
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByText('谢谢您，李梅！报名已收到。').waitFor({ timeout: 5_000 });
    const violations = await page.evaluate(() => window.__violations);
    if (violations.length > 0)
      fail(`Content-Security-Policy violations on the portal: ${violations.join('; ')}`);
    if (errors.length > 0) fail(`page errors on the portal: ${errors.join('; ')}`);
    console.log(`✓ demo portal renders, submits and reports no CSP violation (${portal.url})`);
  } finally {
    portal.stop();
  }
}

mkdirSync(screenshots, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  await checkStory(browser);
  await checkPortal(browser);
  console.log(`screenshots: ${screenshots}`);
} finally {
  await browser.close();
}
