import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRuntime, type FlowRuntime, type JobRetryOptions } from '../../src/flow';
import { DEFAULT_JOB_RETRY, jobRetryPolicy, retryDelay } from '../../src/flow/job-retry';
import { createMemoryStore } from '../../src/store/memory-store';
import type { Store } from '../../src/store/store';
import { haircutFlow, haircutWish, volunteersHook } from './match-step-fixture';
import { coordinator, resident, testClock } from './micro-wish';

const SECOND = 1000;
const submitWish = { task: 'request', action: 'submit', data: haircutWish };

/** A haircut-wish runtime whose hooks fail while `failures` lasts (Infinity: always). */
function failingRuntime(
  match: Record<string, unknown>,
  options: { failures?: number; jobRetry?: JobRetryOptions; store?: Store } = {},
) {
  const store = options.store ?? createMemoryStore();
  const clock = testClock();
  let failures = options.failures ?? Number.POSITIVE_INFINITY;
  let calls = 0;
  const pool = volunteersHook();
  const flaky = async (...args: unknown[]) => {
    calls += 1;
    if (failures > 0) {
      failures -= 1;
      throw new Error('志愿者系统暂时无法访问');
    }
    return (pool.volunteers as (...a: unknown[]) => Promise<unknown>)(...args);
  };
  const runtime = createRuntime({
    store,
    definitions: [haircutFlow(match)],
    clock: clock.now,
    hooks: { volunteers: flaky, candidates: async () => ['wang-xiuying'] },
    createId: () => 'wish-1',
    jobRetry: {
      baseMs: SECOND,
      capMs: 8 * SECOND,
      maxAttempts: 6,
      random: () => 0,
      ...options.jobRetry,
    },
  });
  return { runtime, store, clock, calls: () => calls };
}

async function submit(runtime: FlowRuntime) {
  await runtime.start('haircut-wish', { actor: resident });
  const sent = await runtime.send('wish-1', submitWish, resident);
  if (!sent.ok) throw new Error(sent.message);
  return sent.instance;
}

describe('retryDelay', () => {
  it('doubles from baseMs up to capMs', () => {
    const policy = jobRetryPolicy({ jitter: 0 });
    expect([1, 2, 3, 4, 10, 11, 100].map((n) => retryDelay(n, policy))).toEqual([
      1000, 2000, 4000, 8000, 512_000, 600_000, 600_000,
    ]);
    expect(DEFAULT_JOB_RETRY).toMatchObject({ baseMs: 1000, capMs: 600_000, maxAttempts: 10 });
  });

  it('takes at most `jitter` of the delay off, never more, never adds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (attempts, random, jitter) => {
          const policy = jobRetryPolicy({ jitter, random: () => random });
          const full = Math.min(1000 * 2 ** (attempts - 1), 600_000);
          const delay = retryDelay(attempts, policy);
          expect(delay).toBeLessThanOrEqual(full);
          expect(delay).toBeGreaterThanOrEqual(Math.floor(full * (1 - jitter)));
        },
      ),
    );
  });

  it('refuses settings that cannot back off', () => {
    expect(() => jobRetryPolicy({ baseMs: 0 })).toThrow('0 < baseMs <= capMs');
    expect(() => jobRetryPolicy({ baseMs: 5000, capMs: 1000 })).toThrow('0 < baseMs <= capMs');
    expect(() => jobRetryPolicy({ maxAttempts: 0 })).toThrow('maxAttempts');
    expect(() => jobRetryPolicy({ jitter: 2 })).toThrow('jitter');
  });
});

