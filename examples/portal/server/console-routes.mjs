// @ts-check
// Routes the love-relay page needs beside the Yizhan API: the relays a caller can see and
// each relay's order list (爱心接龙), kept as append-only book events (`relayBook` from
// @yizhan/volunteer) in the store, as a record row next to the relay's flow instance (the
// love-relay template keeps orders "beside the flow").
//
// Wire it on the Yizhan server's own app, before the first request, so the API's
// authentication, locale and error handling apply and the routes sit under the same
// mount point (`/api/relays…` in the demo):
//
//   const yizhan = createServer({ store, authenticate });
//   registerConsoleRoutes(yizhan.app, { store, registry: yizhan.registry });

/** The flow of the volunteer pack's love-relay template. */
export const RELAY_FLOW_ID = 'love-relay';
/** Record rows of relay books: internal flow ids start with `yizhan:`, so instance lists skip them. */
const BOOK_FLOW_ID = 'yizhan:relay-book';
const MAX_BODY = 64 * 1024;
const MAX_EVENTS = 200;
const MAX_TEXT = 8000;
const STAFF_ROLES = ['admin', 'coordinator'];
const WRITE_ROLES = ['admin', 'coordinator', 'volunteer'];

/** @typedef {'zh-CN' | 'en'} Locale */
/** @typedef {readonly string[]} Place */
/** @typedef {{ id: string, roles: readonly string[], place: Place }} Principal */

/** @type {Record<string, Record<Locale, (p: Record<string, unknown>) => string>>} */
const MESSAGES = {
  relay_sign_in: {
    'zh-CN': () => '请先登录（在页面上方选择身份）再查看接龙。',
    en: () => 'Sign in first (choose who you are at the top of the page) to see the relay.',
  },
  relay_unknown: {
    'zh-CN': (p) => `没有找到接龙 ${p.id}，请从列表中重新选择。`,
    en: (p) => `There is no relay ${p.id}. Pick one from the list again.`,
  },
  relay_not_yours: {
    'zh-CN': () => '这个接龙不属于您所在的社区，只能查看本社区和上级组织的接龙。',
    en: () => "This relay belongs to another community; you can see only your own branch's relays.",
  },
  relay_read_only: {
    'zh-CN': () => '只有志愿者和站长可以添加、更正或撤回接龙订单；居民请在群里接龙。',
    en: () =>
      'Only volunteers and coordinators add, correct or withdraw orders; residents add theirs in the group chat.',
  },
  relay_closed: {
    'zh-CN': () => '这个接龙已经结束，不能再修改订单。',
    en: () => 'This relay has ended; its orders can no longer change.',
  },
  relay_bad_body: {
    'zh-CN': (p) => `提交的内容不对：${p.reason}。请以 JSON 提交 { "events": [...] }。`,
    en: (p) => `The request is not right: ${p.reason}. Send JSON { "events": [...] }.`,
  },
  relay_busy: {
    'zh-CN': () => '别人同时在修改这个接龙，请稍后再试一次。',
    en: () => 'Someone else is changing this relay right now. Try again in a moment.',
  },
};

/**
 * A problem answer in the API's shape `{ code, path, message }`.
 * @param {import('hono').Context} c
 * @param {number} status
 * @param {string} code
 * @param {Record<string, unknown>} [params]
 * @param {string} [path]
 */
function problem(c, status, code, params = {}, path = '') {
  /** @type {Locale} */
  const locale = c.get('locale') === 'en' ? 'en' : 'zh-CN';
  const message = MESSAGES[code]?.[locale](params) ?? code;
  return c.json({ code, path, message }, /** @type {any} */ (status));
}

/** @param {Place} a @param {Place} b */
const covers = (a, b) => a.length <= b.length && a.every((part, index) => b[index] === part);
/** @param {Place} a @param {Place} b */
const related = (a, b) => covers(a, b) || covers(b, a);

