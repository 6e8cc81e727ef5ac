// The love relay (爱心接龙): a relay opened with the volunteer pack's love-relay flow, and
// its shared order list in <yz-relay>. Volunteers and coordinators paste lines from the
// group chat, correct and withdraw rows; residents see the list. The page stores what the
// element fires (`POST /api/relays/{id}/events`, see server/console-routes.mjs) and sets
// the stored list back on the element. Text is always set as text, never as markup.
import '@yizhan/core/strict-csp';
import '@yizhan/volunteer/yz-relay';
import { createClient, newIdempotencyKey } from '@yizhan/elements/client';
import { getSession, lang, mountDemoHeader } from './session.js';

const locale = lang();
const STRINGS = {
  'zh-CN': {
    title: '爱心接龙',
    intro:
      '把群里的接龙消息粘贴进来，逐行核对识别结果后添加；看不懂的行会留下来等待更正，不会丢失。下面是订单、各品种合计和按楼栋的配送单。',
    pick: '选择接龙',
    refresh: '刷新订单',
    none: '还没有进行中的接龙。站长可以在“站长工作台”发起一个。',
    closes: '截止时间',
    pickup: '取菜地点',
    produce: '可订品种',
    price: (name, unit, price) =>
      price === undefined ? `${name}（${unit}）` : `${name} ${price} 元/${unit}`,
    option: (title, id, status) =>
      `${title ?? id.slice(0, 8)}${status === 'done' ? '（已结束）' : ''}`,
    untitled: '（还没有填写接龙信息）',
    readOnly: '您可以查看订单；添加、更正和撤回由志愿者和站长操作。',
    ended: '这个接龙已经结束，订单只能查看。',
    editable: '您可以粘贴接龙消息、更正或撤回订单。',
    saving: '正在保存…',
    saved: (n) => `已保存 ${n} 条记录。`,
    saveFailed: (message) => `保存没有成功：${message} 内容没有丢失，可以点“重新保存”。`,
    retry: '重新保存',
    loadFailed: (message) => `读取接龙失败：${message}`,
  },
  en: {
    title: 'Love relay',
    intro:
      'Paste the relay messages from the group chat, check how each line was read, then add them; lines that cannot be read stay to be corrected, never lost. Below are the orders, the totals per item and the delivery list by building.',
    pick: 'Relay',
    refresh: 'Refresh the orders',
    none: 'No relay is open. A coordinator can open one from the coordinator console.',
    closes: 'Closes at',
    pickup: 'Pick-up place',
    produce: 'On sale',
    price: (name, unit, price) =>
      price === undefined ? `${name} (${unit})` : `${name} ${price} yuan/${unit}`,
    option: (title, id, status) =>
      `${title ?? id.slice(0, 8)}${status === 'done' ? ' (ended)' : ''}`,
    untitled: '(the relay details are not filled in yet)',
    readOnly: 'You can see the orders; volunteers and coordinators add, correct and withdraw them.',
    ended: 'This relay has ended; its orders can only be read.',
    editable: 'You can paste relay messages, correct and withdraw orders.',
    saving: 'Saving…',
    saved: (n) => `Saved ${n} change${n === 1 ? '' : 's'}.`,
    saveFailed: (message) => `Not saved: ${message} Nothing is lost; choose "Save again".`,
    retry: 'Save again',
    loadFailed: (message) => `Could not load the relay: ${message}`,
  },
};
const text = STRINGS[locale];
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const relay = /** @type {any} */ ($('relay'));
const select = /** @type {HTMLSelectElement} */ ($('relay-select'));
/** The relay shown, and a failed save kept to retry with the same key. */
const state = { id: '', pending: null };
let client;

function showNotice(message) {
  const notice = $('relay-notice');
  notice.textContent = message;
  notice.hidden = message === '';
}

function setSaveStatus(message, failed = false) {
  const status = $('save-status');
  status.textContent = message;
  status.classList.toggle('failed', failed);
  $('save-retry').hidden = !failed;
}

