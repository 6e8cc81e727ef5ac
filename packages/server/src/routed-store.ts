import { AsyncLocalStorage } from 'node:async_hooks';
import {
  canClaimTimers,
  canRecordTimerFailures,
  type InstanceRow,
  type Store,
  type StoreReader,
  type StoreWriter,
  type TaskRow,
  type TimerFailures,
} from '@yizhan/core/flow';

interface Scope {
  readonly tx?: StoreReader & StoreWriter;
  readonly claim?: { leaseMs: number; owner: string };
  /** Instance rows read in this request, until a commit to the instance is tried. */
  readonly reads?: Map<string, Promise<InstanceRow | null>>;
  /** Commits made in this transaction, remembered once it has committed. */
  readonly committed?: { id: string; version: number; tasks: readonly TaskRow[] }[];
}

/** How many instances' committed open tasks a server remembers. */
const COMMITTED_TASKS_LIMIT = 10_000;

/**
 * A store whose calls go to the transaction (or timer lease) of the async context they
 * run in. One runtime over it serves every request: `inTransaction(work)` makes the
 * runtime's reads and commits inside `work` part of one store transaction, together with
 * the server's own records (the idempotency result of the request).
 */
export interface RoutedStore {
  readonly store: Store;
  /** Runs `work` in one transaction of the underlying store; its calls to `store` join it. */
  inTransaction<T>(work: () => Promise<T>): Promise<T>;
  /** Runs `work` with `dueTimers` answered by the store's lease capability, when it has one. */
  withTimerLease<T>(leaseMs: number, owner: string, work: () => Promise<T>): Promise<T>;
  /**
   * Runs one request's `work`, reading each instance row once until a commit to that
   * instance is tried: the permission check and the runtime then share one read of a
   * (possibly large) row.
   */
  withReadCache<T>(work: () => Promise<T>): Promise<T>;
  /**
   * The open tasks of an instance as of the version of `row`, in no particular order: the
   * tasks this server committed with that version (a commit writes an instance's whole
   * task set with its version), or else the store's `tasksOf`. Saves a read per request
   * for the permission checks, which do not depend on the order.
   */
  openTasks(row: InstanceRow): Promise<readonly TaskRow[]>;
}

/** Wraps a store so calls join the transaction of their async context. */
export function routeStore(base: Store): RoutedStore {
  const scope = new AsyncLocalStorage<Scope>();
  // Only durable commits are remembered: those outside a transaction once the store
  // answered, those inside one once the whole transaction committed.
  const committedTasks = new Map<string, { version: number; tasks: readonly TaskRow[] }>();
  const rememberTasks = (id: string, version: number, tasks: readonly TaskRow[]): void => {
    committedTasks.delete(id);
    if (committedTasks.size >= COMMITTED_TASKS_LIMIT)
      committedTasks.delete(committedTasks.keys().next().value as string);
    committedTasks.set(id, { version, tasks });
  };
  const target = (): StoreReader & StoreWriter => scope.getStore()?.tx ?? base;
  // Job failures go to the store itself, like timer claims: a postponed job is not part of
  // a request's transaction.
  const failures: Partial<TimerFailures> = canRecordTimerFailures(base)
    ? { failTimer: (id, key, failure) => base.failTimer(id, key, failure) }
    : {};
  const store: Store & Partial<TimerFailures> = {
    ...failures,
    getInstance: (id) => {
      const current = scope.getStore();
      const reads = current?.reads;
      if (reads === undefined) return target().getInstance(id);
      let read = reads.get(id);
      if (read === undefined) {
        read = target().getInstance(id);
        reads.set(id, read);
        read.catch(() => reads.delete(id));
      }
      return read;
    },
    listInstances: (query) => target().listInstances(query),
    tasksFor: (query) => target().tasksFor(query),
    tasksOf: (id) => target().tasksOf(id),
    dueTimers: (now, limit) => {
      const current = scope.getStore();
      if (current?.claim !== undefined && canClaimTimers(base))
        return base.claimDueTimers(now, limit, current.claim.leaseMs, current.claim.owner);
      return target().dueTimers(now, limit);
    },
    timersOf: (id) => target().timersOf(id),
    history: (id, afterSeq) => target().history(id, afterSeq),
    pendingOutbox: (limit) => target().pendingOutbox(limit),
    commit: async (change) => {
      const current = scope.getStore();
      const { id, version } = change.instance;
      current?.reads?.delete(id);
      committedTasks.delete(id);
      const result = await target().commit(change);
      if (result.ok) {
        if (current?.committed !== undefined)
          current.committed.push({ id, version, tasks: change.tasks });
        else if (current?.tx === undefined) rememberTasks(id, version, change.tasks);
      }
      return result;
    },
    ackOutbox: (ids) => target().ackOutbox(ids),
    transaction: (work) => {
      const current = scope.getStore();
      if (current?.tx !== undefined) return work(current.tx);
      // Rows read before the transaction may be stale inside it: start a fresh cache.
      const reads = current?.reads === undefined ? undefined : new Map();
      const committed: NonNullable<Scope['committed']> = [];
      return base
        .transaction((tx) =>
          scope.run({ tx, committed, ...(reads ? { reads } : {}) }, () => work(tx)),
        )
        .then((result) => {
          for (const done of committed) rememberTasks(done.id, done.version, done.tasks);
          return result;
        });
    },
  };
  return {
    store,
    inTransaction: (work) => store.transaction(() => work()),
    withTimerLease: (leaseMs, owner, work) => scope.run({ claim: { leaseMs, owner } }, work),
    withReadCache: (work) => scope.run({ ...scope.getStore(), reads: new Map() }, work),
    openTasks: (row) => {
      const known = committedTasks.get(row.id);
      return known !== undefined && known.version === row.version
        ? Promise.resolve(known.tasks)
        : store.tasksOf(row.id);
    },
  };
}
