import { AsyncLocalStorage } from 'node:async_hooks';
import {
  canClaimTimers,
  canRecordTimerFailures,
  type InstanceRow,
  type Store,
  type StoreReader,
  type StoreWriter,
  type TimerFailures,
} from '@yizhan/core/flow';

interface Scope {
  readonly tx?: StoreReader & StoreWriter;
  readonly claim?: { leaseMs: number; owner: string };
  /** Instance rows read in this request, until a commit to the instance is tried. */
  readonly reads?: Map<string, Promise<InstanceRow | null>>;
}

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
}

/** Wraps a store so calls join the transaction of their async context. */
export function routeStore(base: Store): RoutedStore {
  const scope = new AsyncLocalStorage<Scope>();
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
    commit: (change) => {
      scope.getStore()?.reads?.delete(change.instance.id);
      return target().commit(change);
    },
    ackOutbox: (ids) => target().ackOutbox(ids),
    transaction: (work) => {
      const current = scope.getStore();
      if (current?.tx !== undefined) return work(current.tx);
      // Rows read before the transaction may be stale inside it: start a fresh cache.
      const reads = current?.reads === undefined ? undefined : new Map();
      return base.transaction((tx) =>
        scope.run({ tx, ...(reads ? { reads } : {}) }, () => work(tx)),
      );
    },
  };
  return {
    store,
    inTransaction: (work) => store.transaction(() => work()),
    withTimerLease: (leaseMs, owner, work) => scope.run({ claim: { leaseMs, owner } }, work),
    withReadCache: (work) => scope.run({ ...scope.getStore(), reads: new Map() }, work),
  };
}
