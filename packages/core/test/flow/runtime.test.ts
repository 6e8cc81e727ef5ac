import { describe, expect, it } from 'vitest';
import type { Accepted, Refusal } from '../../src/flow';
import { createMemoryStore } from '../../src/store/memory-store';
import {
  coordinator,
  DAY,
  HOUR,
  microWish,
  otherVolunteer,
  resident,
  runtimeFor,
  testClock,
  volunteer,
  wish,
} from './micro-wish';

const accepted = (result: Accepted | Refusal): Accepted => {
  if (!result.ok) throw new Error(`refused: ${result.code} ${result.message}`);
  return result;
};

async function throughServe() {
  const env = runtimeFor();
  const { runtime, clock } = env;
  const { instance } = await runtime.start('micro-wish', { actor: resident });
  const id = instance.id;
  accepted(await runtime.send(id, { task: 'request', action: 'submit', data: wish }, resident));
  accepted(await runtime.send(id, { task: 'review', action: 'approve' }, coordinator));
  accepted(
    await runtime.send(
      id,
      { task: 'match', action: 'match', data: { volunteerIds: [volunteer.id] } },
      coordinator,
    ),
  );
  accepted(await runtime.send(id, { task: 'serve', action: 'accept' }, volunteer));
  clock.advance(HOUR);
  accepted(await runtime.send(id, { task: 'serve', action: 'checkIn' }, volunteer));
  clock.advance(2.5 * HOUR);
  accepted(await runtime.send(id, { task: 'serve', action: 'checkOut' }, volunteer));
  return { ...env, id };
}

