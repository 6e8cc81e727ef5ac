import { describe, expect, it } from 'vitest';
import { type Actor, createMemoryStore, createRuntime, parseFlow } from '../../src/flow';
import {
  coordinator,
  DAY,
  HOUR,
  microWishJson,
  resident,
  testClock,
  volunteer,
} from './micro-wish';

function runtimeOf(steps: object[], hooks = {}) {
  const parsed = parseFlow({ ...microWishJson, steps });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const clock = testClock();
  const store = createMemoryStore();
  const runtime = createRuntime({
    store,
    definitions: [parsed.value],
    clock: clock.now,
    hooks,
    createId: () => 'i1',
  });
  return { runtime, store, clock };
}

describe('built-in steps', () => {
  it('match in auto mode takes the host candidates, and falls back to the coordinator', async () => {
    const steps = [
      {
        id: 'match',
        type: 'match',
        mode: 'auto',
        max: 2,
        assign: { roles: ['coordinator'] },
        next: 'done',
      },
      { id: 'done', type: 'end' },
    ];
    const found = runtimeOf(steps, {
      candidates: async () => ['zhang-wei', 'zhao-lei', 'qian-li'],
    });
    const started = await found.runtime.start('micro-wish', { actor: resident });
    expect(started.instance).toMatchObject({
      status: 'done',
      context: { volunteers: ['zhang-wei', 'zhao-lei'] },
    });
    const none = runtimeOf(steps, { candidates: async () => [] });
    const waiting = await none.runtime.start('micro-wish', { actor: resident });
    expect(waiting.instance.state).toEqual(['match.choosing']);
    expect((await none.runtime.tasksFor(coordinator)).map((task) => task.key)).toEqual(['match']);
  });

  it('wait sleeps on a durable timer and wakes once when it is due', async () => {
    const { runtime, clock, store } = runtimeOf([
      { id: 'cool-off', type: 'wait', for: 'PT2H', next: 'done' },
      { id: 'done', type: 'end' },
    ]);
    await runtime.start('micro-wish', { actor: resident });
    expect(await store.timersOf('i1')).toMatchObject([
      { key: 'cool-off.wait', dueAt: '2026-12-01T10:00:00.000Z' },
    ]);
    clock.advance(HOUR);
    expect((await runtime.fireDueTimers()).fired).toEqual([]);
    clock.advance(DAY);
    expect((await runtime.fireDueTimers()).fired).toEqual(['i1 cool-off.wait']);
    expect(await runtime.instance('i1')).toMatchObject({ status: 'done' });
  });

  it('evaluate with a volunteer part waits for both forms', async () => {
    const { runtime } = runtimeOf([
      {
        id: 'request',
        type: 'form',
        form: 'wish-request',
        assign: { assignee: 'startedBy' },
        next: 'evaluate',
      },
      {
        id: 'evaluate',
        type: 'evaluate',
        form: 'wish-rating',
        assign: { assignee: 'startedBy' },
        volunteer: {
          form: 'wish-rating',
          assign: { roles: ['volunteer'] },
          due: 'P1D',
          overdue: { action: 'reassign', to: { roles: ['coordinator'] } },
        },
        next: 'done',
      },
      { id: 'done', type: 'end' },
    ]);
    await runtime.start('micro-wish', { actor: resident });
    await runtime.send(
      'i1',
      {
        task: 'request',
        action: 'submit',
        data: { wish: '买药', room: '3栋', phone: '13800138000', category: 'elderly' },
      },
      resident,
    );
    const tasks = async (actor: Actor) => (await runtime.tasksFor(actor)).map((task) => task.key);
    expect(await tasks(resident)).toEqual(['evaluate']);
    expect(await tasks(volunteer)).toEqual(['evaluate.volunteer']);
    const half = await runtime.send(
      'i1',
      { task: 'evaluate', action: 'submit', data: { stars: 4 } },
      resident,
    );
    expect(half).toMatchObject({ ok: true, instance: { status: 'active' } });
    const done = await runtime.send(
      'i1',
      { task: 'evaluate.volunteer', action: 'submit', data: { stars: 5 } },
      volunteer,
    );
    expect(done).toMatchObject({ ok: true, instance: { status: 'done' } });
  });
});
