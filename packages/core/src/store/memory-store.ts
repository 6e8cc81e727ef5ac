import type {
  CommitResult,
  HistoryEntry,
  InstanceCommit,
  InstanceQuery,
  InstanceRow,
  OutboxRow,
  TaskQuery,
  TaskRow,
  TimerRow,
} from './rows';
import type { Store, StoreReader, StoreWriter, TimerClaims } from './store';

/** Rows are kept as JSON text, like a database column would: no shared references, no functions. */
const copy = <T>(text: string): T => JSON.parse(text) as T;
const text = (value: unknown): string => JSON.stringify(value);

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Orders tasks as the Store contract says: dueAt (none last), since, instanceId, key. */
export function compareTasks(a: TaskRow, b: TaskRow): number {
  if (a.dueAt !== b.dueAt) {
    if (a.dueAt === null) return 1;
    if (b.dueAt === null) return -1;
    return byKey(a.dueAt, b.dueAt);
  }
  return byKey(a.since, b.since) || byKey(a.instanceId, b.instanceId) || byKey(a.key, b.key);
}

/** Orders timers as the Store contract says: dueAt, instanceId, key. */
export function compareTimers(a: TimerRow, b: TimerRow): number {
  return byKey(a.dueAt, b.dueAt) || byKey(a.instanceId, b.instanceId) || byKey(a.key, b.key);
}

const intersects = (a: readonly string[], b: readonly string[]): boolean =>
  a.some((item) => b.includes(item));

/** Whether two timer rows are the same timer: a commit that keeps it keeps its lease. */
export function sameTimer(a: TimerRow, b: TimerRow): boolean {
  return a.key === b.key && a.kind === b.kind && a.event === b.event && a.dueAt === b.dueAt;
}

interface State {
  instances: Map<string, string>;
  tasks: Map<string, string>;
  timers: Map<string, string>;
  history: Map<string, string[]>;
  outbox: Map<string, string>;
  /** Timer leases by `${instanceId}\n${key}`: the lease's end (ISO time); the owner is not needed here. */
  leases: Map<string, string>;
}

const leaseKey = (timer: TimerRow): string => `${timer.instanceId}\n${timer.key}`;

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /**
   * Called once per successful commit with the size of the stored instance row in bytes
   * (its JSON text), so a benchmark can report snapshot size.
   */
  readonly onCommit?: (instanceBytes: number) => void;
}