describe('createRuntime: a failing job backs off', () => {
  it('runs attempts 1..n at base × 2^(n-1) (capped), then gives the coordinator the choice', async () => {
    const { runtime, store, clock, calls } = failingRuntime({ mode: 'auto', max: 1 });
    const t0 = Date.parse(clock.iso());
    const instance = await submit(runtime);
    // The inline run was attempt 1.
    expect(instance.state).toEqual(['match.proposing']);
    expect(calls()).toBe(1);
    const [armed] = await store.timersOf('wish-1');
    expect(armed).toEqual({
      instanceId: 'wish-1',
      key: 'match.candidates',
      kind: 'job',
      event: 'match.proposed',
      dueAt: new Date(t0 + SECOND).toISOString(),
      armedAt: new Date(t0).toISOString(),
      attempts: 1,
      lastError: '志愿者系统暂时无法访问',
      failed: false,
    });
    // Rounds before the due time do not run it.
    clock.advance(SECOND - 1);
    expect(await runtime.fireDueTimers()).toEqual({ fired: [], skipped: 0, failed: [] });
    clock.advance(1);
    for (const delay of [2, 4, 8, 8]) {
      const report = await runtime.fireDueTimers();
      const attempts = calls();
      const nextDueAt = new Date(Date.parse(clock.iso()) + delay * SECOND).toISOString();
      expect(report).toEqual({
        fired: [],
        skipped: 0,
        failed: [
          {
            timer: 'wish-1 match.candidates',
            error: '志愿者系统暂时无法访问',
            attempts,
            nextDueAt,
          },
        ],
      });
      clock.advance(delay * SECOND);
    }
    expect(calls()).toBe(5);
    const last = await runtime.fireDueTimers();
    expect(last.failed).toEqual([
      {
        timer: 'wish-1 match.candidates',
        error: '志愿者系统暂时无法访问',
        attempts: 6,
        nextDueAt: null,
      },
    ]);
    const history = await runtime.history('wish-1');
    expect(history.at(-1)).toMatchObject({
      actor: { id: 'system' },
      step: 'match',
      event: 'match.job_failed',
      data: { job: 'match.candidates', attempts: 6, error: '志愿者系统暂时无法访问' },
      state: ['match.choosing'],
    });
    // The human fallback: the coordinator's task is open and the job is gone.
    expect((await runtime.tasksFor(coordinator)).map((task) => task.key)).toEqual(['match']);
    expect(await store.timersOf('wish-1')).toEqual([]);
    clock.advance(DAY_MS);
    expect(await runtime.fireDueTimers()).toEqual({ fired: [], skipped: 0, failed: [] });
    expect(calls()).toBe(6);
  });

  it('commits once when the job succeeds after failures', async () => {
    const { runtime, store, clock, calls } = failingRuntime(
      { mode: 'auto', max: 1 },
      { failures: 2 },
    );
    await submit(runtime);
    clock.advance(SECOND);
    expect((await runtime.fireDueTimers()).failed.map((f) => f.attempts)).toEqual([2]);
    clock.advance(2 * SECOND);
    expect(await runtime.fireDueTimers()).toEqual({
      fired: ['wish-1 match.candidates'],
      skipped: 0,
      failed: [],
    });
    expect(calls()).toBe(3);
    const events = (await runtime.history('wish-1')).map((entry) => entry.event);
    expect(events).toEqual(['start', 'request.submit', 'match.proposed']);
    expect((await runtime.instance('wish-1'))?.state).toEqual(['serve.assigned']);
    expect((await store.timersOf('wish-1')).some((timer) => timer.kind === 'job')).toBe(false);
  });

  it('keeps a job that failed for good as a failed row, and retryJob re-arms and runs it', async () => {
    // Confirm mode: the coordinator's task is open beside the ranking job.
    const { runtime, store, clock, calls } = failingRuntime(
      {},
      { failures: 3, jobRetry: { maxAttempts: 3 } },
    );
    await submit(runtime);
    clock.advance(SECOND);
    await runtime.fireDueTimers();
    clock.advance(2 * SECOND);
    const report = await runtime.fireDueTimers();
    expect(report.failed).toEqual([
      {
        timer: 'wish-1 match.ranking',
        error: '志愿者系统暂时无法访问',
        attempts: 3,
        nextDueAt: null,
      },
    ]);
    const [failed] = await store.timersOf('wish-1');
    expect(failed).toMatchObject({ key: 'match.ranking', attempts: 3, failed: true });
    expect(
      await store.dueTimers(new Date(Date.parse(clock.iso()) + 365 * DAY_MS).toISOString(), 10),
    ).toEqual([]);
    const history = await runtime.history('wish-1');
    expect(history.at(-1)).toMatchObject({
      event: 'match.job_failed',
      data: { job: 'match.ranking', attempts: 3 },
      state: ['match.choosing.ranking'],
    });
    expect((await runtime.tasksFor(coordinator)).map((task) => task.key)).toEqual(['match']);

    const unknown = await runtime.retryJob('wish-1', 'match.nothing', { locale: 'en' });
    expect(unknown).toMatchObject({
      ok: false,
      code: 'unknown_job',
      message: 'The instance has no job "match.nothing" now. Jobs it has: match.ranking.',
    });
    expect(await runtime.retryJob('wish-9', 'match.ranking')).toMatchObject({
      ok: false,
      code: 'unknown_instance',
      message: '找不到实例 "wish-9"，请检查编号是否正确。',
    });
    const retried = await runtime.retryJob('wish-1', 'match.ranking', { actor: coordinator });
    expect(retried).toMatchObject({ ok: true, outcome: 'fired' });
    expect(calls()).toBe(4);
    const events = (await runtime.history('wish-1')).slice(-3);
    expect(events.map((entry) => `${entry.actor.id} ${entry.event}`)).toEqual([
      'system match.job_failed',
      'wang-zhan match.job_retry',
      'system match.ranked',
    ]);
    expect((await runtime.instance('wish-1'))?.state).toEqual(['match.choosing.ranked']);
    expect(await store.timersOf('wish-1')).toEqual([]);
  });

  it('fires a postponed job once when two workers race on it', async () => {
    const store = createMemoryStore();
    const a = failingRuntime({ mode: 'auto', max: 1 }, { failures: 1, store });
    const b = failingRuntime({ mode: 'auto', max: 1 }, { failures: 0, store });
    await submit(a.runtime);
    a.clock.advance(SECOND);
    b.clock.advance(SECOND);
    const [first, second] = await Promise.all([
      a.runtime.fireDueTimers(),
      b.runtime.fireDueTimers(),
    ]);
    expect([...first.fired, ...second.fired]).toEqual(['wish-1 match.candidates']);
    expect(first.failed.length + second.failed.length).toBe(0);
    const events = (await a.runtime.history('wish-1')).map((entry) => entry.event);
    expect(events).toEqual(['start', 'request.submit', 'match.proposed']);
    expect(await store.timersOf('wish-1')).toEqual([]);
  });
});

const DAY_MS = 24 * 3_600_000;
