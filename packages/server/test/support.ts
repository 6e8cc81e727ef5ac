// Shared test fixtures: the organisation tree of Luling New District, principals and
// their tokens, the flows, and a server over a store reached through its fetch handler.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMemoryStore, type Store } from '@yizhan/core/flow';
import {
  createServer,
  createTokenAuthenticator,
  type Principal,
  type ServerOptions,
  signToken,
  type YizhanServer,
} from '../src/index';

export const SECRET = 'test-secret-luling-0123456789';

const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8'));

/** The micro-wish flow of the core's tests (a phone field marked pii). */
export const microWishJson = read(
  join(import.meta.dirname, '../../core/test/flow/fixtures/micro-wish.json'),
);

/** A capacity sign-up (暑期公益托管班) for volunteers: 50 places, unlimited waitlist. */
export const summerCareJson = read(join(import.meta.dirname, 'fixtures/summer-care.json'));

/** A sign-up anyone may join, signed in or not (a portal's public sign-up). */
export function publicSignupJson(id = 'open-day', capacity = 5): Record<string, unknown> {
  const steps = summerCareJson.steps as Record<string, unknown>[];
  return {
    ...summerCareJson,
    id,
    title: { 'zh-CN': '开放日报名', en: 'Open day sign-up' },
    roles: [...(summerCareJson.roles as unknown[]), { id: 'public', title: '公众' }],
    steps: [{ ...steps[0], capacity, assign: { roles: ['public'] } }, steps[1]],
  };
}

/** A flow with the sign-up's capacity and id changed. */
export function signupJson(id: string, capacity: number, due?: string): Record<string, unknown> {
  const steps = summerCareJson.steps as Record<string, unknown>[];
  const enrol = { ...steps[0], capacity };
  if (due !== undefined) Object.assign(enrol, { due, overdue: { action: 'goto', step: 'done' } });
  return { ...summerCareJson, id, steps: [enrol, steps[1]] };
}

// The tree: 庐陵新区 → 河东街道 → 崇文社区 / 解放桥社区; 河西街道 → 尚德社区.
export const DISTRICT = ['luling'];
export const HEDONG = ['luling', 'hedong'];
export const CHONGWEN = ['luling', 'hedong', 'chongwen'];
export const JIEFANGQIAO = ['luling', 'hedong', 'jiefangqiao'];
export const HEXI = ['luling', 'hexi'];
export const SHANGDE = ['luling', 'hexi', 'shangde'];

export const people = {
  districtAdmin: { id: 'liu-qu', roles: ['admin'], place: DISTRICT },
  hedongAdmin: { id: 'chen-jie', roles: ['admin'], place: HEDONG },
  chongwenCoordinator: { id: 'wang-zhan', roles: ['coordinator'], place: CHONGWEN },
  jiefangqiaoCoordinator: { id: 'zhou-zhan', roles: ['coordinator'], place: JIEFANGQIAO },
  shangdeCoordinator: { id: 'sun-zhan', roles: ['coordinator'], place: SHANGDE },
  chongwenVolunteer: { id: 'zhang-wei', roles: ['volunteer'], place: CHONGWEN },
  shangdeVolunteer: { id: 'zhao-lei', roles: ['volunteer'], place: SHANGDE },
  chongwenResident: { id: 'li-mei', roles: ['resident'], place: CHONGWEN },
  shangdeResident: { id: 'hu-po', roles: ['resident'], place: SHANGDE },
} satisfies Record<string, Principal>;

export type Person = keyof typeof people;

/** The bearer token of a principal. */
export const tokenOf = (principal: Principal): string => signToken(principal, SECRET);

/** A volunteer of Chongwen with a numbered id, for load tests. */
export const volunteer = (n: number): Principal => ({
  id: `volunteer-${String(n).padStart(5, '0')}`,
  roles: ['volunteer'],
  place: CHONGWEN,
});

/** A server over a store (the memory store by default) with the test secret. */
export function testServer(options: Partial<ServerOptions> = {}): YizhanServer & { store: Store } {
  const store = options.store ?? createMemoryStore();
  const server = createServer({
    authenticate: createTokenAuthenticator(SECRET),
    rateLimit: false,
    ...options,
    store,
  });
  return { ...server, store };
}

/** Options of {@link call}. */
export interface CallOptions {
  readonly as?: Principal | null;
  readonly body?: unknown;
  readonly raw?: string;
  readonly key?: string;
  readonly locale?: string;
  readonly headers?: Record<string, string>;
}

/** The answer of a call: status, parsed JSON body and headers. */
export interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown> & { code?: string; message?: string };
  readonly headers: Headers;
}

/** Calls the server's fetch handler as a principal (anonymous when `as` is null or absent). */
export async function call(
  server: Pick<YizhanServer, 'fetch'>,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.as) headers.authorization = `Bearer ${tokenOf(options.as)}`;
  if (options.key) headers['idempotency-key'] = options.key;
  if (options.locale) headers['accept-language'] = options.locale;
  let body: string | undefined = options.raw;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined && headers['content-type'] === undefined)
    headers['content-type'] = 'application/json';
  const response = await server.fetch(
    new Request(`http://yizhan.test${path}`, { method, headers, body }),
  );
  const text = await response.text();
  return {
    status: response.status,
    body: text === '' ? {} : JSON.parse(text),
    headers: response.headers,
  };
}

/** Publishes a definition as a principal and expects 201. */
export async function publish(
  server: Pick<YizhanServer, 'fetch'>,
  as: Principal,
  definition: Record<string, unknown>,
  owner?: readonly string[],
): Promise<void> {
  const answer = await call(server, 'POST', '/definitions', {
    as,
    body: owner === undefined ? { definition } : { definition, owner },
  });
  if (answer.status !== 201) throw new Error(`publish failed: ${JSON.stringify(answer.body)}`);
}

/** Starts an instance as a principal and returns its id. */
export async function start(
  server: Pick<YizhanServer, 'fetch'>,
  as: Principal | null,
  flowId: string,
): Promise<string> {
  const answer = await call(server, 'POST', '/instances', { as, body: { flowId } });
  if (answer.status !== 201) throw new Error(`start failed: ${JSON.stringify(answer.body)}`);
  return answer.body.id as string;
}
