// Render benchmark in Chromium: a 300-field form in <yz-form> (dist/yizhan.js) beside the
// same form in SurveyJS (survey-core + survey-js-ui 2.5.38, a root devDependency for this
// benchmark only). Prints, side by side, the time to first render and the time from a
// keystroke to the updated live state. Usage: node packages/elements/bench/render.mjs
// (after `pnpm --filter @yizhan/elements build`).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../../scripts/ensure-chromium.mjs';

const root = resolve(import.meta.dirname, '../../..');
const FIELDS = 300;
const RUNS = 5;
const KEYSTROKES = 60;
const kinds = [
  'text',
  'number',
  'select',
  'checkbox',
  'date',
  'radio',
  'textarea',
  'integer',
  'email',
  'phone',
];
const options = [
  { value: 'a', label: { 'zh-CN': '敬老爱幼', en: 'Elderly and children' } },
  { value: 'b', label: { 'zh-CN': '便民服务', en: 'Convenience' } },
  { value: 'c', label: { 'zh-CN': '环境整治', en: 'Environment' } },
];

/** The same 300 questions for both libraries: ten kinds, some conditional, some computed. */
function forms() {
  const yizhan = [];
  const survey = [];
  for (let index = 0; index < FIELDS; index++) {
    const kind = kinds[index % kinds.length];
    const key = `f${index}`;
    const label = `问题 ${index + 1}`;
    const conditional = index > 0 && index % 10 === 5;
    if (index > 0 && index % 50 === 0) {
      yizhan.push({ type: 'computed', key, label, expression: "concat(f0, '!')" });
      survey.push({ type: 'expression', name: key, title: label, expression: "{f0} + '!'" });
      continue;
    }
    const ours = { type: kind, key, label, required: index % 7 === 0 };
    const theirs = { name: key, title: label, isRequired: index % 7 === 0 };
    if (conditional) {
      ours.visibleIf = "f0 != 'hide'";
      theirs.visibleIf = "{f0} != 'hide'";
    }
    if (kind === 'select' || kind === 'radio') ours.options = options;
    yizhan.push(ours);
    const choices = options.map((option) => ({ value: option.value, text: option.label['zh-CN'] }));
    const surveyKind = {
      text: { type: 'text' },
      number: { type: 'text', inputType: 'number' },
      select: { type: 'dropdown', choices },
      checkbox: { type: 'boolean', renderAs: 'checkbox' },
      date: { type: 'text', inputType: 'date' },
      radio: { type: 'radiogroup', choices },
      textarea: { type: 'comment' },
      integer: { type: 'text', inputType: 'number' },
      email: { type: 'text', inputType: 'email' },
      phone: { type: 'text', inputType: 'tel' },
    }[kind];
    survey.push({ ...theirs, ...surveyKind });
  }
  return {
    yizhan: { schemaVersion: 1, id: 'bench', version: 1, title: '300 个问题', fields: yizhan },
    survey: { textUpdateMode: 'onTyping', checkErrorsMode: 'onValueChanged', elements: survey },
  };
}

