import { describe, expect, it } from 'vitest';
import type { Store } from '../store/store';
import { storeFixtures } from './store-fixtures';

const { T0, at, change, entry, task, timer } = storeFixtures;

/**
 * The suite every {@link Store} must pass: commits are atomic and version-guarded,
 * transactions roll back, tasks are found by actor, timers by due time, history keeps
 * its order, and rows come back exactly as written. `createStore` must return an empty
 * store each time.
 *
 * @example
 * describeStoreConformance('memory', async () => createMemoryStore());
 */
export function describeStoreConformance(name: string, createStore: () => Promise<Store>): void {
  describe(`Store conformance: ${name}`, () => {
    it('returns rows exactly as committed, and null for an unknown instance', async () => {
      const store = await createStore();
      expect(await store.getInstance('w1')).toBeNull();
      const first = change('w1', 1, { tasks: [task('w1', 'review', { roles: ['coordinator'] })] });
      expect(await store.commit(first)).toEqual({ ok: true });
      expect(await store.getInstance('w1')).toEqual(first.instance);
      expect(await store.tasksOf('w1')).toEqual(first.tasks);
      expect(await store.history('w1')).toEqual(first.history);
    });

    it('refuses a commit made from a stale version and writes nothing of it', async () => {
      const store = await createStore();
      await store.commit(change('w1', 1));
      await store.commit(change('w1', 2));
      const stale = change('w1', 2, {
        tasks: [task('w1', 'late')],
        timers: [timer('w1', 'late', at(5))],
      });
      expect(await store.commit(stale)).toEqual({ ok: false, reason: 'stale', currentVersion: 2 });
      expect(await store.commit(change('w1', 1))).toEqual({
        ok: false,
        reason: 'stale',
        currentVersion: 2,
      });
      expect((await store.getInstance('w1'))?.version).toBe(2);
      expect(await store.tasksOf('w1')).toEqual([]);
      expect(await store.timersOf('w1')).toEqual([]);
      expect((await store.history('w1')).map((h) => h.seq)).toEqual([1, 2]);
    });

    it('refuses to create an instance twice', async () => {
      const store = await createStore();
      expect(await store.commit(change('w1', 1))).toEqual({ ok: true });
      expect(await store.commit(change('w1', 1))).toEqual({
        ok: false,
        reason: 'stale',
        currentVersion: 1,
      });
    });

    it('lets exactly one of many concurrent commits of the same version through', async () => {
      const store = await createStore();
      await store.commit(change('w1', 1));
      const results = await Promise.all(
        Array.from({ length: 8 }, () => store.commit(change('w1', 2))),
      );
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect((await store.history('w1')).map((h) => h.seq)).toEqual([1, 2]);
    });

    it('replaces the tasks and timers of an instance with each commit', async () => {
      const store = await createStore();
      await store.commit(
        change('w1', 1, {
          tasks: [task('w1', 'review')],
          timers: [timer('w1', 'review.due', at(60))],
        }),
      );
      await store.commit(change('w1', 2, { tasks: [task('w1', 'match')] }));
      expect((await store.tasksOf('w1')).map((t) => t.key)).toEqual(['match']);
      expect(await store.timersOf('w1')).toEqual([]);
    });

    it('finds the tasks an actor may act on by id, role or group, in contract order', async () => {
      const store = await createStore();
      await store.commit(
        change('a', 1, {
          tasks: [
            task('a', 'review', { roles: ['coordinator'], dueAt: at(120) }),
            task('a', 'evaluate.volunteer', { assignees: ['zhang'] }),
          ],
        }),
      );
      await store.commit(
        change('b', 1, {
          tasks: [
            task('b', 'match', { groups: ['chongwen-team'], dueAt: at(60) }),
            task('b', 'serve', { assignees: ['li'], roles: ['volunteer'] }),
          ],
        }),
      );
      const keys = async (actor: { actorId: string; roles: string[]; groups?: string[] }) =>
        (await store.tasksFor(actor)).map((t) => `${t.instanceId}:${t.key}`);
      expect(await keys({ actorId: 'wang', roles: ['coordinator'] })).toEqual(['a:review']);
      expect(await keys({ actorId: 'zhang', roles: ['volunteer'] })).toEqual([
        'a:evaluate.volunteer',
        'b:serve',
      ]);
      expect(
        await keys({ actorId: 'zhao', roles: ['coordinator'], groups: ['chongwen-team'] }),
      ).toEqual(['b:match', 'a:review']);
      expect(await keys({ actorId: 'nobody', roles: ['resident'] })).toEqual([]);
      expect(
        await store.tasksFor({
          actorId: 'zhao',
          roles: ['coordinator'],
          groups: ['chongwen-team'],
          limit: 1,
        }),
      ).toHaveLength(1);
    });

    it('returns the timers due by a time, earliest first, at most limit', async () => {
      const store = await createStore();
      await store.commit(
        change('a', 1, {
          timers: [timer('a', 'review.due', at(30)), timer('a', 'wait.wait', at(90))],
        }),
      );
      await store.commit(change('b', 1, { timers: [timer('b', 'match.due', at(10))] }));
      const due = async (minutes: number, limit = 10) =>
        (await store.dueTimers(at(minutes), limit)).map((t) => `${t.instanceId}:${t.key}`);
      expect(await due(5)).toEqual([]);
      expect(await due(30)).toEqual(['b:match.due', 'a:review.due']);
      expect(await due(100)).toEqual(['b:match.due', 'a:review.due', 'a:wait.wait']);
      expect(await due(100, 2)).toEqual(['b:match.due', 'a:review.due']);
    });

    it('keeps history in order and rejects a gap in the sequence', async () => {
      const store = await createStore();
      await store.commit(change('w1', 1));
      await store.commit(change('w1', 2));
      await store.commit(change('w1', 3));
      expect((await store.history('w1')).map((h) => h.event)).toEqual([
        'step1.submit',
        'step2.submit',
        'step3.submit',
      ]);
      expect((await store.history('w1', 2)).map((h) => h.seq)).toEqual([3]);
      await expect(store.commit(change('w1', 4, { history: [entry('w1', 6)] }))).rejects.toThrow();
      expect((await store.getInstance('w1'))?.version).toBe(3);
    });

    it('keeps outbox messages until they are acknowledged', async () => {
      const store = await createStore();
      const message = {
        id: 'w1/1/0',
        instanceId: 'w1',
        seq: 1,
        index: 0,
        at: T0,
        step: 'praise',
        channel: 'sms',
        to: { assignees: ['zhang'], roles: [] },
        message: { 'zh-CN': '谢谢您的服务！', en: 'Thank you!' },
      };
      await store.commit(change('w1', 1, { outbox: [message] }));
      expect(await store.pendingOutbox(10)).toEqual([message]);
      await store.ackOutbox(['w1/1/0']);
      expect(await store.pendingOutbox(10)).toEqual([]);
    });

    it('rolls a transaction back when its work throws', async () => {
      const store = await createStore();
      await store.commit(change('w1', 1));
      await expect(
        store.transaction(async (tx) => {
          expect(await tx.commit(change('w1', 2))).toEqual({ ok: true });
          expect(await tx.commit(change('w2', 1))).toEqual({ ok: true });
          throw new Error('cancelled');
        }),
      ).rejects.toThrow('cancelled');
      expect((await store.getInstance('w1'))?.version).toBe(1);
      expect(await store.getInstance('w2')).toBeNull();
      expect((await store.history('w1')).map((h) => h.seq)).toEqual([1]);
    });

    it('commits every write of a transaction that completes', async () => {
      const store = await createStore();
      const result = await store.transaction(async (tx) => {
        await tx.commit(change('w1', 1));
        await tx.commit(change('w2', 1));
        return (await tx.getInstance('w1'))?.version;
      });
      expect(result).toBe(1);
      expect((await store.listInstances()).map((row) => row.id)).toEqual(['w1', 'w2']);
      expect(await store.listInstances({ flowId: 'other' })).toEqual([]);
    });

    it('returns copies that cannot change the store', async () => {
      const store = await createStore();
      await store.commit(change('w1', 1, { tasks: [task('w1', 'review')] }));
      const row = (await store.getInstance('w1')) as unknown as { snapshot: { value: string } };
      row.snapshot.value = 'changed';
      const tasks = (await store.tasksOf('w1')) as { key: string }[];
      (tasks[0] as { key: string }).key = 'changed';
      expect((await store.getInstance('w1'))?.snapshot.value).toBe('review');
      expect((await store.tasksOf('w1'))[0]?.key).toBe('review');
    });
  });
}
