import type {
  CommitResult,
  HistoryEntry,
  InstanceCommit,
  InstanceQuery,
  InstanceRow,
  OutboxRow,
  TaskQuery,
  TaskRow,
  TimerFailure,
  TimerRow,
} from './rows';

/**
 * Reading a store. Every method returns copies: changing a returned row never changes
 * the store. Orders are part of the contract, so every store answers alike:
 * - `tasksFor`, `tasksOf`: by `dueAt` (tasks without a deadline last), then `since`,
 *   `instanceId`, `key`;
 * - `dueTimers`, `timersOf`: by `dueAt`, then `instanceId`, `key`;
 * - `history`: by `seq`; `pendingOutbox`: by `at`, then `instanceId`, `seq`, `index`.
 */
export interface StoreReader {
  getInstance(id: string): Promise<InstanceRow | null>;
  listInstances(query?: InstanceQuery): Promise<InstanceRow[]>;
  /** Open tasks the actor may act on (assigned to its id, one of its roles or groups). */
  tasksFor(query: TaskQuery): Promise<TaskRow[]>;
  /** Open tasks of one instance. */
  tasksOf(instanceId: string): Promise<TaskRow[]>;
  /** Timers due at or before `now` (ISO 8601 UTC), at most `limit`; never jobs marked `failed`. */
  dueTimers(now: string, limit: number): Promise<TimerRow[]>;
  timersOf(instanceId: string): Promise<TimerRow[]>;
  /** The history of an instance, oldest first; entries after `afterSeq` when given. */
  history(instanceId: string, afterSeq?: number): Promise<HistoryEntry[]>;
  /** Outbox messages not yet acknowledged, at most `limit`. */
  pendingOutbox(limit: number): Promise<OutboxRow[]>;
}

/** Writing a store. */
export interface StoreWriter {
  /**
   * Writes one instance's change atomically when the instance's stored version equals
   * `commit.expectedVersion` (0: the instance must not exist yet); otherwise writes
   * nothing and answers `{ ok: false, reason: 'stale' }`.
   */
  commit(commit: InstanceCommit): Promise<CommitResult>;
  /** Marks outbox messages as delivered, so `pendingOutbox` no longer returns them. */
  ackOutbox(ids: readonly string[]): Promise<void>;
}

/**
 * Where the runtime keeps instances, tasks, timers, history and the outbox. Rows are
 * plain JSON (no functions, no Date objects), so a SQL store can keep them as columns
 * and JSON text. Every store must pass `describeStoreConformance` from
 * `@yizhan/core/testing`.
 */
export interface Store extends StoreReader, StoreWriter {
  /**
   * Runs `work` as one transaction: other callers see all of its writes or none, and
   * none at all when `work` throws (the error is rethrown).
   */
  transaction<T>(work: (tx: StoreReader & StoreWriter) => Promise<T>): Promise<T>;
}

/**
 * An optional capability of a store: claiming due timers with a lease, so that several
 * schedulers (one per server) share the work and never fire one timer at the same time.
 * A store that has it passes `describeTimerClaimConformance` from `@yizhan/core/testing`.
 * Firing stays version-guarded, so a timer whose lease ran out while its scheduler was
 * still busy is at worst tried twice and committed once.
 */
export interface TimerClaims {
  /**
   * Claims at most `limit` timers due at or before `now` (ISO 8601 UTC) that nobody holds
   * a lease on, or whose lease ended at or before `now`, and leases each to `owner` until
   * `now + leaseMs`. Two callers never get the same timer while its lease lasts. A commit
   * that leaves a timer unchanged (same key, kind, event and `dueAt`) keeps its lease; a
   * commit that changes or removes it ends the lease. Answers in `dueTimers` order.
   *
   * @example
   * for (const timer of await store.claimDueTimers(now, 100, 30_000, 'server-a')) fire(timer);
   */
  claimDueTimers(now: string, limit: number, leaseMs: number, owner: string): Promise<TimerRow[]>;
}

/**
 * Whether a store can claim timers with a lease ({@link TimerClaims}); a scheduler that
 * runs on several servers should use `claimDueTimers` then, and `dueTimers` otherwise.
 */
export function canClaimTimers<S extends Store>(store: S): store is S & TimerClaims {
  return typeof (store as Partial<TimerClaims>).claimDueTimers === 'function';
}

/**
 * An optional capability of a store: recording that a job's handler failed, so the job
 * runs again later instead of in every round of `fireDueTimers` (the runtime's backoff).
 * A store that has it passes `describeTimerFailureConformance` from `@yizhan/core/testing`.
 *
 * Rows with `failed: true` are never due (`dueTimers`, `claimDueTimers`). A commit whose
 * timer row is the stored job (same key, kind and event, its `dueAt` equal to the stored
 * row's `armedAt`) and carries no `attempts` of its own keeps the stored row's `dueAt`,
 * `armedAt`, `attempts`, `lastError`, `failed` and lease; a row that carries `attempts` is
 * written as given.
 */
export interface TimerFailures {
  /**
   * Postpones the job `key` of the instance to `failure.nextDueAt` and records the attempt
   * and the error, when the stored row is a job whose `dueAt` and `attempts` are
   * `failure.seen` (another worker or a commit came first otherwise: answers false and
   * writes nothing). Sets `armedAt` to the row's first `dueAt` and ends its lease.
   *
   * @example
   * await store.failTimer('w1', 'match.candidates', {
   *   seen: { dueAt: timer.dueAt, attempts: 0 }, attempts: 1,
   *   nextDueAt: '2026-12-01T08:00:01.000Z', error: 'SMS gateway timed out',
   * });
   */
  failTimer(instanceId: string, key: string, failure: TimerFailure): Promise<boolean>;
}

/** Whether a store can record job failures ({@link TimerFailures}); without it, a failing job runs again every round. */
export function canRecordTimerFailures<S extends Store>(store: S): store is S & TimerFailures {
  return typeof (store as Partial<TimerFailures>).failTimer === 'function';
}

/**
 * An optional capability of a store: deleting instances of one flow that were last
 * updated before a time, with all their rows (tasks, timers, history, outbox). The SQLite
 * and PostgreSQL stores have it; the server uses it to forget idempotency answers after
 * their retention.
 */
export interface InstancePurge {
  /**
   * Deletes up to `limit` instances of `flowId` last updated before `updatedBefore` (ISO
   * 8601 UTC), with all their rows; answers how many.
   *
   * @example
   * await store.purgeInstances('yizhan.idempotency', '2026-11-30T08:00:00.000Z', 500);
   */
  purgeInstances(flowId: string, updatedBefore: string, limit: number): Promise<number>;
}

/** Whether a store can delete old instances ({@link InstancePurge}). */
export function canPurgeInstances<S extends Store>(store: S): store is S & InstancePurge {
  return typeof (store as Partial<InstancePurge>).purgeInstances === 'function';
}