/**
 * What a caller may do with a relay owned by `owner`: `manage` (staff covering it),
 * `write` (volunteers on its branch), `read` (others on its branch) or null.
 * @param {Principal} principal
 * @param {Place} owner
 */
function relayAccess(principal, owner) {
  if (principal.roles.some((role) => STAFF_ROLES.includes(role)) && covers(principal.place, owner))
    return 'manage';
  if (!related(principal.place, owner)) return null;
  return principal.roles.some((role) => WRITE_ROLES.includes(role)) ? 'write' : 'read';
}

/**
 * The relay as the page shows it: the setup form's answers and where the flow stands.
 * @param {any} row an instance row of the love-relay flow
 * @param {string | null} access
 */
function relayView(row, access) {
  const data = row.snapshot?.context?.data ?? {};
  const value = row.snapshot?.value;
  const state = typeof value === 'string' ? [value] : Object.keys(value ?? {});
  return {
    id: row.id,
    flowVersion: row.flowVersion,
    status: row.status,
    state,
    title: typeof data.title === 'string' ? data.title : null,
    story: typeof data.story === 'string' ? data.story : null,
    produce: Array.isArray(data.produce) ? data.produce : [],
    closesAt: typeof data.closesAt === 'string' ? data.closesAt : null,
    pickupPlace: typeof data.pickupPlace === 'string' ? data.pickupPlace : null,
    access,
    canEdit: (access === 'manage' || access === 'write') && row.status === 'active',
  };
}

/**
 * Checks one book event as `relayBook` takes it; returns the reason it is refused, or null.
 * @param {any} event
 */
function eventProblem(event) {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return 'not an object';
  const text = (/** @type {unknown} */ value) =>
    typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT;
  if (!text(event.id) || event.id.length > 100) return 'id';
  if (!text(event.at) || Number.isNaN(Date.parse(event.at))) return 'at';
  if (typeof event.by !== 'string' || event.by.length > 100) return 'by';
  const allowed = {
    pasted: ['type', 'id', 'at', 'by', 'text'],
    corrected: ['type', 'id', 'at', 'by', 'row', 'text'],
    withdrawn: ['type', 'id', 'at', 'by', 'row', 'reason'],
  };
  const keys = allowed[/** @type {keyof typeof allowed} */ (event.type)];
  if (keys === undefined) return 'type';
  for (const key of Object.keys(event)) if (!keys.includes(key)) return key;
  if (event.type !== 'withdrawn' && typeof event.text !== 'string') return 'text';
  if (typeof event.text === 'string' && event.text.length > MAX_TEXT) return 'text';
  if (event.type !== 'pasted' && !text(event.row)) return 'row';
  if (event.reason !== undefined && (typeof event.reason !== 'string' || event.reason.length > 200))
    return 'reason';
  return null;
}

/**
 * Adds `GET /relays`, `GET /relays/{id}/events` and `POST /relays/{id}/events` to the
 * Yizhan server's app. A POST appends `{ events }` to the relay's book, skipping events
 * whose ids are stored already, so a retried request (same events) is applied once.
 *
 * @param {import('hono').Hono<any>} app the Yizhan server's `app`
 * @param {{ store: import('@yizhan/core/flow').Store, registry: { owner(flowId: string): Promise<Place | null> }, clock?: () => Date }} options
 */
