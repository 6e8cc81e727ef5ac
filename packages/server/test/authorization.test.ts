// Every role × every route × own and other organisation: the status each caller gets on
// resources of 崇文社区 (Chongwen), which lies under 河东街道 (Hedong) in 庐陵新区 (Luling).

import { describe, expect, it } from 'vitest';
import type { Principal } from '../src/index';
import {
  CHONGWEN,
  call,
  microWishJson,
  type Person,
  people,
  publicSignupJson,
  publish,
  start,
  summerCareJson,
  testServer,
} from './support';

type Caller = Person | 'anonymous';

const callers: Caller[] = [
  'districtAdmin',
  'hedongAdmin',
  'chongwenCoordinator',
  'jiefangqiaoCoordinator',
  'shangdeCoordinator',
  'chongwenVolunteer',
  'shangdeVolunteer',
  'chongwenResident',
  'shangdeResident',
  'anonymous',
];

const principal = (caller: Caller): Principal | null =>
  caller === 'anonymous' ? null : people[caller];

/** A fresh server with Chongwen's sign-up and micro-wish flows and one instance of each. */
async function world() {
  const server = testServer();
  await publish(server, people.chongwenCoordinator, summerCareJson);
  await publish(server, people.chongwenCoordinator, microWishJson);
  const signup = await start(server, people.chongwenCoordinator, 'summer-care');
  const wish = await start(server, people.chongwenResident, 'micro-wish');
  return { server, signup, wish };
}

type Route = (
  w: Awaited<ReturnType<typeof world>>,
  as: Principal | null,
) => Promise<number | string>;

const status = (answer: { status: number }) => answer.status;

const routes: Record<string, Route> = {
  'GET /definitions/:id': async ({ server }, as) =>
    status(await call(server, 'GET', '/definitions/summer-care', { as })),
  'GET /definitions (listed)': async ({ server }, as) => {
    const answer = await call(server, 'GET', '/definitions', { as });
    return (answer.body.definitions as { flowId: string }[]).some((d) => d.flowId === 'summer-care')
      ? 'listed'
      : 'absent';
  },
  'POST /definitions': async ({ server }, as) =>
    status(
      await call(server, 'POST', '/definitions', {
        as,
        body: { definition: { ...summerCareJson, version: 2 }, owner: CHONGWEN },
      }),
    ),
  'POST /instances (sign-up)': async ({ server }, as) =>
    status(await call(server, 'POST', '/instances', { as, body: { flowId: 'summer-care' } })),
  'POST /instances (micro-wish)': async ({ server }, as) =>
    status(await call(server, 'POST', '/instances', { as, body: { flowId: 'micro-wish' } })),
  'GET /instances (listed)': async ({ server, signup }, as) => {
    const answer = await call(server, 'GET', '/instances', { as });
    if (answer.status !== 200) return answer.status;
    return (answer.body.instances as { id: string }[]).some((i) => i.id === signup)
      ? 'listed'
      : 'absent';
  },
  'GET /instances/:id': async ({ server, signup }, as) =>
    status(await call(server, 'GET', `/instances/${signup}`, { as })),
  'GET /instances/:id (wish)': async ({ server, wish }, as) =>
    status(await call(server, 'GET', `/instances/${wish}`, { as })),
  'GET /instances/:id/tasks': async ({ server, signup }, as) =>
    status(await call(server, 'GET', `/instances/${signup}/tasks`, { as })),
  'GET /instances/:id/history': async ({ server, signup }, as) =>
    status(await call(server, 'GET', `/instances/${signup}/history`, { as })),
  'GET /instances/:id/history (wish)': async ({ server, wish }, as) =>
    status(await call(server, 'GET', `/instances/${wish}/history`, { as })),
  'POST /instances/:id/events (sign up)': async ({ server, signup }, as) =>
    status(
      await call(server, 'POST', `/instances/${signup}/events`, {
        as,
        body: { task: 'enrol', action: 'signup' },
      }),
    ),
  'POST /instances/:id/events (close)': async ({ server, signup }, as) =>
    status(
      await call(server, 'POST', `/instances/${signup}/events`, {
        as,
        body: { task: 'enrol.coordinate', action: 'close' },
      }),
    ),
  'POST /instances/:id/events (submit wish)': async ({ server, wish }, as) =>
    status(
      await call(server, 'POST', `/instances/${wish}/events`, {
        as,
        body: {
          task: 'request',
          action: 'submit',
          data: { wish: '修水管', room: '3栋', phone: '13800138000', category: 'convenience' },
        },
      }),
    ),
  'GET /instances/:id/jobs': async ({ server, signup }, as) =>
    status(await call(server, 'GET', `/instances/${signup}/jobs`, { as })),
  'POST /instances/:id/jobs/:key/retry (unknown job)': async ({ server, signup }, as) =>
    status(
      await call(server, 'POST', `/instances/${signup}/jobs/enrol.nothing/retry`, { as, body: {} }),
    ),
  'GET /instances/:id/events (stream)': async ({ server, signup }, as) => {
    const headers: Record<string, string> = {};
    if (as) headers.authorization = `Bearer ${(await import('./support')).tokenOf(as)}`;
    const response = await server.fetch(
      new Request(`http://yizhan.test/instances/${signup}/events`, { headers }),
    );
    await response.body?.cancel();
    return response.status;
  },
  'GET /tasks (listed)': async ({ server, signup }, as) => {
    const answer = await call(server, 'GET', '/tasks', { as });
    if (answer.status !== 200) return answer.status;
    const keys = (answer.body.tasks as { instanceId: string; key: string }[])
      .filter((t) => t.instanceId === signup)
      .map((t) => t.key);
    return keys.length === 0 ? 'absent' : keys.join('+');
  },
  'POST /drafts': async ({ server }, as) =>
    status(
      await call(server, 'POST', '/drafts', {
        as,
        body: { flowId: 'micro-wish', data: { wish: '修水管' } },
      }),
    ),
};

