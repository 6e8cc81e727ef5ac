import { describe, expect, it } from 'vitest';
import { type Actor, createRuntime, parseFlow } from '../../src/flow';
import { createMemoryStore } from '../../src/store/memory-store';
import { coordinator, testClock } from './micro-wish';

/** 暑期公益托管班: a holiday child-care class with 3 places and a waitlist of 2. */
const childCare = {
  schemaVersion: 1,
  id: 'holiday-care',
  version: 1,
  title: { 'zh-CN': '暑期公益托管班志愿者招募', en: 'Holiday child-care class volunteers' },
  roles: [
    { id: 'volunteer', title: '志愿者' },
    { id: 'coordinator', title: '站长' },
  ],
  steps: [
    {
      id: 'enrol',
      type: 'signup',
      capacity: 3,
      waitlist: 2,
      assign: { roles: ['volunteer'] },
      closeBy: { roles: ['coordinator'] },
      next: 'done',
    },
    { id: 'done', type: 'end' },
  ],
};

const volunteers: Actor[] = Array.from({ length: 10 }, (_, index) => ({
  id: `v${index + 1}`,
  roles: ['volunteer'],
}));

async function setUp() {
  const parsed = parseFlow(childCare);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const store = createMemoryStore();
  const runtime = createRuntime({
    store,
    definitions: [parsed.value],
    clock: testClock().now,
    createId: () => 'care-1',
  });
  await runtime.start('holiday-care', { actor: coordinator });
  return { runtime, store };
}

describe('concurrent sends to one instance', () => {
  it('applies each send or refuses it as stale, and history has no gaps or duplicates', async () => {
    const { runtime, store } = await setUp();
    let applied = 0;
    for (let round = 0; round < 6; round += 1) {
      // Every volunteer tries every round; refusals say why.
      const pending = volunteers;
      const results = await Promise.all(
        pending.map((actor) => runtime.send('care-1', { task: 'enrol', action: 'signup' }, actor)),
      );
      for (const result of results) {
        if (result.ok) applied += 1;
        else expect(['stale_version', 'already_signed_up', 'signup_full']).toContain(result.code);
      }
      expect(results.filter((result) => result.ok)).toHaveLength(results.some((r) => r.ok) ? 1 : 0);
    }
    const history = await store.history('care-1');
    expect(history.map((entry) => entry.seq)).toEqual(history.map((_, index) => index + 1));
    expect(history).toHaveLength(1 + applied);
    expect(applied).toBe(5);
    const instance = await runtime.instance('care-1');
    const record = instance?.context.steps.enrol as unknown as {
      enrolled: string[];
      waitlist: string[];
    };
    expect(record.enrolled).toHaveLength(3);
    expect(record.waitlist).toHaveLength(2);
    expect(new Set([...record.enrolled, ...record.waitlist]).size).toBe(5);
  });

  it('continues one history sequence when two runtimes over one store take turns', async () => {
    const { runtime: first, store } = await setUp();
    const parsed = parseFlow(childCare);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const second = createRuntime({ store, definitions: [parsed.value], clock: testClock().now });
    // Each runtime remembers what it committed itself; the other's commits it reads back.
    for (const [index, actor] of volunteers.slice(0, 4).entries()) {
      const runtime = index % 2 === 0 ? second : first;
      const result = await runtime.send('care-1', { task: 'enrol', action: 'signup' }, actor);
      expect(result.ok).toBe(true);
    }
    const history = await store.history('care-1');
    expect(history.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5]);
    expect((await store.getInstance('care-1'))?.snapshot.seq).toBe(5);
  });

  it('promotes the first on the waitlist when an enrolled volunteer cancels', async () => {
    const { runtime } = await setUp();
    for (const actor of volunteers.slice(0, 6)) {
      const result = await runtime.send('care-1', { task: 'enrol', action: 'signup' }, actor, {
        locale: 'en',
      });
      if (actor.id === 'v6')
        expect(result).toMatchObject({
          ok: false,
          code: 'signup_full',
          message: 'All 3 places and the waitlist are taken.',
        });
      else expect(result.ok).toBe(true);
    }
    await runtime.send('care-1', { task: 'enrol', action: 'cancel' }, volunteers[1] as Actor);
    const record = (await runtime.instance('care-1'))?.context.steps.enrol;
    expect(record).toMatchObject({ enrolled: ['v1', 'v3', 'v4'], waitlist: ['v5'] });
    expect(
      await runtime.send('care-1', { task: 'enrol', action: 'cancel' }, volunteers[1] as Actor, {
        locale: 'en',
      }),
    ).toMatchObject({ ok: false, code: 'not_signed_up' });
    const closed = await runtime.send(
      'care-1',
      { task: 'enrol.coordinate', action: 'close' },
      coordinator,
    );
    expect(closed).toMatchObject({
      ok: true,
      instance: { status: 'done', context: { volunteers: ['v1', 'v3', 'v4'] } },
    });
  });
});
