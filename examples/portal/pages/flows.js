// The coordinator's flows (社区流程): list the community's flow definitions, edit one as
// JSON with live validation by the core's `parseFlow` (the same check the server runs),
// a diagram of the last valid version with an instance's current steps highlighted, and
// publishing a new version. Text is always set as text, never as markup.
import '@yizhan/core/strict-csp';
import { parseFlow } from '@yizhan/core/flow';
import { YzFlowDiagram } from '@yizhan/elements';
import { createClient, newIdempotencyKey } from '@yizhan/elements/client';
import { getSession, lang, mountDemoHeader } from './session.js';

const locale = lang();
const STRINGS = {
  'zh-CN': {
    title: '社区流程',
    intro:
      '查看和修改本社区的服务流程。改动会立即检查，检查通过后可以发布为新版本；已经在运行的事项继续使用原来的版本。',
    list: '流程列表',
    open: (title, id, version) => `${title}（${id}，第 ${version} 版）`,
    none: '还没有发布的流程。',
    staffOnly: '这个页面供站长使用。请在页面上方把身份切换为“站长”。',
    loadFailed: (message) => `读取流程失败：${message}`,
    editing: (title) => `编辑：${title}`,
    draftOf: (next, latest) => `新版本草稿：第 ${next} 版（已发布的最新版本是第 ${latest} 版）。`,
    editor: '流程定义（JSON）',
    help: '直接修改下面的 JSON。发现的问题会列在下方，点击问题可以跳到对应位置。',
    checking: '正在检查…',
    valid: '检查通过，没有问题。',
    invalid: (n) => `发现 ${n} 个问题，改正后才能发布：`,
    jsonError: (line, column) =>
      `JSON 格式有误，在第 ${line} 行第 ${column} 列附近：请检查逗号、引号和括号是否成对。`,
    publish: '发布新版本',
    publishing: '正在发布…',
    published: (version) => `已发布第 ${version} 版。`,
    fixFirst: '请先改正上面的问题再发布。',
    publishFailed: (message) => `发布没有成功：${message}`,
    diagram: '流程图',
    diagramStale: '当前内容有问题，流程图显示的是最后一次通过检查的内容。',
    diagramFresh: '流程图随编辑内容实时更新。',
    instance: '高亮一个事项的当前步骤',
    noInstance: '（不高亮）',
    noInstances: '（这个流程还没有事项）',
    instanceOption: (id, version, status) =>
      `${id.slice(0, 8)} · 第 ${version} 版 · ${status === 'done' ? '已结束' : '进行中'}`,
    instanceState: (steps, version) => `当前步骤：${steps || '无'}（这个事项使用第 ${version} 版）`,
    versions: '已发布的版本',
    versionLine: (version, by, at) => `第 ${version} 版 · ${by} · ${at}`,
    where: '位置',
  },
  en: {
    title: 'Community flows',
    intro:
      "See and change your community's service flows. Changes are checked as you type; once they pass, publish them as a new version. Running cases keep the version they started with.",
    list: 'Flows',
    open: (title, id, version) => `${title} (${id}, version ${version})`,
    none: 'No flow has been published yet.',
    staffOnly: 'This page is for coordinators. Switch to "coordinator" at the top of the page.',
    loadFailed: (message) => `Could not load the flows: ${message}`,
    editing: (title) => `Editing: ${title}`,
    draftOf: (next, latest) =>
      `Draft of version ${next} (the latest published version is ${latest}).`,
    editor: 'Flow definition (JSON)',
    help: 'Change the JSON below. Problems are listed under it; choose one to jump to its place.',
    checking: 'Checking…',
    valid: 'No problems found.',
    invalid: (n) => `${n} problem${n === 1 ? '' : 's'} to fix before publishing:`,
    jsonError: (line, column) =>
      `The JSON is not well formed near line ${line}, column ${column}: check that commas, quotes and brackets match.`,
    publish: 'Publish a new version',
    publishing: 'Publishing…',
    published: (version) => `Version ${version} is published.`,
    fixFirst: 'Fix the problems above before publishing.',
    publishFailed: (message) => `Not published: ${message}`,
    diagram: 'Diagram',
    diagramStale:
      'The text has problems; the diagram shows the last version that passed the check.',
    diagramFresh: 'The diagram follows your edits.',
    instance: "Highlight a case's current steps",
    noInstance: '(none)',
    noInstances: '(no cases of this flow yet)',
    instanceOption: (id, version, status) =>
      `${id.slice(0, 8)} · version ${version} · ${status === 'done' ? 'finished' : 'active'}`,
    instanceState: (steps, version) =>
      `Current steps: ${steps || 'none'} (this case runs version ${version})`,
    versions: 'Published versions',
    versionLine: (version, by, at) => `Version ${version} · ${by} · ${at}`,
    where: 'where',
  },
};
const text = STRINGS[locale];
// Registered from the class: the registering module is not yet listed in the elements'
// `sideEffects`, so a bundler drops `import '@yizhan/elements/define'`'s registration of it.
if (!customElements.get('yz-flow-diagram')) customElements.define('yz-flow-diagram', YzFlowDiagram);
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const localized = (value) =>
  typeof value === 'string' ? value : (value?.[locale] ?? value?.['zh-CN'] ?? '');