describe('createRuntime: the micro-wish flow', () => {
  it('runs request → review → match → serve → evaluate to the end, recording hours', async () => {
    const { runtime, store, id } = await throughServe();
    const done = accepted(
      await runtime.send(id, { task: 'evaluate', action: 'submit', data: { stars: 5 } }, resident),
    );
    expect(done.instance.status).toBe('done');
    expect(done.instance.state).toEqual(['done']);
    expect(done.instance.context.hours).toBe(2.5);
    expect(done.instance.context.volunteers).toEqual(['zhang-wei']);
    expect(done.instance.context.data).toEqual({ ...wish, stars: 5 });
    const history = await runtime.history(id);
    expect(
      history.map((entry) => `${entry.seq} ${entry.actor.id} ${entry.event} ${entry.state.join()}`),
    ).toMatchInlineSnapshot(`
        [
          "1 li-mei start request",
          "2 li-mei request.submit review",
          "3 wang-zhan review.approve match.choosing",
          "4 wang-zhan match.match serve.assigned",
          "5 zhang-wei serve.accept serve.accepted",
          "6 zhang-wei serve.checkIn serve.serving",
          "7 zhang-wei serve.checkOut evaluate",
          "8 li-mei evaluate.submit done",
        ]
      `);
    // Personal data stays in history; masking happens at the edges.
    expect(history[1]?.data).toEqual(wish);
    expect(await store.tasksOf(id)).toEqual([]);
    expect(await store.timersOf(id)).toEqual([]);
    // Four or more stars: the notify step wrote a thank-you for the volunteer.
    expect(await store.pendingOutbox(10)).toEqual([
      {
        id: `${id}/8/0`,
        instanceId: id,
        seq: 8,
        index: 0,
        at: '2026-12-01T11:30:00.000Z',
        step: 'praise',
        channel: 'default',
        to: { assignees: ['zhang-wei'], roles: [] },
        message: {
          'zh-CN': '居民给了您好评，谢谢您的服务！',
          en: 'The resident rated your service highly. Thank you!',
        },
      },
    ]);
  });

  it('lists each actor the tasks they may act on, with form, data and due time in one call', async () => {
    const { runtime } = runtimeFor();
    const { instance } = await runtime.start('micro-wish', { actor: resident });
    accepted(
      await runtime.send(instance.id, { task: 'request', action: 'submit', data: wish }, resident),
    );
    expect(await runtime.tasksFor(resident)).toEqual([]);
    const [task, ...rest] = await runtime.tasksFor(coordinator);
    expect(rest).toEqual([]);
    expect(task).toMatchObject({
      instanceId: instance.id,
      instanceVersion: 2,
      key: 'review',
      actions: ['approve', 'reject', 'return'],
      form: null,
      data: wish,
      since: '2026-12-01T08:00:00.000Z',
      dueAt: '2026-12-03T08:00:00.000Z',
      title: { 'zh-CN': '站长审核', en: 'Coordinator review' },
    });
    const [request] = await runtimeFor()
      .runtime.start('micro-wish', { actor: resident })
      .then(async ({ instance: other }) => [other]);
    expect(request?.state).toEqual(['request']);
  });

  it('refuses actions as data with localized messages', async () => {
    const { runtime } = runtimeFor();
    const { instance } = await runtime.start('micro-wish', { actor: resident });
    const id = instance.id;
    const refusal = async (...args: Parameters<typeof runtime.send>) => {
      const result = await runtime.send(...args);
      if (result.ok) throw new Error('accepted');
      return result;
    };
    expect(
      await refusal(id, { task: 'request', action: 'submit', data: wish }, volunteer, {
        locale: 'en',
      }),
    ).toMatchObject({
      code: 'not_allowed',
      message:
        'You may not act on the task "request". It needs one of these roles: (named people only).',
    });
    const invalid = await refusal(
      id,
      { task: 'request', action: 'submit', data: { wish: '买菜' } },
      resident,
      {
        locale: 'en',
      },
    );
    expect(invalid.code).toBe('invalid_payload');
    expect(invalid.issues.map((issue) => `${issue.code} ${issue.path}`)).toEqual([
      'required /room',
      'required /phone',
      'required /category',
    ]);
    expect(
      (await refusal(id, { task: 'review', action: 'approve' }, coordinator, { locale: 'en' }))
        .message,
    ).toBe('The task "review" is not open. Open tasks: "request". Refresh.');
    expect((await refusal(id, { task: 'request', action: 'approve' }, resident)).message).toBe(
      '任务 "request" 不支持操作 "approve"，请使用以下之一："submit"。',
    );
    accepted(await runtime.send(id, { task: 'request', action: 'submit', data: wish }, resident));
    expect(
      (await refusal(id, { task: 'review', action: 'reject' }, coordinator, { locale: 'en' }))
        .message,
    ).toBe('A comment is required to reject. Say why.');
    expect(
      await refusal(id, { task: 'review', action: 'approve', expectedVersion: 1 }, coordinator),
    ).toMatchObject({ code: 'stale_version', params: { expected: 1, current: 2 } });
    expect(await refusal('nope', { task: 'x', action: 'y' }, coordinator)).toMatchObject({
      code: 'unknown_instance',
    });
  });

  it('returns a request with a comment, and the resident submits it again', async () => {
    const { runtime } = runtimeFor();
    const { instance } = await runtime.start('micro-wish', { actor: resident });
    const id = instance.id;
    accepted(await runtime.send(id, { task: 'request', action: 'submit', data: wish }, resident));
    const back = accepted(
      await runtime.send(
        id,
        { task: 'review', action: 'return', comment: '请写明方便的时间' },
        coordinator,
      ),
    );
    expect(back.instance.state).toEqual(['request']);
    expect(back.instance.context.steps.review).toMatchObject({
      decision: 'returned',
      comment: '请写明方便的时间',
    });
    const history = await runtime.history(id);
    expect(history.at(-1)).toMatchObject({ event: 'review.return', comment: '请写明方便的时间' });
    const rejected = await runtime.send(
      id,
      { task: 'request', action: 'submit', data: wish },
      resident,
    );
    expect(rejected.ok).toBe(true);
  });

  it('refuses a volunteer who was not matched, and accepts the matched one', async () => {
    const { runtime } = runtimeFor();
    const { instance } = await runtime.start('micro-wish', { actor: resident });
    const id = instance.id;
    accepted(await runtime.send(id, { task: 'request', action: 'submit', data: wish }, resident));
    accepted(await runtime.send(id, { task: 'review', action: 'approve' }, coordinator));
    const none = await runtime.send(
      id,
      { task: 'match', action: 'match', data: { volunteerIds: [] } },
      coordinator,
      {
        locale: 'en',
      },
    );
    expect(none).toMatchObject({ ok: false, code: 'invalid_payload' });
    expect((none as Refusal).issues.map((issue) => issue.message)).toEqual([
      'At least 1 item(s) are needed. Add more.',
    ]);
    accepted(
      await runtime.send(
        id,
        { task: 'match', action: 'match', data: { volunteerIds: [volunteer.id] } },
        coordinator,
      ),
    );
    expect(
      await runtime.send(id, { task: 'serve', action: 'accept' }, otherVolunteer),
    ).toMatchObject({
      ok: false,
      code: 'not_allowed',
    });
    expect((await runtime.tasksFor(volunteer)).map((task) => task.actions)).toEqual([
      ['accept', 'decline'],
    ]);
    const declined = accepted(
      await runtime.send(id, { task: 'serve', action: 'decline' }, volunteer),
    );
    expect(declined.instance.state).toEqual(['match.choosing']);
  });
});