/** Shows the relay's details from its setup form. */
function showDetails(view) {
  $('relay-details').hidden = false;
  $('relay-title').textContent = view.title ?? text.untitled;
  $('relay-story').textContent = view.story ?? '';
  $('closes-at').textContent = view.closesAt ? view.closesAt.slice(0, 16).replace('T', ' ') : '—';
  $('pickup-place').textContent = view.pickupPlace ?? '—';
  $('produce').replaceChildren(
    ...view.produce.map((item) => {
      const li = document.createElement('li');
      li.textContent = text.price(item.name, item.unit, item.price);
      return li;
    }),
  );
  $('relay-mode').textContent = view.canEdit
    ? text.editable
    : view.status === 'done'
      ? text.ended
      : text.readOnly;
}

/** Loads a relay's orders into <yz-relay>. */
async function openRelay(id) {
  state.id = id;
  state.pending = null;
  setSaveStatus('');
  const answer = await client.request('GET', `/relays/${encodeURIComponent(id)}/events`);
  if (!answer.ok) {
    showNotice(text.loadFailed(answer.problem.message));
    return;
  }
  showNotice('');
  const { relay: view, events } = answer.value;
  showDetails(view);
  relay.catalog = view.produce
    .filter((item) => typeof item.name === 'string' && item.name !== '')
    .map((item) => ({ name: item.name, unit: item.unit }));
  relay.readonly = !view.canEdit;
  relay.events = events;
  relay.hidden = false;
}

/** Stores events the element fired; a failed save keeps them (and the key) for a retry. */
async function save(events, key = newIdempotencyKey()) {
  const id = state.id;
  setSaveStatus(text.saving);
  const answer = await client.request(
    'POST',
    `/relays/${encodeURIComponent(id)}/events`,
    { events },
    { idempotencyKey: key },
  );
  if (id !== state.id) return;
  if (!answer.ok) {
    state.pending = { events, key };
    setSaveStatus(text.saveFailed(answer.problem.message), true);
    return;
  }
  state.pending = null;
  relay.events = answer.value.events;
  setSaveStatus(text.saved(events.length));
}

for (const type of ['yz-relay-add', 'yz-relay-correct', 'yz-relay-withdraw'])
  relay.addEventListener(type, (event) => save(event.detail.events));

$('save-retry').addEventListener('click', () => {
  if (state.pending !== null) save(state.pending.events, state.pending.key);
});

/** Lists the relays the caller can see and opens the asked or the first one. */
async function listRelays() {
  const answer = await client.request('GET', '/relays');
  if (!answer.ok) {
    showNotice(text.loadFailed(answer.problem.message));
    return;
  }
  const relays = [...answer.value.relays].sort(
    (a, b) => Number(a.status === 'done') - Number(b.status === 'done'),
  );
  if (relays.length === 0) {
    showNotice(text.none);
    select.disabled = true;
    return;
  }
  select.replaceChildren(
    ...relays.map((r) => new Option(text.option(r.title, r.id, r.status), r.id)),
  );
  const asked = new URL(window.location.href).searchParams.get('relay');
  select.value = relays.some((r) => r.id === asked) ? asked : relays[0].id;
  await openRelay(select.value);
}

function renderStatic(session) {
  document.documentElement.lang = locale;
  document.title = `${text.title} · 驿站 Yizhan`;
  for (const [id, value] of [
    ['relay-heading', text.title],
    ['relay-intro', text.intro],
    ['relay-select-label', text.pick],
    ['relay-refresh', text.refresh],
    ['closes-label', text.closes],
    ['pickup-label', text.pickup],
    ['produce-label', text.produce],
    ['save-retry', text.retry],
  ])
    $(id).textContent = value;
  relay.locale = locale;
  relay.by = session.principal?.id ?? '';
}

select.addEventListener('change', () => openRelay(select.value));
$('relay-refresh').addEventListener('click', () => {
  if (state.id !== '') openRelay(state.id);
});

async function main() {
  mountDemoHeader($('demo-header'));
  const session = await getSession();
  renderStatic(session);
  client = createClient({ endpoint: '/api', token: session.token, locale });
  await listRelays();
  $('relay-page').setAttribute('aria-busy', 'false');
}

main();