export function registerConsoleRoutes(app, options) {
  const { store, registry } = options;
  const clock = options.clock ?? (() => new Date());
  const bookId = (/** @type {string} */ id) => `${BOOK_FLOW_ID}/${id}`;

  /** @param {import('hono').Context} c */
  const signedIn = (c) => /** @type {Principal | null} */ (c.get('principal'));

  /** @param {string} id */
  async function loadRelay(id) {
    const row = await store.getInstance(id);
    if (row === null || row.flowId !== RELAY_FLOW_ID) return null;
    const owner = await registry.owner(RELAY_FLOW_ID);
    return owner === null ? null : { row, owner };
  }

  /**
   * The signed-in caller, the relay of the path's `:id` and the caller's access to it; or
   * the answer when there is none of them (401, 404, 403).
   * @param {import('hono').Context} c
   */
  async function openRelay(c) {
    const principal = signedIn(c);
    if (principal === null) return { refused: problem(c, 401, 'relay_sign_in') };
    const id = c.req.param('id');
    const relay = await loadRelay(id);
    if (relay === null) return { refused: problem(c, 404, 'relay_unknown', { id }) };
    const access = relayAccess(principal, relay.owner);
    if (access === null) return { refused: problem(c, 403, 'relay_not_yours') };
    return { principal, relay, access };
  }

  /** @param {string} id */
  async function readBook(id) {
    const row = await store.getInstance(bookId(id));
    const events = /** @type {any} */ (row?.snapshot.value)?.events ?? [];
    return { row, events: /** @type {any[]} */ (events) };
  }

  app.get('/relays', async (c) => {
    const principal = signedIn(c);
    if (principal === null) return problem(c, 401, 'relay_sign_in');
    const owner = await registry.owner(RELAY_FLOW_ID);
    if (owner === null) return c.json({ relays: [] });
    const access = relayAccess(principal, owner);
    if (access === null) return c.json({ relays: [] });
    const rows = await store.listInstances({ flowId: RELAY_FLOW_ID });
    return c.json({ relays: rows.map((row) => relayView(row, access)) });
  });

  app.get('/relays/:id/events', async (c) => {
    const found = await openRelay(c);
    if ('refused' in found) return found.refused;
    const { relay, access } = found;
    const { events } = await readBook(relay.row.id);
    return c.json({ relay: relayView(relay.row, access), events });
  });

  app.post('/relays/:id/events', async (c) => {
    const found = await openRelay(c);
    if ('refused' in found) return found.refused;
    const { principal, relay, access } = found;
    if (access === 'read') return problem(c, 403, 'relay_read_only');
    if (relay.row.status !== 'active') return problem(c, 409, 'relay_closed');
    const raw = await c.req.text();
    if (raw.length > MAX_BODY)
      return problem(c, 413, 'relay_bad_body', { reason: `> ${MAX_BODY} B` });
    /** @type {any} */
    let body;
    try {
      body = JSON.parse(raw);
    } catch {
      return problem(c, 400, 'relay_bad_body', { reason: 'JSON' });
    }
    const events = body?.events;
    if (!Array.isArray(events) || events.length === 0 || events.length > MAX_EVENTS)
      return problem(c, 422, 'relay_bad_body', { reason: 'events' }, '/events');
    for (const [index, event] of events.entries()) {
      const reason = eventProblem(event);
      if (reason !== null) return problem(c, 422, 'relay_bad_body', { reason }, `/events/${index}`);
    }
    // Who acts is the signed-in caller, whatever the page wrote in `by`.
    const stamped = events.map((event) => ({ ...event, by: principal.id }));
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const { row, events: stored } = await readBook(relay.row.id);
      const known = new Set(stored.map((event) => event.id));
      const fresh = stamped.filter((event) => !known.has(event.id));
      if (fresh.length === 0) return c.json({ events: stored, added: 0 });
      const all = [...stored, ...fresh];
      const at = clock().toISOString();
      const version = row?.version ?? 0;
      const result = await store.commit({
        expectedVersion: version,
        instance: {
          id: bookId(relay.row.id),
          flowId: BOOK_FLOW_ID,
          flowVersion: 1,
          version: version + 1,
          status: 'done',
          snapshot: { value: { events: all } },
          createdAt: row?.createdAt ?? at,
          updatedAt: at,
        },
        history: [],
        tasks: [],
        timers: [],
        outbox: [],
      });
      if (result.ok) return c.json({ events: all, added: fresh.length }, 201);
    }
    return problem(c, 409, 'relay_busy');
  });
}
