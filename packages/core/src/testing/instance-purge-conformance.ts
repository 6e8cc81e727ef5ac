import { describe, expect, it } from 'vitest';
import type { InstancePurge, Store } from '../store/store';
import { storeFixtures } from './store-fixtures';

const { at, change, entry, task, timer } = storeFixtures;

/**
 * The suite every store with {@link InstancePurge} must pass, beside
 * `describeStoreConformance`: a purge deletes only instances of the given flow last
 * updated before the time, with every row of theirs, at most `limit` a call. `createStore` must return an empty store each time.
 *
 * @example
 * describeInstancePurgeConformance('sqlite', async () => openSqliteStore({ file }));
 */
export function describeInstancePurgeConformance(
  name: string,
  createStore: () => Promise<Store & InstancePurge>,
): void {
  describe(`Instance purge: ${name}`, () => {
    it('deletes instances of one flow last updated before a time, with all their rows', async () => {
      const store = await createStore();
      await store.commit(
        change('w1', 1, {
          tasks: [task('w1', 'review', { roles: ['station-master'] })],
          timers: [timer('w1', 'review.due', at(60))],
        }),
      );
      await store.commit(change('w2', 1));
      await store.commit(change('w2', 2, { history: [entry('w2', 2)] }));
      const flowId = (await store.getInstance('w1'))?.flowId as string;
      expect(await store.purgeInstances('other-flow', at(2), 10)).toBe(0);
      expect(await store.purgeInstances(flowId, at(1), 10)).toBe(0);
      expect(await store.purgeInstances(flowId, at(2), 10)).toBe(1);
      expect((await store.listInstances()).map((row) => row.id)).toEqual(['w2']);
      expect([
        await store.history('w1'),
        await store.tasksOf('w1'),
        await store.timersOf('w1'),
      ]).toEqual([[], [], []]);
      expect(await store.tasksFor({ actorId: 'x', roles: ['station-master'] })).toEqual([]);
      expect((await store.history('w2')).map((row) => row.seq)).toEqual([1, 2]);
    });

    it('deletes at most `limit` at a time', async () => {
      const store = await createStore();
      for (const id of ['w1', 'w2', 'w3']) await store.commit(change(id, 1));
      const flowId = (await store.getInstance('w1'))?.flowId as string;
      expect(await store.purgeInstances(flowId, at(2), 2)).toBe(2);
      expect(await store.purgeInstances(flowId, at(2), 2)).toBe(1);
      expect(await store.listInstances()).toEqual([]);
    });
  });
}
