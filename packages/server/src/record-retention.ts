import { canPurgeInstances, type Store } from '@yizhan/core/flow';
import { RECORD_FLOW_PREFIX, type RecordKind } from './records';

// The capability lives in the core's store contract; the server re-exports it as before.
export { canPurgeInstances, type InstancePurge } from '@yizhan/core/flow';

/** How long an idempotency answer is kept by default: 24 hours. */
export const DEFAULT_IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;

/** How often, at most, a sweep of old answers starts: once a minute. */
const SWEEP_EVERY_MS = 60_000;

/** Rows deleted per store call, so one call never holds the write lock for long. */
const SWEEP_BATCH = 500;

/** Options of {@link createRecordRetention}. */
export interface RecordRetentionOptions {
  /** The store the records live in (its purge capability is used when it has one). */
  readonly store: Store;
  readonly clock: () => Date;
  /** How long an idempotency answer is kept, in milliseconds. */
  readonly idempotencyMs: number;
  /** Called when a sweep fails; the next one tries again. */
  readonly onError: (error: unknown) => void;
}

/** When records of a kind expire, and the sweep that deletes expired ones. */
export interface RecordRetention {
  /** Whether a record of `kind` last updated at `updatedAt` is past its retention. */
  expired(kind: RecordKind, updatedAt: string): boolean;
  /**
   * Starts deleting expired records in the background when the last sweep is more than a
   * minute ago and none is running (a store without {@link InstancePurge} keeps them).
   */
  sweep(): void;
  /** Deletes expired records now, in batches; answers how many. */
  sweepNow(): Promise<number>;
}

/**
 * The retention of the server's records: idempotency answers are kept for
 * `idempotencyMs` (24 h by default), then treated as absent (the same key runs the request
 * anew) and deleted by a sweep that keyed requests start at most once a minute. Drafts
 * and definitions are kept.
 */
export function createRecordRetention(options: RecordRetentionOptions): RecordRetention {
  const { store, clock, idempotencyMs, onError } = options;
  if (!Number.isFinite(idempotencyMs) || idempotencyMs <= 0)
    throw new RangeError(
      `idempotencyRetentionMs must be a positive number of milliseconds, not ${idempotencyMs}.`,
    );
  let lastSweep = Number.NEGATIVE_INFINITY;
  let running = false;
  const cutoff = (): string => new Date(clock().getTime() - idempotencyMs).toISOString();

  async function sweepNow(): Promise<number> {
    if (!canPurgeInstances(store)) return 0;
    const flowId = `${RECORD_FLOW_PREFIX}idempotency`;
    const before = cutoff();
    let total = 0;
    for (;;) {
      const purged = await store.purgeInstances(flowId, before, SWEEP_BATCH);
      total += purged;
      if (purged < SWEEP_BATCH) return total;
    }
  }

  return {
    expired: (kind, updatedAt) => kind === 'idempotency' && updatedAt < cutoff(),
    sweep() {
      const now = clock().getTime();
      if (running || now - lastSweep < SWEEP_EVERY_MS || !canPurgeInstances(store)) return;
      lastSweep = now;
      running = true;
      sweepNow()
        .catch(onError)
        .finally(() => {
          running = false;
        });
    },
    sweepNow,
  };
}