describe('createRuntime: durable timers', () => {
  it('fires an overdue deadline once after a restart, and never again', async () => {
    const store = createMemoryStore();
    const clock = testClock();
    const first = runtimeFor(store, clock).runtime;
    const { instance } = await first.start('micro-wish', { actor: resident });
    accepted(
      await first.send(instance.id, { task: 'request', action: 'submit', data: wish }, resident),
    );
    expect(await store.timersOf(instance.id)).toEqual([
      {
        instanceId: instance.id,
        key: 'review.due',
        kind: 'deadline',
        event: 'review.overdue',
        dueAt: '2026-12-03T08:00:00.000Z',
      },
    ]);
    expect((await first.fireDueTimers()).fired).toEqual([]);
    // The process stops; three days later a new one starts over the same store.
    clock.advance(3 * DAY);
    const second = runtimeFor(store, clock).runtime;
    const report = await second.fireDueTimers();
    expect(report).toEqual({ fired: [`${instance.id} review.due`], skipped: 0, failed: [] });
    expect(await second.fireDueTimers()).toEqual({ fired: [], skipped: 0, failed: [] });
    expect(await store.pendingOutbox(10)).toMatchObject([
      {
        step: 'review',
        to: { roles: ['coordinator'], assignees: [] },
        message: { en: 'A micro-wish has waited two days for review.' },
      },
    ]);
    const history = await second.history(instance.id);
    expect(history.at(-1)).toMatchObject({
      actor: { id: 'system' },
      event: 'review.overdue',
      state: ['review'],
    });
    // The task is still open (the action was notify) and its timer is gone.
    expect((await store.tasksOf(instance.id)).map((task) => task.key)).toEqual(['review']);
    expect(await store.timersOf(instance.id)).toEqual([]);
  });

  it('moves an overdue match to its goto step, even when two schedulers race', async () => {
    const store = createMemoryStore();
    const clock = testClock();
    const { runtime } = runtimeFor(store, clock);
    const { instance } = await runtime.start('micro-wish', { actor: resident });
    accepted(
      await runtime.send(instance.id, { task: 'request', action: 'submit', data: wish }, resident),
    );
    accepted(await runtime.send(instance.id, { task: 'review', action: 'approve' }, coordinator));
    clock.advance(4 * DAY);
    const other = runtimeFor(store, clock).runtime;
    const [a, b] = await Promise.all([runtime.fireDueTimers(), other.fireDueTimers()]);
    expect([...a.fired, ...b.fired]).toEqual([`${instance.id} match.due`]);
    expect(a.skipped + b.skipped).toBe(1);
    const view = await runtime.instance(instance.id);
    expect(view).toMatchObject({ status: 'done', state: ['expired'] });
    expect(
      (await runtime.history(instance.id)).filter((entry) => entry.event === 'match.overdue'),
    ).toHaveLength(1);
  });
});

describe('createRuntime: versions', () => {
  const v2 = () => {
    const flow = microWish();
    return {
      ...flow,
      version: 2,
      steps: flow.steps
        .map((step) => (step.id === 'review' ? { ...step, id: 'audit' } : step))
        .map((step) =>
          'next' in step && step.next === 'review' ? { ...step, next: 'audit' } : step,
        ),
    };
  };

  it('keeps an instance on its version and migrates it only when every active step has a target', async () => {
    const clock = testClock();
    const { runtime } = runtimeFor(createMemoryStore(), clock, [microWish(), v2()]);
    const { instance } = await runtime.start('micro-wish', { actor: resident, version: 1 });
    accepted(
      await runtime.send(instance.id, { task: 'request', action: 'submit', data: wish }, resident),
    );
    expect((await runtime.instance(instance.id))?.flowVersion).toBe(1);
    const refused = await runtime.migrate(instance.id, 2, {}, { locale: 'en' });
    expect(refused).toMatchObject({
      ok: false,
      code: 'migration_unmapped',
      message:
        'Migrating to version 2: the step "review" has no target. Say in stateMap where "review" goes.',
    });
    expect(await runtime.migrate(instance.id, 2, { review: 'nowhere' })).toMatchObject({
      code: 'migration_unknown_step',
    });
    const moved = accepted(await runtime.migrate(instance.id, 2, { review: 'audit' }));
    expect(moved.instance).toMatchObject({ flowVersion: 2, state: ['audit'] });
    expect((await runtime.tasksFor(coordinator)).map((task) => task.key)).toEqual(['audit']);
    accepted(await runtime.send(instance.id, { task: 'audit', action: 'approve' }, coordinator));
    expect((await runtime.history(instance.id)).map((entry) => entry.event)).toEqual([
      'start',
      'request.submit',
      'migrate',
      'audit.approve',
    ]);
  });
});
