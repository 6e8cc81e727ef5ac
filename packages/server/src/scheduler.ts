import { type FireReport, UnknownFlowError } from '@yizhan/core/flow';
import type { DefinitionRegistry } from './definitions';
import type { RoutedStore } from './routed-store';

/** Options of {@link createScheduler}. */
export interface SchedulerOptions {
  readonly registry: DefinitionRegistry;
  readonly routed: RoutedStore;
  /** How often to look for due timers. Default 1,000 ms. */
  readonly intervalMs?: number;
  /** Timers fired per round; rounds repeat while they come back full. Default 100. */
  readonly batch?: number;
  /** How long a claimed timer stays leased to this server (stores that can claim). Default 30,000 ms. */
  readonly leaseMs?: number;
  /** This server's name in timer leases. */
  readonly owner: string;
  /** Called with the instances whose timers fired. */
  readonly onFired?: (instanceIds: readonly string[]) => void;
  /** Called when a round fails (the store is down); the next round tries again. */
  readonly onError?: (error: unknown) => void;
}

/** Fires due timers on a schedule. */
export interface Scheduler {
  /** Fires every timer due now (in rounds of `batch`) and reports what it did. */
  tick(): Promise<FireReport>;
  start(): void;
  /** Stops the schedule and waits for a running round. */
  stop(): Promise<void>;
}

/**
 * The timer scheduler: fires every due timer once, right at start (catching up after a
 * restart) and then every `intervalMs`. Firing is version guarded, so two servers never
 * fire one timer twice; with a store that can claim timers (the SQL stores'
 * `claimDueTimers`), servers also split the due timers between them instead of racing.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const intervalMs = options.intervalMs ?? 1000;
  const batch = options.batch ?? 100;
  const leaseMs = options.leaseMs ?? 30_000;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;

  const fireRound = () =>
    options.routed.withTimerLease(leaseMs, options.owner, () =>
      options.registry.runtime().fireDueTimers({ limit: batch }),
    );

  async function tick(): Promise<FireReport> {
    const fired: string[] = [];
    const failed: FireReport['failed'][number][] = [];
    let skipped = 0;
    for (let round = 0; round < 1000; round += 1) {
      let report: FireReport;
      try {
        report = await fireRound();
      } catch (error) {
        if (!(error instanceof UnknownFlowError)) throw error;
        // A timer of a version another server published: load the versions, try again.
        await options.registry.list();
        report = await fireRound();
      }
      fired.push(...report.fired);
      failed.push(...report.failed);
      skipped += report.skipped;
      if (report.fired.length > 0)
        options.onFired?.([...new Set(report.fired.map((name) => name.split(' ')[0] as string))]);
      if (report.fired.length + report.skipped + report.failed.length < batch) break;
      if (report.fired.length === 0) break; // only skips or failures: leave them for later
    }
    return { fired, skipped, failed };
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick()
        .catch((error) => options.onError?.(error))
        .finally(schedule);
    }, intervalMs);
    timer.unref?.();
  }

  return {
    tick,
    start() {
      if (!stopped) return;
      stopped = false;
      running = tick()
        .catch((error) => options.onError?.(error))
        .finally(schedule);
    },
    async stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      await running;
    },
  };
}
