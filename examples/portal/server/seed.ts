/**
 * Seeds a new demo database through the API itself (as 崇文社区's coordinator would):
 * publishes the volunteer pack's flows, opens the projects (a holiday-care class anyone
 * can sign up for from the provincial portal, a haircut service shift), posts one
 * resident's micro-wish, and records the demo volunteers' past hours. Every POST carries a
 * fixed `Idempotency-Key` and definitions are published only when missing, so a second
 * run (or a run after a crash half-way) neither duplicates nor loses anything.
 */
import type { Store } from '@yizhan/core/flow';
import { type Principal, signToken, type YizhanServer } from '@yizhan/server';
import {
  approve,
  copyTemplate,
  FLOW_TEMPLATE_IDS,
  type Ledger,
  recordService,
} from '@yizhan/volunteer';
import { CHONGWEN, PEOPLE, principalOf } from './demo-data';
import { demoLedger } from './demo-ledger';

/** The flow anyone may join from a portal: the holiday-care template, open to the public. */
export const PORTAL_SIGNUP_FLOW = 'holiday-care-open';

/** What the seed made: the ids of the demo projects. */
export interface SeedResult {
  /** The public holiday-care class (`<yz-signup project>` on the portal page). */
  readonly holidayCare: string;
  /** The haircut service shift volunteers sign up for. */
  readonly haircutShift: string;
  /** A micro-wish waiting for the coordinator's review. */
  readonly waitingWish: string;
}

type Call = (
  method: string,
  path: string,
  as: Principal | null,
  body?: unknown,
  key?: string,
) => Promise<Record<string, unknown>>;

function caller(server: YizhanServer, secret: string): Call {
  return async (method, path, as, body, key) => {
    const headers: Record<string, string> = { 'accept-language': 'zh-CN' };
    if (as !== null) headers.authorization = `Bearer ${signToken(as, secret)}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (key !== undefined) headers['idempotency-key'] = key;
    const response = await server.fetch(
      new Request(`http://demo.local${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
    const text = await response.text();
    const answer = text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
    if (!response.ok && response.status !== 404)
      throw new Error(`Seeding failed: ${method} ${path} answered ${response.status} ${text}`);
    return response.status === 404 ? { missing: true } : answer;
  };
}

/** The holiday-care template with the sign-up open to anonymous portal visitors too. */
function openHolidayCare(): Record<string, unknown> {
  const flow = copyTemplate('holiday-care-signup') as Record<string, unknown>;
  const steps = flow.steps as Record<string, unknown>[];
  return {
    ...flow,
    id: PORTAL_SIGNUP_FLOW,
    title: { 'zh-CN': '暑期公益托管班（门户报名）', en: 'Holiday care class (portal sign-up)' },
    roles: [
      ...(flow.roles as unknown[]),
      { id: 'public', title: { 'zh-CN': '公众', en: 'Public' } },
    ],
    steps: steps.map((step) =>
      step.type === 'signup' ? { ...step, assign: { roles: ['resident', 'public'] } } : step,
    ),
  };
}

/** Starts an instance and submits its first (setup) form, both under fixed keys. */
async function openProject(
  call: Call,
  nameNext: (id: string | null) => void,
  as: Principal,
  flowId: string,
  key: string,
  task: string,
  data: Record<string, unknown>,
): Promise<string> {
  nameNext(key);
  const started = await call('POST', '/instances', as, { flowId }, `seed-${key}-start`);
  nameNext(null);
  const id = (started.instance as { id: string } | undefined)?.id ?? (started.id as string);
  await call(
    'POST',
    `/instances/${id}/events`,
    as,
    { task, action: 'submit', data },
    `seed-${key}-${task}`,
  );
  return id;
}