/**
 * Where each JSON pointer's value lies in the text (a property's span starts at its key),
 * or where the text stops being JSON. A small scanner, so an issue's path can move the
 * cursor to its place.
 * @param {string} source
 * @returns {{ ok: true, spans: Map<string, { start: number, end: number }> } | { ok: false, offset: number }}
 */
function locateJson(source) {
  const spans = new Map();
  let i = 0;
  const stop = () => {
    throw new RangeError(String(i));
  };
  const space = () => {
    while (i < source.length && ' \t\n\r'.includes(source[i])) i += 1;
  };
  const string = () => {
    const start = i;
    if (source[i] !== '"') stop();
    for (i += 1; i < source.length && source[i] !== '"'; i += 1) {
      if (source.charCodeAt(i) < 0x20) stop();
      if (source[i] === '\\') i += 1;
    }
    if (i >= source.length) stop();
    i += 1;
    return JSON.parse(source.slice(start, i));
  };
  const escapeKey = (key) => key.replaceAll('~', '~0').replaceAll('/', '~1');
  const value = (pointer, from) => {
    space();
    const start = from ?? i;
    const c = source[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i += 1;
      space();
      if (source[i] === close) i += 1;
      else
        for (let index = 0; ; index += 1) {
          space();
          if (c === '{') {
            const keyStart = i;
            const key = string();
            space();
            if (source[i] !== ':') stop();
            i += 1;
            value(`${pointer}/${escapeKey(key)}`, keyStart);
          } else value(`${pointer}/${index}`);
          space();
          if (source[i] === ',') i += 1;
          else if (source[i] === close) {
            i += 1;
            break;
          } else stop();
        }
    } else if (c === '"') string();
    else {
      const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
      literal.lastIndex = i;
      if (!literal.test(source)) stop();
      i = literal.lastIndex;
    }
    spans.set(pointer, { start, end: i });
  };
  try {
    value('');
    space();
    if (i !== source.length) stop();
    return { ok: true, spans };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, offset: Number(error.message) };
    throw error;
  }
}