// Columns follow `callers`: district, Hedong street, Chongwen coordinator, Jiefangqiao
// coordinator (same street), Shangde coordinator (other street), Chongwen volunteer, Shangde
// volunteer, Chongwen resident, Shangde resident, anonymous.
const expected: Record<string, (number | string)[]> = {
  'GET /definitions/:id': [200, 200, 200, 403, 403, 200, 403, 200, 403, 401],
  'GET /definitions (listed)': [
    'listed',
    'listed',
    'listed',
    'absent',
    'absent',
    'listed',
    'absent',
    'listed',
    'absent',
    'absent',
  ],
  'POST /definitions': [201, 201, 201, 403, 403, 403, 403, 403, 403, 401],
  'POST /instances (sign-up)': [201, 201, 201, 403, 403, 403, 403, 403, 403, 401],
  'POST /instances (micro-wish)': [201, 201, 201, 403, 403, 201, 403, 201, 403, 401],
  'GET /instances (listed)': [
    'listed',
    'listed',
    'listed',
    'absent',
    'absent',
    'absent',
    'absent',
    'absent',
    'absent',
    401,
  ],
  'GET /instances/:id': [200, 200, 200, 403, 403, 200, 403, 403, 403, 401],
  'GET /instances/:id (wish)': [200, 200, 200, 403, 403, 403, 403, 200, 403, 401],
  'GET /instances/:id/tasks': [200, 200, 200, 403, 403, 200, 403, 403, 403, 401],
  'GET /instances/:id/history': [200, 200, 200, 403, 403, 403, 403, 403, 403, 401],
  'GET /instances/:id/history (wish)': [200, 200, 200, 403, 403, 403, 403, 200, 403, 401],
  'POST /instances/:id/events (sign up)': [403, 403, 403, 403, 403, 200, 403, 403, 403, 401],
  'POST /instances/:id/events (close)': [403, 403, 200, 403, 403, 403, 403, 403, 403, 401],
  'POST /instances/:id/events (submit wish)': [403, 403, 403, 403, 403, 403, 403, 200, 403, 401],
  'GET /instances/:id/jobs': [200, 200, 200, 403, 403, 403, 403, 403, 403, 401],
  'POST /instances/:id/jobs/:key/retry (unknown job)': [
    404, 404, 404, 403, 403, 403, 403, 403, 403, 401,
  ],
  'GET /instances/:id/events (stream)': [200, 200, 200, 403, 403, 200, 403, 403, 403, 401],
  'GET /tasks (listed)': [
    'absent',
    'absent',
    'enrol.coordinate',
    'absent',
    'absent',
    'enrol',
    'absent',
    'absent',
    'absent',
    401,
  ],
  'POST /drafts': [201, 201, 201, 403, 403, 201, 403, 201, 403, 401],
};

