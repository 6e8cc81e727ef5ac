import { describe, expect, it } from 'vitest';
import type { Store, TimerClaims } from '../store/store';
import { storeFixtures } from './store-fixtures';

const { at, change, timer } = storeFixtures;

const MINUTE = 60_000;

/**
 * The suite every store with {@link TimerClaims} must pass, beside
 * `describeStoreConformance`: due timers are claimed in order, each by one claimer while
 * its lease lasts, and again once the lease has ended; a commit that keeps a timer keeps
 * its lease. `createStore` must return an empty store each time.
 *
 * @example
 * describeTimerClaimConformance('memory', async () => createMemoryStore());
 */
export function describeTimerClaimConformance(
  name: string,
  createStore: () => Promise<Store & TimerClaims>,
): void {
  describe(`Timer claims: ${name}`, () => {
    it('claims due timers nobody holds, earliest first, at most limit', async () => {
      const store = await createStore();
      await store.commit(
        change('a', 1, {
          timers: [timer('a', 'review.due', at(30)), timer('a', 'wait.wait', at(90))],
        }),
      );
      await store.commit(change('b', 1, { timers: [timer('b', 'match.due', at(10))] }));
      const claim = async (minutes: number, limit: number, owner: string) =>
        (await store.claimDueTimers(at(minutes), limit, 10 * MINUTE, owner)).map(
          (t) => `${t.instanceId}:${t.key}`,
        );
      expect(await claim(5, 10, 'server-a')).toEqual([]);
      const first = await store.claimDueTimers(at(100), 2, 10 * MINUTE, 'server-a');
      expect(first).toEqual([timer('b', 'match.due', at(10)), timer('a', 'review.due', at(30))]);
      expect(await claim(100, 10, 'server-b')).toEqual(['a:wait.wait']);
      expect(await claim(100, 10, 'server-c')).toEqual([]);
      // Reading due timers is not claiming: leased timers are still listed.
      expect((await store.dueTimers(at(100), 10)).map((t) => t.key)).toEqual([
        'match.due',
        'review.due',
        'wait.wait',
      ]);
    });

    it('hands a timer to another claimer once its lease has ended', async () => {
      const store = await createStore();
      await store.commit(change('a', 1, { timers: [timer('a', 'review.due', at(30))] }));
      const claim = async (minutes: number, owner: string) =>
        (await store.claimDueTimers(at(minutes), 10, MINUTE, owner)).map((t) => t.key);
      expect(await claim(30, 'server-a')).toEqual(['review.due']);
      expect(await claim(30.5, 'server-b')).toEqual([]);
      expect(await claim(31, 'server-b')).toEqual(['review.due']);
      expect(await claim(31.5, 'server-a')).toEqual([]);
    });

    it('never hands one timer to two claimers racing for it', async () => {
      const store = await createStore();
      const ids = Array.from({ length: 20 }, (_, index) => `w${String(index).padStart(2, '0')}`);
      for (const id of ids)
        await store.commit(change(id, 1, { timers: [timer(id, 'review.due', at(10))] }));
      const claims = await Promise.all(
        ['a', 'b', 'c', 'd'].map((owner) =>
          store.claimDueTimers(at(60), 8, 10 * MINUTE, `server-${owner}`),
        ),
      );
      const claimed = claims.flat().map((t) => t.instanceId);
      expect(claimed).toHaveLength(20);
      expect([...claimed].sort()).toEqual(ids);
    });

    it('keeps the lease of a timer a commit leaves unchanged, and ends a changed one', async () => {
      const store = await createStore();
      await store.commit(
        change('w1', 1, {
          timers: [timer('w1', 'review.due', at(30)), timer('w1', 'wait.wait', at(40))],
        }),
      );
      const claim = async (owner: string) =>
        (await store.claimDueTimers(at(50), 10, 60 * MINUTE, owner)).map((t) => t.key);
      expect(await claim('server-a')).toEqual(['review.due', 'wait.wait']);
      await store.commit(
        change('w1', 2, {
          timers: [timer('w1', 'review.due', at(30)), timer('w1', 'wait.wait', at(45))],
        }),
      );
      expect(await claim('server-b')).toEqual(['wait.wait']);
      await store.commit(change('w1', 3, { timers: [] }));
      await store.commit(change('w1', 4, { timers: [timer('w1', 'review.due', at(30))] }));
      expect(await claim('server-c')).toEqual(['review.due']);
    });
  });
}