/**
 * A {@link Store} in memory: for tests, demos and a single process that may lose its data.
 * Rows are stored as JSON text, so what comes back is exactly what a database would
 * return. Transactions are serialized; a failed one is rolled back. Timers can be claimed
 * with a lease ({@link TimerClaims}), like in the SQL stores.
 *
 * @example
 * const runtime = createRuntime({ store: createMemoryStore(), definitions: [flow] });
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): Store & TimerClaims {
  const state: State = {
    instances: new Map(),
    tasks: new Map(),
    timers: new Map(),
    history: new Map(),
    outbox: new Map(),
    leases: new Map(),
  };
  // Undo journal of the running transaction; null outside one.
  let journal: (() => void)[] | null = null;
  let lock: Promise<void> = Promise.resolve();
  // Whether a transaction holds (or waits for) the lock.
  let busy = 0;

  function remember<K, V>(map: Map<K, V>, key: K): void {
    if (journal === null) return;
    const had = map.has(key);
    const before = map.get(key) as V;
    journal.push(() => (had ? map.set(key, before) : map.delete(key)));
  }

  const reader: StoreReader = {
    async getInstance(id) {
      const row = state.instances.get(id);
      return row === undefined ? null : copy<InstanceRow>(row);
    },
    async listInstances(query: InstanceQuery = {}) {
      const rows = [...state.instances.values()].map((row) => copy<InstanceRow>(row));
      return rows
        .filter(
          (row) =>
            (query.flowId === undefined || row.flowId === query.flowId) &&
            (query.flowVersion === undefined || row.flowVersion === query.flowVersion) &&
            (query.status === undefined || row.status === query.status),
        )
        .sort((a, b) => byKey(a.createdAt, b.createdAt) || byKey(a.id, b.id));
    },
    async tasksFor(query: TaskQuery) {
      const groups = query.groups ?? [];
      const found: TaskRow[] = [];
      for (const rows of state.tasks.values()) {
        for (const task of copy<TaskRow[]>(rows)) {
          if (query.flowId !== undefined && task.flowId !== query.flowId) continue;
          if (
            task.assignees.includes(query.actorId) ||
            intersects(task.roles, query.roles) ||
            intersects(task.groups, groups)
          )
            found.push(task);
        }
      }
      found.sort(compareTasks);
      return query.limit === undefined ? found : found.slice(0, query.limit);
    },
    async tasksOf(instanceId) {
      const rows = state.tasks.get(instanceId);
      return rows === undefined ? [] : copy<TaskRow[]>(rows).sort(compareTasks);
    },
    async dueTimers(now, limit) {
      const due: TimerRow[] = [];
      for (const rows of state.timers.values())
        for (const timer of copy<TimerRow[]>(rows)) if (timer.dueAt <= now) due.push(timer);
      return due.sort(compareTimers).slice(0, limit);
    },
    async timersOf(instanceId) {
      const rows = state.timers.get(instanceId);
      return rows === undefined ? [] : copy<TimerRow[]>(rows).sort(compareTimers);
    },
    async history(instanceId, afterSeq = 0) {
      const entries = state.history.get(instanceId) ?? [];
      return entries.slice(afterSeq).map((entry) => copy<HistoryEntry>(entry));
    },
    async pendingOutbox(limit) {
      return [...state.outbox.values()]
        .map((row) => copy<OutboxRow>(row))
        .sort(
          (a, b) =>
            byKey(a.at, b.at) ||
            byKey(a.instanceId, b.instanceId) ||
            a.seq - b.seq ||
            a.index - b.index,
        )
        .slice(0, limit);
    },
  };

  const writer: StoreWriter = {
    async commit(change: InstanceCommit): Promise<CommitResult> {
      const { instance } = change;
      const stored = state.instances.get(instance.id);
      const current = stored === undefined ? null : copy<InstanceRow>(stored).version;
      if ((current ?? 0) !== change.expectedVersion)
        return { ok: false, reason: 'stale', currentVersion: current };
      if (instance.version !== change.expectedVersion + 1)
        throw new RangeError(
          `InstanceCommit.instance.version must be expectedVersion + 1 (${change.expectedVersion + 1}), got ${instance.version}.`,
        );
      const entries = state.history.get(instance.id) ?? [];
      change.history.forEach((entry, index) => {
        if (entry.seq !== entries.length + index + 1)
          throw new RangeError(
            `History entries must continue the sequence: expected seq ${entries.length + index + 1}, got ${entry.seq}.`,
          );
      });
      const row = text(instance);
      remember(state.instances, instance.id);
      state.instances.set(instance.id, row);
      remember(state.history, instance.id);
      state.history.set(instance.id, [...entries, ...change.history.map(text)]);
      remember(state.tasks, instance.id);
      if (change.tasks.length === 0) state.tasks.delete(instance.id);
      else state.tasks.set(instance.id, text(change.tasks));
      // A timer the commit keeps unchanged keeps its lease; any other lease ends.
      for (const old of copy<TimerRow[]>(state.timers.get(instance.id) ?? '[]')) {
        if (change.timers.some((timer) => sameTimer(old, timer))) continue;
        remember(state.leases, leaseKey(old));
        state.leases.delete(leaseKey(old));
      }
      remember(state.timers, instance.id);
      if (change.timers.length === 0) state.timers.delete(instance.id);
      else state.timers.set(instance.id, text(change.timers));
      for (const message of change.outbox) {
        remember(state.outbox, message.id);
        state.outbox.set(message.id, text(message));
      }
      options.onCommit?.(row.length);
      return { ok: true };
    },
    async ackOutbox(ids) {
      for (const id of ids) {
        remember(state.outbox, id);
        state.outbox.delete(id);
      }
    },
  };

  const claims: TimerClaims = {
    async claimDueTimers(now, limit, leaseMs) {
      const until = new Date(Date.parse(now) + leaseMs).toISOString();
      const free = (await reader.dueTimers(now, Number.POSITIVE_INFINITY)).filter(
        (timer) => (state.leases.get(leaseKey(timer)) ?? '') <= now,
      );
      const claimed = free.slice(0, limit);
      for (const timer of claimed) {
        remember(state.leases, leaseKey(timer));
        state.leases.set(leaseKey(timer), until);
      }
      return claimed;
    },
  };

  const tx: StoreReader & StoreWriter = { ...reader, ...writer };

  // Every call outside a transaction waits for the running transaction to finish, so
  // nobody sees its writes half done.
  function locked<A extends unknown[], R>(method: (...args: A) => Promise<R>) {
    return async (...args: A): Promise<R> => {
      if (busy === 0) return method(...args);
      let seen: Promise<void>;
      do {
        seen = lock;
        await seen;
      } while (seen !== lock);
      return method(...args);
    };
  }

  return {
    getInstance: locked(reader.getInstance),
    listInstances: locked(reader.listInstances),
    tasksFor: locked(reader.tasksFor),
    tasksOf: locked(reader.tasksOf),
    dueTimers: locked(reader.dueTimers),
    timersOf: locked(reader.timersOf),
    history: locked(reader.history),
    pendingOutbox: locked(reader.pendingOutbox),
    commit: locked(writer.commit),
    ackOutbox: locked(writer.ackOutbox),
    claimDueTimers: locked(claims.claimDueTimers),
    async transaction(work) {
      const previous = lock;
      busy += 1;
      let release = (): void => {};
      lock = new Promise<void>((resolve) => {
        release = resolve;
      });
      await previous;
      journal = [];
      try {
        const result = await work(tx);
        return result;
      } catch (error) {
        for (const undo of journal.reverse()) undo();
        throw error;
      } finally {
        journal = null;
        busy -= 1;
        release();
      }
    },
  };
}
