// @ts-check
/**
 * The demo pages' shared module: who the visitor acts as (resident, volunteer or
 * coordinator, kept in `sessionStorage`), the signed token for that role from
 * `POST /demo/session`, the page language (`?lang=en`, else the browser's), the shared
 * header with the role switcher, the language switch and the links between the pages.
 * Everything is built with DOM calls: text is never markup.
 */
import { createClient } from '@yizhan/elements/client';

/** @typedef {'resident' | 'volunteer' | 'coordinator'} Role */
/** @typedef {'zh-CN' | 'en'} Lang */
/** @typedef {{ id: string, name: string, roles: string[], place: string[] }} DemoPrincipal */
/** @typedef {{ role: Role, token: string, principal: DemoPrincipal }} Session */

/** The demo roles, in the switcher's order. */
export const ROLES = /** @type {const} */ (['resident', 'volunteer', 'coordinator']);

const ROLE_KEY = 'yizhan-demo-role';
const LANG_KEY = 'yizhan-demo-lang';

/**
 * The page language: `?lang=` (remembered for the tab), the remembered one, else the
 * browser's (English for any `en*`), else zh-CN.
 * @returns {Lang}
 */
export function lang() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'en' || asked === 'zh-CN') {
    sessionStorage.setItem(LANG_KEY, asked);
    return asked;
  }
  const kept = sessionStorage.getItem(LANG_KEY);
  if (kept === 'en' || kept === 'zh-CN') return kept;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

/**
 * A translator over a page's messages in both languages: `t(messages)('key', { name })`
 * gives the text in the page language with `{name}` filled in.
 * @param {{ 'zh-CN': Record<string, string>, en: Record<string, string> }} messages
 * @returns {(key: string, params?: Record<string, string | number>) => string}
 */
export function t(messages) {
  const table = messages[lang()];
  return (key, params = {}) =>
    (table[key] ?? messages['zh-CN'][key] ?? key).replace(/\{(\w+)\}/g, (whole, name) =>
      name in params ? String(params[name]) : whole,
    );
}

const text = t({
  'zh-CN': {
    role: '身份',
    resident: '居民 李梅',
    volunteer: '志愿者 张伟',
    coordinator: '站长 王晓红',
    portal: '门户首页',
    residentPage: '微心愿',
    volunteerPage: '我的任务',
    coordinatorPage: '站长工作台',
    flows: '流程配置',
    relay: '爱心接龙',
    nav: '演示页面',
    other: 'English',
    brand: '驿站 · 庐陵新区志愿服务',
    sessionFailed: '无法取得演示身份：{message}。请确认 pnpm start 仍在运行，然后刷新页面。',
  },
  en: {
    role: 'Act as',
    resident: 'Resident Li Mei',
    volunteer: 'Volunteer Zhang Wei',
    coordinator: 'Coordinator Wang Xiaohong',
    portal: 'Portal',
    residentPage: 'Micro-wishes',
    volunteerPage: 'My tasks',
    coordinatorPage: 'Coordinator',
    flows: 'Flows',
    relay: 'Love relay',
    nav: 'Demo pages',
    other: '中文',
    brand: 'Yizhan · Luling volunteer service',
    sessionFailed:
      'Could not get a demo identity: {message}. Check that pnpm start is still running, then reload the page.',
  },
});

/** @returns {Role} */
export function currentRole() {
  const kept = sessionStorage.getItem(ROLE_KEY);
  return kept === 'volunteer' || kept === 'coordinator' ? kept : 'resident';
}

/**
 * Switches the role for this tab (the next `getSession` signs in as it).
 * @param {Role} role
 */
export function setRole(role) {
  sessionStorage.setItem(ROLE_KEY, role);
}

/** @type {Promise<Session> | null} */
let pending = null;

/**
 * The visitor's session: the role (default resident) and a token for its demo person.
 * @returns {Promise<Session>}
 */
export function getSession() {
  pending ??= (async () => {
    const role = currentRole();
    const kept = sessionStorage.getItem(`${ROLE_KEY}:${role}`);
    if (kept !== null) return /** @type {Session} */ (JSON.parse(kept));
    const response = await fetch('/demo/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': lang() },
      body: JSON.stringify({ role }),
    });
    const body = await response.json();
    if (!response.ok)
      throw new Error(text('sessionFailed', { message: body.message ?? response.status }));
    /** @type {Session} */
    const session = { role, token: body.token, principal: body.principal };
    sessionStorage.setItem(`${ROLE_KEY}:${role}`, JSON.stringify(session));
    return session;
  })();
  return pending;
}

/**
 * A Yizhan API client (same origin, `/api`) that signs requests as the current role.
 * @returns {import('@yizhan/elements/client').YizhanClient}
 */
export function demoClient() {
  return createClient({
    endpoint: '/api',
    locale: lang(),
    getToken: async () => (await getSession()).token,
  });
}

/**
 * Creates an element with text (never markup) and attributes.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string>} [attributes]
 * @param {(Node | string)[]} [children]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attributes = {}, children = []) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/**
 * The role switcher: a labelled select; choosing a role signs in as it and reloads.
 * @param {HTMLElement} container
 */
