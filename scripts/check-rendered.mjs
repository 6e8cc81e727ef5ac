// Opens the built Storybook story and the demo (as `pnpm start` serves it) in Chromium and
// checks that <yz-form> really renders, and on the demo, under its strict CSP with no
// violations, that the portal's embedded <yz-signup> signs up and the resident page
// renders the micro-wish form. Saves screenshots next to the reports.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './ensure-chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const screenshots = join(root, 'node_modules', '.cache', 'yizhan-screenshots');
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

/** Starts the demo exactly as `pnpm start` does, on a new SQLite file, and waits for its URL. */
function startPortal() {
  const directory = mkdtempSync(join(tmpdir(), 'yizhan-check-'));
  const child = spawn(
    process.execPath,
    [
      join(root, 'examples/portal/server/main.mjs'),
      '--port',
      '0',
      '--data',
      join(directory, 'demo.db'),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((done, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const url = output.match(/http:\/\/127\.0\.0\.1:\d+\//)?.[0];
      if (url)
        done({
          url,
          stop: () => {
            child.kill();
            rmSync(directory, { recursive: true, force: true });
          },
        });
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

/** Opens a page of the demo at 360 px with CSP violations and page errors recorded. */
async function openChecked(browser, url) {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 }, locale: 'zh-CN' });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return {
    page,
    async verify(name) {
      const violations = await page.evaluate(() => window.__violations);
      if (violations.length > 0)
        fail(`Content-Security-Policy violations on the ${name}: ${violations.join('; ')}`);
      if (errors.length > 0) fail(`page errors on the ${name}: ${errors.join('; ')}`);
      await page.close();
    },
  };
}

async function checkPortal(browser) {
  const portal = await startPortal();
  try {
    // The provincial portal page: <yz-signup> from /yizhan.js, signed up anonymously.
    const home = await openChecked(browser, portal.url);
    await home.page.getByText('剩余名额 30 个（共 30 个）').waitFor({ timeout: 30_000 });
    await home.page.getByRole('button', { name: '报名' }).click();
    await home.page.getByText('报名成功！您是第 1 位。').waitFor({ timeout: 10_000 });
    await home.page.screenshot({ path: join(screenshots, 'portal-signup.png'), fullPage: true });
    await home.verify('portal page');
    // The resident page: the micro-wish template's form rendered by <yz-form> in <yz-task>.
    const resident = await openChecked(browser, `${portal.url}resident.html`);
    await resident.page.getByRole('button', { name: '提交新的微心愿' }).click();
    await resident.page.getByRole('textbox', { name: '心愿内容' }).waitFor({ timeout: 30_000 });
    const fields = await resident.page
      .locator('yz-form')
      .evaluate((form) => form.shadowRoot?.querySelectorAll('[data-pointer]').length);
    if (fields !== 6) fail(`the micro-wish form rendered ${fields} fields instead of 6`);
    await resident.page.screenshot({
      path: join(screenshots, 'resident-wish.png'),
      fullPage: true,
    });
    await resident.verify('resident page');
    console.log(
      `✓ demo portal: <yz-signup> signs up, the micro-wish form renders, no CSP violation (${portal.url})`,
    );
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
