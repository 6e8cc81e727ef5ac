import { describe, expect, it } from 'vitest';
import {
  call,
  microWishJson,
  people,
  publish,
  start,
  summerCareJson,
  testServer,
  tokenOf,
} from './support';

const wish = {
  wish: '帮忙把自家种的莴笋拿去卖',
  room: '5栋1单元2103',
  phone: '13800138000',
  category: 'elderly',
};

describe('the HTTP API', () => {
  it('publishes, lists and gets definitions', async () => {
    const server = testServer();
    const as = people.chongwenCoordinator;
    await publish(server, as, summerCareJson);
    const second = await call(server, 'POST', '/definitions', {
      as,
      body: { definition: { ...summerCareJson, version: 2 } },
    });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({
      flowId: 'summer-care',
      version: 2,
      owner: ['luling', 'hedong', 'chongwen'],
      publishedBy: 'wang-zhan',
      public: false,
    });
    const again = await call(server, 'POST', '/definitions', {
      as,
      body: { definition: summerCareJson },
      locale: 'en',
    });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({
      code: 'version_exists',
      path: '/version',
      message:
        'The flow "summer-care" has version 2 already. Publish a higher version, for example 3.',
    });
    const list = await call(server, 'GET', '/definitions', { as });
    expect((list.body.definitions as { version: number }[]).map((d) => d.version)).toEqual([1, 2]);
    const latest = await call(server, 'GET', '/definitions/summer-care', { as });
    expect(latest.body).toMatchObject({ version: 2, document: { id: 'summer-care', version: 2 } });
    const first = await call(server, 'GET', '/definitions/summer-care/versions/1', { as });
    expect(first.body).toMatchObject({ version: 1 });
  });

  it('refuses an invalid definition with localized issues', async () => {
    const server = testServer();
    const answer = await call(server, 'POST', '/definitions', {
      as: people.chongwenCoordinator,
      body: { definition: { ...summerCareJson, steps: [] } },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('invalid_definition');
    expect(answer.body.message).toBe('流程定义有误，请按提示修改后再发布。');
    expect(answer.body.issues).toEqual([
      {
        code: 'too_small',
        path: '/steps',
        message: '至少需要 1 项，请补充。',
        params: { minimum: 1, origin: 'array' },
      },
    ]);
  });

  it('runs a micro-wish: start, submit, tasks with form and data, masking, history', async () => {
    const server = testServer();
    await publish(server, people.chongwenCoordinator, microWishJson);
    const resident = people.chongwenResident;
    const id = await start(server, resident, 'micro-wish');
    const mine = await call(server, 'GET', '/tasks', { as: resident });
    expect(
      (mine.body.tasks as { key: string; form: { id: string } }[]).map((t) => [t.key, t.form.id]),
    ).toEqual([['request', 'wish-request']]);
    const bad = await call(server, 'POST', `/instances/${id}/events`, {
      as: resident,
      body: { task: 'request', action: 'submit', data: { ...wish, category: 'space' } },
      locale: 'en',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('invalid_payload');
    expect((bad.body.issues as { path: string }[]).map((i) => i.path)).toEqual(['/category']);
    const sent = await call(server, 'POST', `/instances/${id}/events`, {
      as: resident,
      body: { task: 'request', action: 'submit', data: wish },
    });
    expect(sent.status).toBe(200);
    expect(sent.body.instance).toMatchObject({
      id,
      version: 2,
      status: 'active',
      state: ['review'],
    });

    const coordinatorTasks = await call(server, 'GET', '/tasks', {
      as: people.chongwenCoordinator,
    });
    expect(coordinatorTasks.body.tasks).toMatchObject([
      { key: 'review', data: { phone: '13800138000' } },
    ]);
    // A volunteer of the community who is not involved sees nothing of it.
    const volunteerView = await call(server, 'GET', `/instances/${id}`, {
      as: people.chongwenVolunteer,
    });
    expect(volunteerView.status).toBe(403);
    // The street administrator manages it; personal data is visible to admins by default.
    const street = await call(server, 'GET', `/instances/${id}`, { as: people.hedongAdmin });
    expect(street.body).toMatchObject({ access: 'manage', data: { phone: '13800138000' } });

    const masked = testServer({ store: server.store, access: { piiRoles: ['coordinator'] } });
    const streetMasked = await call(masked, 'GET', `/instances/${id}/history`, {
      as: people.hedongAdmin,
    });
    expect(
      (streetMasked.body.history as { event: string; data: unknown }[]).map((e) => [
        e.event,
        e.data,
      ]),
    ).toEqual([
      ['start', {}],
      ['request.submit', { ...wish, phone: '1**********' }], // a text field keeps its first character,
    ]);
    const own = await call(server, 'GET', `/instances/${id}/history`, { as: resident });
    expect((own.body.history as { data: unknown }[])[1]?.data).toEqual(wish);
  });

  it('fills a sign-up and tells each volunteer where they stand', async () => {
    const server = testServer();
    await publish(server, people.chongwenCoordinator, {
      ...summerCareJson,
      steps: [
        { ...(summerCareJson.steps as object[])[0], capacity: 2 },
        (summerCareJson.steps as object[])[1],
      ],
    });
    const id = await start(server, people.chongwenCoordinator, 'summer-care');
    const answers = [];
    for (const n of [1, 2, 3]) {
      const as = { id: `v${n}`, roles: ['volunteer'], place: people.chongwenVolunteer.place };
      answers.push(
        await call(server, 'POST', `/instances/${id}/events`, {
          as,
          body: { task: 'enrol', action: 'signup' },
        }),
      );
    }
    expect(
      answers.map((a) => [a.status, (a.body.signups as Record<string, unknown>).enrol]),
    ).toEqual([
      [200, { capacity: 2, enrolled: 1, waitlist: 0, you: { list: 'enrolled', position: 1 } }],
      [200, { capacity: 2, enrolled: 2, waitlist: 0, you: { list: 'enrolled', position: 2 } }],
      [200, { capacity: 2, enrolled: 2, waitlist: 1, you: { list: 'waitlisted', position: 1 } }],
    ]);
    const twice = await call(server, 'POST', `/instances/${id}/events`, {
      as: { id: 'v1', roles: ['volunteer'], place: people.chongwenVolunteer.place },
      body: { task: 'enrol', action: 'signup' },
    });
    expect([twice.status, twice.body.code]).toEqual([409, 'already_signed_up']);
  });

  it('answers a retried POST with the first answer and applies it once', async () => {
    const server = testServer();
    await publish(server, people.chongwenCoordinator, summerCareJson);
    const id = await start(server, people.chongwenCoordinator, 'summer-care');
    const as = people.chongwenVolunteer;
    const send = () =>
      call(server, 'POST', `/instances/${id}/events`, {
        as,
        key: 'signup-zhang-wei-0001',
        body: { task: 'enrol', action: 'signup' },
      });
    const [first, second] = await Promise.all([send(), send()]);
    const third = await send();
    expect([first.status, second.status, third.status]).toEqual([200, 200, 200]);
    expect(second.body).toEqual(first.body);
    expect(third.body).toEqual(first.body);
    expect(third.headers.get('idempotent-replayed')).toBe('true');
    const history = await call(server, 'GET', `/instances/${id}/history`, {
      as: people.chongwenCoordinator,
    });
    expect((history.body.history as { event: string }[]).map((e) => e.event)).toEqual([
      'start',
      'enrol.signup',
    ]);
    const reused = await call(server, 'POST', `/instances/${id}/events`, {
      as,
      key: 'signup-zhang-wei-0001',
      body: { task: 'enrol', action: 'cancel' },
      locale: 'en',
    });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
  });

  it('keeps drafts under a resume token', async () => {
    const server = testServer();
    await publish(server, people.chongwenCoordinator, microWishJson);
    const as = people.chongwenResident;
    const saved = await call(server, 'POST', '/drafts', {
      as,
      body: { flowId: 'micro-wish', task: 'request', data: { wish: '修水管' } },
    });
    expect(saved.status).toBe(201);
    const token = saved.body.token as string;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const updated = await call(server, 'PUT', `/drafts/${token}`, {
      body: { data: { wish: '修水管', room: '3栋' }, revision: 1 },
    });
    expect(updated.body).toMatchObject({ revision: 2, data: { wish: '修水管', room: '3栋' } });
    const stale = await call(server, 'PUT', `/drafts/${token}`, {
      body: { data: {}, revision: 1 },
    });
    expect(stale.status).toBe(409);
    const resumed = await call(server, 'GET', `/drafts/${token}`);
    expect(resumed.body).toMatchObject({
      flowId: 'micro-wish',
      task: 'request',
      revision: 2,
      data: { room: '3栋' },
    });
    expect((await call(server, 'GET', '/drafts/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(
      404,
    );
  });

  it('serves its OpenAPI description and localizes errors by Accept-Language', async () => {
    const server = testServer();
    const doc = await call(server, 'GET', '/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths as object)).toContain('/instances/{id}/events');
    const zh = await call(server, 'GET', '/nowhere');
    expect(zh.body).toEqual({
      code: 'unknown_route',
      path: '',
      message: '没有这个接口：GET /nowhere。接口列表见 /openapi.json。',
    });
    const en = await call(server, 'GET', '/tasks', { locale: 'en-GB,en;q=0.9' });
    expect(en.status).toBe(401);
    expect(en.body).toEqual({
      code: 'sign_in_required',
      path: '',
      message: 'Sign in first: anonymous callers may not do this.',
    });
    const forged = await call(server, 'GET', '/tasks', {
      headers: { authorization: 'Bearer abc.def' },
    });
    expect([forged.status, forged.body.code]).toEqual([401, 'invalid_token']);
  });

  it('streams instance changes as server-sent events', async () => {
    const server = testServer({ ssePollMs: 60_000 });
    await publish(server, people.chongwenCoordinator, summerCareJson);
    const id = await start(server, people.chongwenCoordinator, 'summer-care');
    const response = await server.fetch(
      new Request(`http://yizhan.test/instances/${id}/events`, {
        headers: { authorization: `Bearer ${tokenOf(people.chongwenVolunteer)}` },
      }),
    );
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const nextEvent = async (): Promise<{ id: string; data: Record<string, unknown> }> => {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const field = (name: string) =>
            block
              .split('\n')
              .find((line) => line.startsWith(`${name}:`))
              ?.slice(name.length + 1)
              .trim() ?? '';
          return { id: field('id'), data: JSON.parse(field('data')) };
        }
        const { value } = await reader.read();
        buffer += decoder.decode(value, { stream: true });
      }
    };
    const first = await nextEvent();
    expect([first.id, first.data.version, first.data.signups]).toEqual([
      '1',
      1,
      { enrol: { capacity: 50, enrolled: 0, waitlist: 0, you: null } },
    ]);
    // The hub wakes the stream at once; the poll interval (a minute here) is for other servers.
    await call(server, 'POST', `/instances/${id}/events`, {
      as: people.chongwenVolunteer,
      body: { task: 'enrol', action: 'signup' },
    });
    const second = await nextEvent();
    expect([second.id, second.data.signups]).toEqual([
      '2',
      { enrol: { capacity: 50, enrolled: 1, waitlist: 0, you: { list: 'enrolled', position: 1 } } },
    ]);
    await reader.cancel();
  });
});