/** Line and column (1-based) of an offset. */
function lineColumn(source, offset) {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** The span of a pointer, or of its nearest ancestor that is in the text. */
function spanOf(spans, pointer) {
  for (let path = pointer; ; path = path.slice(0, path.lastIndexOf('/'))) {
    const span = spans.get(path);
    if (span !== undefined || path === '') return span;
  }
}

/** Checks the editor's text: JSON first, then `parseFlow` in the page's locale. */
function check(source) {
  const located = locateJson(source);
  if (!located.ok) {
    const { line, column } = lineColumn(source, located.offset);
    const problem = { code: 'json_syntax', path: '', message: text.jsonError(line, column) };
    return {
      ok: false,
      issues: [{ ...problem, span: { start: located.offset, end: located.offset } }],
    };
  }
  const json = JSON.parse(source);
  const parsed = parseFlow(json, { locale });
  if (parsed.ok) return { ok: true, json, definition: parsed.value, issues: [] };
  return {
    ok: false,
    issues: parsed.issues.map((issue) => ({ ...issue, span: spanOf(located.spans, issue.path) })),
  };
}

const editor = /** @type {HTMLTextAreaElement} */ ($('editor'));
const diagram = /** @type {any} */ ($('diagram'));
const instanceSelect = /** @type {HTMLSelectElement} */ ($('instance'));
const state = {
  flowId: '',
  latest: 0,
  lastValid: null,
  timer: 0,
  publishKey: '',
  publishedText: '',
};
let client;

/** Moves the editor's cursor to a span and scrolls it into view. */
function jumpTo(span) {
  editor.focus();
  if (span === undefined) return;
  editor.setSelectionRange(span.start, Math.max(span.start, span.end));
  const lineHeight = Number.parseFloat(getComputedStyle(editor).lineHeight) || 20;
  const { line } = lineColumn(editor.value, span.start);
  editor.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

/** Lists issues as buttons that move the cursor to their place. */
function showIssues(list, issues) {
  list.replaceChildren(
    ...issues.map((issue) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'issue';
      button.dataset.code = issue.code;
      const where = document.createElement('code');
      where.textContent = issue.path === '' ? '/' : issue.path;
      where.title = text.where;
      const message = document.createElement('span');
      message.textContent = issue.message;
      button.append(where, ' ', message);
      button.addEventListener('click', () => jumpTo(issue.span));
      item.append(button);
      return item;
    }),
  );
}

function validate() {
  const result = check(editor.value);
  editor.setAttribute('aria-invalid', String(!result.ok));
  $('validation-status').textContent = result.ok ? text.valid : text.invalid(result.issues.length);
  showIssues($('issues'), result.issues);
  if (result.ok) {
    state.lastValid = result;
    diagram.definition = result.json;
  }
  $('diagram-note').textContent = result.ok ? text.diagramFresh : text.diagramStale;
  return result;
}

editor.addEventListener('input', () => {
  $('validation-status').textContent = text.checking;
  window.clearTimeout(state.timer);
  state.timer = window.setTimeout(validate, 250);
});

/** Publishes the editor's text as a new version; the same text keeps its idempotency key. */
async function publish() {
  window.clearTimeout(state.timer);
  const result = validate();
  showIssues($('publish-issues'), []);
  if (!result.ok) {
    $('publish-status').textContent = text.fixFirst;
    $('issues').querySelector('button')?.focus();
    return;
  }
  if (state.publishedText !== editor.value) {
    state.publishKey = newIdempotencyKey();
    state.publishedText = editor.value;
  }
  const button = /** @type {HTMLButtonElement} */ ($('publish'));
  button.disabled = true;
  $('publish-status').textContent = text.publishing;
  const answer = await client.request(
    'POST',
    '/definitions',
    { definition: result.json },
    {
      idempotencyKey: state.publishKey,
    },
  );
  button.disabled = false;
  if (!answer.ok) {
    const located = locateJson(editor.value);
    const spans = located.ok ? located.spans : new Map();
    // Field issues of a refused definition, or the problem itself when it names a place.
    const { problem } = answer;
    const issues = problem.issues?.length ? problem.issues : problem.path ? [problem] : [];
    $('publish-status').textContent = text.publishFailed(problem.message);
    showIssues(
      $('publish-issues'),
      issues.map((issue) => ({ ...issue, span: spanOf(spans, issue.path) })),
    );
    return;
  }
  $('publish-status').textContent = text.published(answer.value.version);
  await openFlow(answer.value.flowId);
  $('publish-status').textContent = text.published(answer.value.version);
}

/** Shows a flow: its latest version as a draft of the next, its versions and its cases. */
async function openFlow(flowId) {
  const [latest, all, instances] = await Promise.all([
    client.request('GET', `/definitions/${encodeURIComponent(flowId)}`),
    client.request('GET', '/definitions'),
    client.request('GET', `/instances?flowId=${encodeURIComponent(flowId)}`),
  ]);
  if (!latest.ok) {
    showNotice(text.loadFailed(latest.problem.message));
    return;
  }
  state.flowId = flowId;
  state.latest = latest.value.version;
  const document_ = { ...latest.value.document, version: latest.value.version + 1 };
  $('editor-section').hidden = false;
  $('editor-title').textContent = text.editing(localized(latest.value.title));
  $('editor-version').textContent = text.draftOf(latest.value.version + 1, latest.value.version);
  editor.value = `${JSON.stringify(document_, null, 2)}\n`;
  $('publish-status').textContent = '';
  showIssues($('publish-issues'), []);
  validate();
  const versions = all.ok ? all.value.definitions.filter((d) => d.flowId === flowId) : [];
  $('versions').replaceChildren(
    ...versions.map((d) => {
      const item = document.createElement('li');
      item.textContent = text.versionLine(
        d.version,
        d.publishedBy,
        d.publishedAt.slice(0, 16).replace('T', ' '),
      );
      return item;
    }),
  );
  const cases = instances.ok ? instances.value.instances : [];
  const none = new Option(cases.length === 0 ? text.noInstances : text.noInstance, '');
  instanceSelect.replaceChildren(
    none,
    ...cases.map((i) => new Option(text.instanceOption(i.id, i.flowVersion, i.status), i.id)),
  );
  instanceSelect.disabled = cases.length === 0;
  diagram.active = [];
  $('instance-state').textContent = '';
}

instanceSelect.addEventListener('change', async () => {
  const id = instanceSelect.value;
  if (id === '') {
    diagram.active = [];
    $('instance-state').textContent = '';
    return;
  }
  const answer = await client.instance(id);
  if (!answer.ok) {
    $('instance-state').textContent = answer.problem.message;
    return;
  }
  diagram.active = [...answer.value.state];
  $('instance-state').textContent = text.instanceState(
    answer.value.state.join('、'),
    answer.value.flowVersion,
  );
});

function showNotice(message) {
  const notice = $('flows-notice');
  notice.textContent = message;
  notice.hidden = false;
}

/** Lists the flows, one button per flow id (its latest version). */
async function listFlows() {
  const answer = await client.request('GET', '/definitions');
  if (!answer.ok) {
    showNotice(text.loadFailed(answer.problem.message));
    return;
  }
  const latest = new Map();
  for (const d of answer.value.definitions) latest.set(d.flowId, d);
  const items = [...latest.values()].map((d) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text.open(localized(d.title), d.flowId, d.version);
    button.dataset.flow = d.flowId;
    button.addEventListener('click', async () => {
      for (const other of $('flow-list').querySelectorAll('button'))
        other.setAttribute('aria-pressed', String(other === button));
      await openFlow(d.flowId);
      editor.focus();
    });
    button.setAttribute('aria-pressed', 'false');
    item.append(button);
    return item;
  });
  if (items.length === 0) {
    const item = document.createElement('li');
    item.textContent = text.none;
    items.push(item);
  }
  $('flow-list').replaceChildren(...items);
}

function renderStatic() {
  document.documentElement.lang = locale;
  document.title = `${text.title} · 驿站 Yizhan`;
  for (const [id, value] of [
    ['flows-title', text.title],
    ['flows-intro', text.intro],
    ['list-title', text.list],
    ['editor-label', text.editor],
    ['editor-help', text.help],
    ['publish', text.publish],
    ['diagram-title', text.diagram],
    ['instance-label', text.instance],
    ['versions-title', text.versions],
  ])
    $(id).textContent = value;
  diagram.locale = locale;
  $('publish').addEventListener('click', publish);
}

async function main() {
  renderStatic();
  mountDemoHeader($('demo-header'));
  const session = await getSession();
  client = createClient({ endpoint: '/api', token: session.token, locale });
  if (session.role !== 'coordinator') showNotice(text.staffOnly);
  else await listFlows();
  $('flows').setAttribute('aria-busy', 'false');
}

main();