const PAST_SERVICES = [
  ['2026-06-07', '五彩益家·幸福邻里 义务理发', 3],
  ['2026-06-21', '五彩益家·幸福邻里 义务理发', 3.5],
  ['2026-07-05', '暑期公益托管班', 8],
  ['2026-07-12', '暑期公益托管班', 8],
  ['2026-07-19', '暑期公益托管班', 8],
  ['2026-07-26', '暑期公益托管班', 8],
  ['2026-08-02', '暑期公益托管班', 8],
  ['2026-08-09', '暑期公益托管班', 8],
  ['2026-08-23', '爱心接龙 配送', 4.5],
  ['2026-09-06', '环境整治 清理楼道', 6],
  ['2026-09-20', '五彩益家·幸福邻里 义务理发', 4],
  ['2026-10-11', '微心愿 送菜上门', 2.5],
  ['2026-10-25', '文明新风 宣传', 6],
  ['2026-11-08', '五彩益家·幸福邻里 义务理发', 4],
] as const;

/** 张伟's counted hours before the demo: 81.5, short of his first star. */
function pastHours(coordinator: string): Ledger {
  let ledger: Ledger = [];
  for (const [date, project, hours] of PAST_SERVICES) {
    const at = `${date}T20:00:00+08:00`;
    const recorded = recordService(
      ledger,
      {
        volunteerId: PEOPLE.volunteer.id,
        project,
        date,
        place: '崇文社区新时代文明实践站',
        content: project,
        hours,
        personInCharge: PEOPLE.coordinator.name,
        recorder: PEOPLE.coordinator.name,
      },
      { by: coordinator, at },
    );
    if (!recorded.ok) throw new Error(recorded.issues.map((issue) => issue.message).join(' '));
    const entry = recorded.value[recorded.value.length - 1] as { id: string };
    const approved = approve(recorded.value, entry.id, { by: coordinator, at });
    if (!approved.ok) throw new Error(approved.issues.map((issue) => issue.message).join(' '));
    ledger = approved.value;
  }
  return ledger;
}

/** Seeds the demo data; safe to run on every start. */
export async function seedDemo(
  server: YizhanServer,
  store: Store,
  secret: string,
  nameNext: (id: string | null) => void = () => {},
): Promise<SeedResult> {
  const call = caller(server, secret);
  const coordinator = principalOf(PEOPLE.coordinator);
  const flows = [
    ...FLOW_TEMPLATE_IDS.map((id) => copyTemplate(id) as Record<string, unknown>),
    openHolidayCare(),
  ];
  for (const definition of flows) {
    const existing = await call('GET', `/definitions/${definition.id}`, coordinator);
    if (existing.missing === true)
      await call('POST', '/definitions', coordinator, { definition, owner: [...CHONGWEN] });
  }
  const holidayCare = await openProject(
    call,
    nameNext,
    coordinator,
    PORTAL_SIGNUP_FLOW,
    'holiday-care-2027',
    'setup',
    {
      className: '崇文社区“五彩益家”暑期公益托管班',
      place: '崇文社区新时代文明实践站',
      firstDay: '2027-07-05',
      lastDay: '2027-08-13',
      remindAt: '2027-07-04T18:00',
      minAge: 6,
      maxAge: 12,
    },
  );
  const haircutShift = await openProject(
    call,
    nameNext,
    coordinator,
    'service-shift',
    'haircut-2026-12-12',
    'setup',
    {
      project: '五彩益家·幸福邻里 义务理发',
      category: 'convenience',
      place: '崇文社区新时代文明实践站',
      shiftDate: '2026-12-12',
      startTime: '09:00',
      endTime: '11:30',
      personInCharge: PEOPLE.coordinator.name,
    },
  );
  const elder: Principal = { id: 'luo-daye', roles: ['resident'], place: [...CHONGWEN] };
  const waitingWish = await openProject(
    call,
    nameNext,
    elder,
    'micro-wish',
    'wish-luo-vegetables',
    'request',
    {
      wish: '我今年73岁，生病了没法去集市，家里种的青菜快老了，想请志愿者帮忙拿去卖。',
      category: 'convenience',
      place: { building: '3', unit: '2', room: '502' },
      contactName: '罗大爷',
      phone: '13907961234',
    },
  );
  await demoLedger(store).update((current) =>
    current.length > 0
      ? { ledger: null, result: undefined }
      : { ledger: pastHours(coordinator.id), result: undefined },
  );
  return { holidayCare, haircutShift, waitingWish };
}
