import { describe, expect, it } from 'vitest';
import type { TimerRow } from '../store/rows';
import type { Store, TimerClaims, TimerFailures } from '../store/store';
import { storeFixtures } from './store-fixtures';

const { at, change, timer } = storeFixtures;

const MINUTE = 60_000;

/** A match job armed when the step was entered at `dueAt`. */
const job = (id: string, dueAt: string): TimerRow => ({
  instanceId: id,
  key: 'match.candidates',
  kind: 'job',
  event: 'match.proposed',
  dueAt,
});

/**
 * The suite every store with {@link TimerFailures} (and {@link TimerClaims}) must pass,
 * beside `describeStoreConformance`: a failed job is postponed with its attempts and
 * error, guarded by the row the caller read; a commit that keeps the job keeps its retry
 * state; a job marked failed is never due; recording a failure ends the lease.
 * `createStore` must return an empty store each time.
 *
 * @example
 * describeTimerFailureConformance('memory', async () => createMemoryStore());
 */
export function describeTimerFailureConformance(
  name: string,
  createStore: () => Promise<Store & TimerClaims & TimerFailures>,
): void {
  describe(`Timer failures: ${name}`, () => {
    it('postpones a failed job with its attempts and error, and keeps when it was armed', async () => {
      const store = await createStore();
      await store.commit(
        change('w1', 1, { timers: [job('w1', at(0)), timer('w1', 'serve.due', at(60))] }),
      );
      const failure = { seen: { dueAt: at(0), attempts: 0 }, attempts: 1, error: 'SMS 网关超时' };
      expect(
        await store.failTimer('w1', 'match.candidates', { ...failure, nextDueAt: at(2) }),
      ).toBe(true);
      const postponed = {
        ...job('w1', at(2)),
        armedAt: at(0),
        attempts: 1,
        lastError: 'SMS 网关超时',
        failed: false,
      };
      expect(await store.timersOf('w1')).toEqual([postponed, timer('w1', 'serve.due', at(60))]);
      expect(await store.dueTimers(at(1), 10)).toEqual([]);
      expect(await store.dueTimers(at(2), 10)).toEqual([postponed]);
      expect(
        await store.failTimer('w1', 'match.candidates', {
          seen: { dueAt: at(2), attempts: 1 },
          attempts: 2,
          nextDueAt: at(5),
          error: 'volunteers hook failed',
        }),
      ).toBe(true);
      expect((await store.timersOf('w1'))[0]).toEqual({
        ...postponed,
        dueAt: at(5),
        attempts: 2,
        lastError: 'volunteers hook failed',
      });
    });

    it('refuses a failure recorded from a row that changed, and writes nothing', async () => {
      const store = await createStore();
      await store.commit(
        change('w1', 1, { timers: [job('w1', at(0)), timer('w1', 'serve.due', at(60))] }),
      );
      const fail = (key: string, dueAt: string, attempts: number) =>
        store.failTimer('w1', key, {
          seen: { dueAt, attempts },
          attempts: attempts + 1,
          nextDueAt: at(9),
          error: 'x',
        });
      expect(await fail('match.candidates', at(0), 0)).toBe(true);
      // A second worker that ran the same attempt comes second.
      expect(await fail('match.candidates', at(0), 0)).toBe(false);
      expect(await fail('match.candidates', at(9), 0)).toBe(false);
      expect(await fail('match.unknown', at(0), 0)).toBe(false);
      expect(await fail('serve.due', at(60), 0)).toBe(false);
      expect(
        await store.failTimer('w2', 'match.candidates', {
          seen: { dueAt: at(0), attempts: 0 },
          attempts: 1,
          nextDueAt: at(9),
          error: 'x',
        }),
      ).toBe(false);
      expect(await store.timersOf('w1')).toEqual([
        { ...job('w1', at(9)), armedAt: at(0), attempts: 1, lastError: 'x', failed: false },
        timer('w1', 'serve.due', at(60)),
      ]);
    });

    it('keeps the retry state through a commit that keeps the job, and drops it for a new one', async () => {
      const store = await createStore();
      await store.commit(change('w1', 1, { timers: [job('w1', at(0))] }));
      await store.failTimer('w1', 'match.candidates', {
        seen: { dueAt: at(0), attempts: 0 },
        attempts: 1,
        nextDueAt: at(4),
        error: 'down',
      });
      const postponed = {
        ...job('w1', at(4)),
        armedAt: at(0),
        attempts: 1,
        lastError: 'down',
        failed: false,
      };
      // Another event of the instance: the runtime writes the job as the step armed it.
      await store.commit(
        change('w1', 2, { timers: [job('w1', at(0)), timer('w1', 'serve.due', at(60))] }),
      );
      expect(await store.timersOf('w1')).toEqual([postponed, timer('w1', 'serve.due', at(60))]);
      // The step entered again (a decline led back): a new job, due at once.
      await store.commit(change('w1', 3, { timers: [job('w1', at(30))] }));
      expect(await store.timersOf('w1')).toEqual([job('w1', at(30))]);
    });

    it('writes a row that carries its own attempts as given; a failed job is never due', async () => {
      const store = await createStore();
      await store.commit(change('w1', 1, { timers: [job('w1', at(0))] }));
      const failed = {
        ...job('w1', at(3)),
        armedAt: at(0),
        attempts: 10,
        lastError: 'down',
        failed: true,
      };
      await store.commit(change('w1', 2, { timers: [failed] }));
      expect(await store.timersOf('w1')).toEqual([failed]);
      expect(await store.dueTimers(at(100), 10)).toEqual([]);
      expect(await store.claimDueTimers(at(100), 10, MINUTE, 'server-a')).toEqual([]);
      // A commit that keeps it keeps it failed.
      await store.commit(change('w1', 3, { timers: [job('w1', at(0))] }));
      expect(await store.timersOf('w1')).toEqual([failed]);
      // Re-armed: due now, attempts back to 0.
      const rearmed = { ...failed, dueAt: at(50), attempts: 0, failed: false };
      await store.commit(change('w1', 4, { timers: [rearmed] }));
      expect(await store.dueTimers(at(50), 10)).toEqual([rearmed]);
    });

    it('ends the lease of a job whose failure it records', async () => {
      const store = await createStore();
      await store.commit(change('w1', 1, { timers: [job('w1', at(0))] }));
      expect(await store.claimDueTimers(at(1), 10, 30 * MINUTE, 'server-a')).toEqual([
        job('w1', at(0)),
      ]);
      await store.failTimer('w1', 'match.candidates', {
        seen: { dueAt: at(0), attempts: 0 },
        attempts: 1,
        nextDueAt: at(2),
        error: 'down',
      });
      // Due again long before server-a's lease would have ended: anyone may take it.
      const claimed = await store.claimDueTimers(at(2), 10, MINUTE, 'server-b');
      expect(claimed.map((t) => `${t.key} ${t.attempts}`)).toEqual(['match.candidates 1']);
      expect(await store.claimDueTimers(at(2), 10, MINUTE, 'server-c')).toEqual([]);
      // A commit that keeps the postponed job keeps server-b's lease.
      await store.commit(change('w1', 2, { timers: [job('w1', at(0))] }));
      expect(await store.claimDueTimers(at(2), 10, MINUTE, 'server-c')).toEqual([]);
    });
  });
}