const pageHtml = (scripts) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${scripts}</head><body><div id="host"></div></body></html>`;

const files = {
  '/yz.html': () => pageHtml('<script type="module" src="/yizhan.js"></script>'),
  '/survey.html': () =>
    pageHtml(
      '<link rel="stylesheet" href="/survey-core.min.css"><script src="/survey.core.min.js"></script><script src="/survey-js-ui.min.js"></script>',
    ),
  '/survey.core.min.js': () =>
    readFileSync(join(root, 'node_modules/survey-core/survey.core.min.js')),
  '/survey-core.min.css': () =>
    readFileSync(join(root, 'node_modules/survey-core/survey-core.min.css')),
  '/survey-js-ui.min.js': () =>
    readFileSync(join(root, 'node_modules/survey-js-ui/survey-js-ui.min.js')),
};
const types = { html: 'text/html', js: 'text/javascript', css: 'text/css' };

function serve() {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    // yizhan.js and the chunk it imports (yizhan-chunk-*.js), as a portal serves dist/.
    const bundled = /^\/yizhan[\w-]*\.js$/.test(path)
      ? join(root, 'packages/elements/dist', path)
      : '';
    const file =
      files[path] ?? (bundled && existsSync(bundled) ? () => readFileSync(bundled) : undefined);
    if (!file) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': `${types[path.split('.').pop()]}; charset=utf-8` });
    response.end(file());
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

// Installed in every page. "Settled" means the framework's pending renders ran: Lit and
// Preact both render in microtasks, so one macrotask later (a MessageChannel message) they are done.
function installSettle() {
  window.__settle = () =>
    new Promise((done) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done();
      channel.port2.postMessage(0);
    });
  // Lit and Preact re-render in microtasks: a few hops and their DOM is up to date.
  window.__drain = async () => {
    for (let hop = 0; hop < 10; hop++) await Promise.resolve();
  };
  // The next frame has been produced: a message posted from requestAnimationFrame runs
  // after that frame's style, layout and paint.
  window.__nextFrame = () =>
    new Promise((done) => requestAnimationFrame(() => window.__settle().then(done)));
}

async function renderYizhan(page, definition) {
  return page.evaluate(async (definition) => {
    await customElements.whenDefined('yz-form');
    const host = document.querySelector('#host');
    host.replaceChildren();
    const started = performance.now();
    const form = document.createElement('yz-form');
    form.drafts = null;
    form.definition = definition;
    host.append(form);
    await form.updateComplete;
    await window.__settle();
    document.body.getBoundingClientRect();
    return {
      ms: performance.now() - started,
      fields: form.shadowRoot.querySelectorAll('[data-pointer]').length,
    };
  }, definition);
}

async function renderSurvey(page, json) {
  return page.evaluate(async (json) => {
    const host = document.querySelector('#host');
    host.replaceChildren();
    const started = performance.now();
    window.__surveyModel = new Survey.Model(json);
    SurveyUI.renderSurvey(window.__surveyModel, host);
    await window.__settle();
    document.body.getBoundingClientRect();
    return {
      ms: performance.now() - started,
      fields: host.querySelectorAll('.sd-question').length,
    };
  }, json);
}

/** Types into the first text box, timing each keystroke in the page from keydown. */
async function typeInto(page, library) {
  await page.evaluate((library) => {
    window.__keystrokes = { state: [], dom: [], frame: [] };
    let started = 0;
    window.addEventListener('keydown', () => (started = performance.now()), true);
    // Three figures per keystroke, from keydown: the library has the new state (our yz-change
    // fires after the live state is recomputed; SurveyJS's onValueChanged), its DOM is
    // updated, and the next frame is on screen.
    const done = async () => {
      const record = window.__keystrokes;
      record.state.push(performance.now() - started);
      await window.__drain();
      record.dom.push(performance.now() - started);
      await window.__nextFrame();
      record.frame.push(performance.now() - started);
    };
    if (library === 'yizhan') document.querySelector('yz-form').addEventListener('yz-change', done);
    else window.__surveyModel.onValueChanged.add(done);
  }, library);
  const input =
    library === 'yizhan'
      ? page.locator('yz-form').locator('yz-text').nth(0).locator('input')
      : page.locator('#host input[type="text"]').nth(0);
  await input.click();
  for (let key = 0; key < KEYSTROKES; key++) {
    await page.keyboard.press(key % 2 === 0 ? 'a' : 'Backspace');
    await page.waitForFunction((count) => window.__keystrokes.frame.length >= count, key + 1);
  }
  return page.evaluate(() => window.__keystrokes);
}

const percentile = (values, fraction) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
};
const median = (values) => percentile(values, 0.5);
/** Prints one line of the report (the linter keeps console.log for debugging). */
const print = (line) => process.stdout.write(`${line}\n`);
const ms = (value) => `${value.toFixed(1)} ms`;

if (!existsSync(join(root, 'packages/elements/dist/yizhan.js'))) {
  console.error(
    'Missing packages/elements/dist/yizhan.js. Build it: pnpm --filter @yizhan/elements build',
  );
  process.exit(1);
}
const { yizhan, survey } = forms();
const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const results = {};
  for (const library of ['yizhan', 'surveyjs']) {
    const renders = [];
    let keystrokes = { state: [0], dom: [0], frame: [0] };
    let fields = 0;
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.addInitScript(installSettle);
      page.on('pageerror', (error) => console.error(`${library}: ${error.message}`));
      await page.goto(`${base}/${library === 'yizhan' ? 'yz' : 'survey'}.html`);
      if (library === 'surveyjs')
        await page.waitForFunction(() => window.Survey && window.SurveyUI);
      const result =
        library === 'yizhan' ? await renderYizhan(page, yizhan) : await renderSurvey(page, survey);
      renders.push(result.ms);
      fields = result.fields;
      if (run === RUNS - 1) {
        keystrokes = await typeInto(page, library);
      }
      await page.close();
    }
    results[library] = {
      render: median(renders),
      state: median(keystrokes.state),
      keystroke: median(keystrokes.dom),
      p90: percentile(keystrokes.dom, 0.9),
      frame: median(keystrokes.frame),
      fields,
    };
  }
  const row = (name, a, b) => `${name.padEnd(34)}${a.padStart(14)}${b.padStart(14)}`;
  print(`\n${row(`Chromium, ${FIELDS}-field form (median)`, '<yz-form>', 'SurveyJS')}`);
  print(row('questions rendered', String(results.yizhan.fields), String(results.surveyjs.fields)));
  print(row(`first render (${RUNS} runs)`, ms(results.yizhan.render), ms(results.surveyjs.render)));
  print(
    row(
      `keystroke → new state (${KEYSTROKES})`,
      ms(results.yizhan.state),
      ms(results.surveyjs.state),
    ),
  );
  print(
    row('keystroke → DOM updated', ms(results.yizhan.keystroke), ms(results.surveyjs.keystroke)),
  );
  print(row('keystroke → DOM updated, p90', ms(results.yizhan.p90), ms(results.surveyjs.p90)));
  print(row('keystroke → next frame shown', ms(results.yizhan.frame), ms(results.surveyjs.frame)));
  const ratio = results.yizhan.render / results.surveyjs.render;
  print(
    `budget: render ≤ 50% of SurveyJS: ${(ratio * 100).toFixed(0)}% (${ratio <= 0.5 ? 'within' : 'OVER'}); keystroke < 16 ms: ${results.yizhan.keystroke < 16 ? 'within' : 'OVER'}`,
  );
} finally {
  await browser.close();
  server.close();
}