describe('authorization matrix', () => {
  it('covers every route of the API', async () => {
    const { server } = await world();
    const doc = await call(server, 'GET', '/openapi.json');
    const documented = Object.entries(doc.body.paths as Record<string, object>)
      .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`))
      .filter(
        (route) =>
          ![
            'GET /health',
            'GET /openapi.json',
            'GET /drafts/{token}',
            'PUT /drafts/{token}',
          ].includes(route),
      )
      .sort();
    const tested = [
      ...new Set(
        Object.keys(routes).map((name) =>
          name
            .replace(/ \(.*\)$/, '')
            .replace(':id', '{id}')
            .replace(':key', '{key}')
            .replace('/definitions/{id}', '/definitions/{flowId}'),
        ),
      ),
    ].sort();
    // Versions of a definition are checked like the latest; drafts by token are capabilities.
    expect(
      documented.filter((route) => route !== 'GET /definitions/{flowId}/versions/{version}'),
    ).toEqual(tested);
  });

  for (const [route, run] of Object.entries(routes)) {
    it(route, async () => {
      const got: (number | string)[] = [];
      for (const caller of callers) got.push(await run(await world(), principal(caller)));
      expect(Object.fromEntries(callers.map((caller, index) => [caller, got[index]]))).toEqual(
        Object.fromEntries(callers.map((caller, index) => [caller, expected[route]?.[index]])),
      );
    });
  }

  it('lets anonymous callers act only where a definition allows it (a public sign-up)', async () => {
    const server = testServer();
    await publish(server, people.chongwenCoordinator, publicSignupJson('open-day', 1));
    const id = await start(server, people.chongwenCoordinator, 'open-day');
    const seen = await call(server, 'GET', `/instances/${id}`);
    expect([seen.status, seen.body.access, seen.body.context]).toEqual([
      200,
      'participant',
      undefined,
    ]);
    const tasks = await call(server, 'GET', `/instances/${id}/tasks`);
    expect((tasks.body.tasks as { key: string }[]).map((t) => t.key)).toEqual(['enrol']);
    const first = await call(server, 'POST', `/instances/${id}/events`, {
      body: { task: 'enrol', action: 'signup' },
    });
    const second = await call(server, 'POST', `/instances/${id}/events`, {
      body: { task: 'enrol', action: 'signup' },
    });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect((second.body.signups as { enrol: unknown }).enrol).toEqual({
      capacity: 1,
      enrolled: 1,
      waitlist: 1,
      you: { list: 'waitlisted', position: 1 },
    });
    expect((await call(server, 'GET', `/instances/${id}/history`)).status).toBe(401);
    expect(
      (
        await call(server, 'POST', `/instances/${id}/events`, {
          body: { task: 'enrol.coordinate', action: 'close' },
        })
      ).status,
    ).toBe(401);
    expect(
      (await call(server, 'POST', '/instances', { body: { flowId: 'open-day' } })).status,
    ).toBe(401);
    const listed = await call(server, 'GET', '/definitions');
    expect((listed.body.definitions as { flowId: string }[]).map((d) => d.flowId)).toEqual([
      'open-day',
    ]);
  });

  it('rate-limits anonymous callers per client, not signed-in ones', async () => {
    const server = testServer({
      rateLimit: { burst: 3, perSecond: 0.001 },
      clientKey: (request) => request.headers.get('x-client') ?? '',
    });
    const anonymous = async (client: string) =>
      await call(server, 'GET', '/definitions', { headers: { 'x-client': client }, locale: 'en' });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await anonymous('a')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await anonymous('a');
    expect(limited.body.code).toBe('rate_limited');
    expect(limited.headers.get('retry-after')).not.toBeNull();
    expect((await anonymous('b')).status).toBe(200);
    for (let i = 0; i < 5; i += 1)
      expect(
        (
          await call(server, 'GET', '/definitions', {
            as: people.chongwenVolunteer,
            headers: { 'x-client': 'a' },
          })
        ).status,
      ).toBe(200);
  });
});
