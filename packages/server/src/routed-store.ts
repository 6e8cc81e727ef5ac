import { AsyncLocalStorage } from 'node:async_hooks';
import type { Store, StoreReader, StoreWriter, TimerRow } from '@yizhan/core/flow';

/**
 * The optional capability of the SQL stores that lets several schedulers share due
 * timers: claimed rows are leased to `owner` for `leaseMs`, so another server skips them.
 */
export interface TimerClaims {
  claimDueTimers(now: string, limit: number, leaseMs: number, owner: string): Promise<TimerRow[]>;
}

/** Tells whether a store can lease due timers to one scheduler at a time. */
export function canClaimTimers(store: Store): store is Store & TimerClaims {
  return typeof (store as Partial<TimerClaims>).claimDueTimers === 'function';
}

type Scope =
  | { readonly tx: StoreReader & StoreWriter; readonly claim?: undefined }
  | { readonly tx?: undefined; readonly claim: { leaseMs: number; owner: string } };

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
}

/** Wraps a store so calls join the transaction of their async context. */
export function routeStore(base: Store): RoutedStore {
  const scope = new AsyncLocalStorage<Scope>();
  const target = (): StoreReader & StoreWriter => scope.getStore()?.tx ?? base;
  const store: Store = {
    getInstance: (id) => target().getInstance(id),
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
    commit: (change) => target().commit(change),
    ackOutbox: (ids) => target().ackOutbox(ids),
    transaction: (work) => {
      const current = scope.getStore()?.tx;
      if (current !== undefined) return work(current);
      return base.transaction((tx) => scope.run({ tx }, () => work(tx)));
    },
  };
  return {
    store,
    inTransaction: (work) => store.transaction(() => work()),
    withTimerLease: (leaseMs, owner, work) => scope.run({ claim: { leaseMs, owner } }, work),
  };
}