export function mountRoleSwitcher(container) {
  const select = h('select', { id: 'yz-demo-role', name: 'role' });
  for (const role of ROLES) {
    const option = h('option', { value: role }, [text(role)]);
    option.selected = role === currentRole();
    select.append(option);
  }
  select.addEventListener('change', () => {
    setRole(/** @type {Role} */ (select.value));
    location.reload();
  });
  container.append(
    h('label', { class: 'role-switcher', for: 'yz-demo-role' }, [text('role')]),
    select,
  );
}

/**
 * A link to the same page in the other language.
 * @param {HTMLElement} container
 */
export function mountLanguageSwitch(container) {
  const other = lang() === 'en' ? 'zh-CN' : 'en';
  const url = new URL(location.href);
  url.searchParams.set('lang', other);
  container.append(
    h(
      'a',
      { class: 'lang-switch', href: url.pathname + url.search, lang: other, hreflang: other },
      [text('other')],
    ),
  );
}

const PAGES = [
  ['/', 'portal'],
  ['/resident.html', 'residentPage'],
  ['/volunteer.html', 'volunteerPage'],
  ['/coordinator.html', 'coordinatorPage'],
  ['/flows.html', 'flows'],
  ['/relay.html', 'relay'],
];

/**
 * The shared header of the demo pages: the name, the links between the pages (the current
 * one marked), the role switcher and the language switch. Sets the document language.
 * @param {HTMLElement} header
 */
export function mountDemoHeader(header) {
  document.documentElement.lang = lang();
  const nav = h('nav', { 'aria-label': text('nav') });
  const list = h('ul');
  for (const [href, key] of PAGES) {
    const link = h('a', { href }, [text(key)]);
    if (href === location.pathname) link.setAttribute('aria-current', 'page');
    list.append(h('li', {}, [link]));
  }
  nav.append(list);
  const tools = h('div', { class: 'header-tools' });
  mountRoleSwitcher(tools);
  mountLanguageSwitch(tools);
  header.replaceChildren(h('a', { class: 'brand', href: '/' }, [text('brand')]), nav, tools);
}

/**
 * A Yizhan widget (`yz-task`, `yz-timeline`, `yz-my-tasks`, …) on the same-origin API,
 * signed in as the current role and in the page language.
 * @param {string} tag
 * @param {Record<string, string>} [attributes]
 * @returns {HTMLElement}
 */
export function widget(tag, attributes = {}) {
  const element = document.createElement(tag);
  element.setAttribute('endpoint', '/api');
  element.setAttribute('locale', lang());
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, { client: demoClient() });
  return element;
}

/**
 * Calls a demo route (`/demo/...`) as the current role; answers the JSON body or throws
 * an Error with the server's message.
 * @param {string} path
 * @param {{ method?: string, body?: unknown }} [options]
 * @returns {Promise<any>}
 */
export async function demoFetch(path, options = {}) {
  const { token } = await getSession();
  const response = await fetch(path, {
    method: options.method ?? 'GET',
    headers: {
      authorization: `Bearer ${token}`,
      'accept-language': lang(),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(body.message ?? String(response.status));
  return body;
}

/**
 * Starts a role page (resident, volunteer, coordinator): the shared header in
 * `#demo-header`; the page's `<main id="main">` emptied, with a heading and a notice when the
 * page is meant for another role than the one chosen; then the visitor's session.
 * @param {string} heading
 * @param {Role} meant
 * @param {string} notice what to say when the role does not fit
 * @returns {Promise<{ main: HTMLElement, session: Session }>}
 */
export async function startRolePage(heading, meant, notice) {
  mountDemoHeader(/** @type {HTMLElement} */ (document.querySelector('#demo-header')));
  const main = /** @type {HTMLElement} */ (document.querySelector('#main'));
  main.removeAttribute('aria-live');
  main.replaceChildren(h('h1', {}, [heading]));
  if (currentRole() !== meant) main.append(h('p', { class: 'notice', role: 'note' }, [notice]));
  return { main, session: await getSession() };
}

const taskText = t({
  'zh-CN': { done: '已办理，谢谢！下一步的事项（如果轮到您）会显示在下面。' },
  en: { done: 'Done, thank you. The next step, when it is yours, shows below.' },
});

/**
 * A task of an instance in <yz-task>; after each action the instance's next task for the
 * current role is shown (whichever it is), and a status line says the action was taken.
 * @param {HTMLElement} container
 * @param {string} instance
 * @param {string} [key] the task to show first; any open one when empty
 */
export function mountTask(container, instance, key = '') {
  const status = h('p', { role: 'status', class: 'task-status' });
  const element = widget('yz-task', { instance, task: key });
  element.addEventListener('yz-task-done', () => {
    status.textContent = taskText('done');
    // <yz-task> loads again by itself; without a key it shows whichever task is next.
    if (element.getAttribute('task') !== '') element.setAttribute('task', '');
  });
  container.append(status, element);
}

const statusText = t({
  'zh-CN': {
    pending: '待审核',
    'in-notice': '公示中',
    counted: '已计入',
    rejected: '未通过',
    superseded: '已更正',
  },
  en: {
    pending: 'Pending',
    'in-notice': 'In notice',
    counted: 'Counted',
    rejected: 'Rejected',
    superseded: 'Corrected',
  },
});

/**
 * The words for the status of an entry of the hours ledger (`pending`, `in-notice`,
 * `counted`, `rejected`, `superseded`) in the page language.
 * @param {string} status
 * @returns {string}
 */
export function hoursStatus(status) {
  return statusText(status);
}
