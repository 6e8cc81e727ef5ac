import { jsonCopy, plainCopy } from './json-copy';
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
import type { Store, StoreReader, StoreWriter, TimerClaims, TimerFailures } from './store';

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

/**
 * The row a commit writes for `timer`: the stored job it continues (same key, kind and
 * event, `dueAt` equal to the stored row's `armedAt`) with its retry state, when `timer`
 * carries none of its own; otherwise `timer` itself.
 */
export function keptTimer(timer: TimerRow, stored: readonly TimerRow[]): TimerRow {
  if (timer.attempts !== undefined) return timer;
  const old = stored.find(
    (candidate) =>
      candidate.armedAt !== undefined &&
      candidate.armedAt === timer.dueAt &&
      candidate.key === timer.key &&
      candidate.kind === timer.kind &&
      candidate.event === timer.event,
  );
  return old ?? timer;
}

/**
 * The store's rows. Each is a copy made on commit ({@link jsonCopy}: exactly what
 * `JSON.parse` of its text would give) that is never changed afterwards; readers get
 * copies of it. A rolled-back transaction puts the previous rows back.
 */
interface State {
  instances: Map<string, InstanceRow>;
  tasks: Map<string, readonly TaskRow[]>;
  timers: Map<string, readonly TimerRow[]>;
  /** Append-only per instance; a rolled-back commit cuts its array back. */
  history: Map<string, HistoryEntry[]>;
  outbox: Map<string, OutboxRow>;
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
 * Rows are stored as copies of what was committed, made exactly as a JSON column would
 * keep them (`undefined` left out, `Date`s as text), and handed out as copies, so what
 * comes back is what a database would return. Transactions are serialized; a failed one
 * is rolled back. Timers can be claimed with a lease ({@link TimerClaims}) and job
 * failures recorded ({@link TimerFailures}), like in the SQL stores.
 *
 * @example
 * const runtime = createRuntime({ store: createMemoryStore(), definitions: [flow] });
 */
export function createMemoryStore(
  options: MemoryStoreOptions = {},
): Store & TimerClaims & TimerFailures {
  const state: State = {
    instances: new Map(),
    tasks: new Map(),
    timers: new Map(),
    history: new Map(),
    outbox: new Map(),
    leases: new Map(),
  };
  const { onCommit } = options;
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

  /** Sets or (for an empty list) deletes an instance's rows, remembering the old ones. */
  function replace<V>(map: Map<string, readonly V[]>, id: string, rows: readonly V[]): void {
    if (rows.length === 0 && !map.has(id)) return;
    remember(map, id);
    if (rows.length === 0) map.delete(id);
    else map.set(id, rows);
  }

  const reader: StoreReader = {
    async getInstance(id) {
      const row = state.instances.get(id);
      return row === undefined ? null : plainCopy(row);
    },
    async listInstances(query: InstanceQuery = {}) {
      const rows: InstanceRow[] = [];
      for (const row of state.instances.values())
        if (
          (query.flowId === undefined || row.flowId === query.flowId) &&
          (query.flowVersion === undefined || row.flowVersion === query.flowVersion) &&
          (query.status === undefined || row.status === query.status)
        )
          rows.push(plainCopy(row));
      return rows.sort((a, b) => byKey(a.createdAt, b.createdAt) || byKey(a.id, b.id));
    },
    async tasksFor(query: TaskQuery) {
      const groups = query.groups ?? [];
      const found: TaskRow[] = [];
      for (const rows of state.tasks.values()) {
        for (const task of rows) {
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
      return plainCopy(query.limit === undefined ? found : found.slice(0, query.limit));
    },
    async tasksOf(instanceId) {
      const rows = state.tasks.get(instanceId);
      return rows === undefined ? [] : plainCopy([...rows].sort(compareTasks));
    },
    async dueTimers(now, limit) {
      const due: TimerRow[] = [];
      for (const rows of state.timers.values())
        for (const timer of rows) if (timer.dueAt <= now && timer.failed !== true) due.push(timer);
      return plainCopy(due.sort(compareTimers).slice(0, limit));
    },
    async timersOf(instanceId) {
      const rows = state.timers.get(instanceId);
      return rows === undefined ? [] : plainCopy([...rows].sort(compareTimers));
    },
    async history(instanceId, afterSeq = 0) {
      const entries = state.history.get(instanceId) ?? [];
      return plainCopy(entries.slice(afterSeq));
    },
    async pendingOutbox(limit) {
      return plainCopy(
        [...state.outbox.values()]
          .sort(
            (a, b) =>
              byKey(a.at, b.at) ||
              byKey(a.instanceId, b.instanceId) ||
              a.seq - b.seq ||
              a.index - b.index,
          )
          .slice(0, limit),
      );
    },
  };

  const writer: StoreWriter = {
    async commit(change: InstanceCommit): Promise<CommitResult> {
      const { id } = change.instance;
      const current = state.instances.get(id)?.version ?? null;
      if ((current ?? 0) !== change.expectedVersion)
        return { ok: false, reason: 'stale', currentVersion: current };
      if (change.instance.version !== change.expectedVersion + 1)
        throw new RangeError(
          `InstanceCommit.instance.version must be expectedVersion + 1 (${change.expectedVersion + 1}), got ${change.instance.version}.`,
        );
      const entries = state.history.get(id);
      const length = entries?.length ?? 0;
      change.history.forEach((entry, index) => {
        if (entry.seq !== length + index + 1)
          throw new RangeError(
            `History entries must continue the sequence: expected seq ${length + index + 1}, got ${entry.seq}.`,
          );
      });
      // Copy everything before writing anything, so a row that cannot be copied writes nothing.
      const instance = jsonCopy(change.instance);
      const history = jsonCopy(change.history) as HistoryEntry[];
      const tasks = jsonCopy(change.tasks);
      const stored = state.timers.get(id) ?? [];
      const timers = jsonCopy(change.timers).map((timer) => keptTimer(timer, stored));
      const outbox = jsonCopy(change.outbox);

      remember(state.instances, id);
      state.instances.set(id, instance);
      if (entries === undefined) {
        remember(state.history, id);
        state.history.set(id, history);
      } else {
        entries.push(...history);
        if (journal !== null)
          journal.push(() => {
            entries.length = length;
          });
      }
      replace(state.tasks, id, tasks);
      // A timer the commit keeps unchanged keeps its lease; any other lease ends.
      if (state.leases.size > 0)
        for (const old of state.timers.get(id) ?? []) {
          if (timers.some((timer) => sameTimer(old, timer))) continue;
          const key = leaseKey(old);
          if (!state.leases.has(key)) continue;
          remember(state.leases, key);
          state.leases.delete(key);
        }
      replace(state.timers, id, timers);
      for (const message of outbox) {
        remember(state.outbox, message.id);
        state.outbox.set(message.id, message);
      }
      if (onCommit !== undefined) onCommit(JSON.stringify(instance).length);
      return { ok: true };
    },
    async ackOutbox(ids) {
      for (const id of ids) {
        if (!state.outbox.has(id)) continue;
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

  const failures: TimerFailures = {
    async failTimer(instanceId: string, key: string, failure: TimerFailure) {
      const rows = state.timers.get(instanceId) ?? [];
      const index = rows.findIndex((timer) => timer.key === key);
      const old = rows[index];
      if (
        old === undefined ||
        old.kind !== 'job' ||
        old.dueAt !== failure.seen.dueAt ||
        (old.attempts ?? 0) !== failure.seen.attempts
      )
        return false;
      const next: TimerRow = {
        ...old,
        dueAt: failure.nextDueAt,
        armedAt: old.armedAt ?? old.dueAt,
        attempts: failure.attempts,
        lastError: failure.error,
        failed: false,
      };
      replace(
        state.timers,
        instanceId,
        rows.map((timer, at) => (at === index ? next : timer)),
      );
      const lease = leaseKey(old);
      if (state.leases.has(lease)) {
        remember(state.leases, lease);
        state.leases.delete(lease);
      }
      return true;
    },
  };

  const tx: StoreReader & StoreWriter = { ...reader, ...writer };

  // Every call outside a transaction waits for the running transaction to finish, so
  // nobody sees its writes half done. With no transaction running, the call goes straight
  // to the method.
  function locked<A extends unknown[], R>(method: (...args: A) => Promise<R>) {
    const waiting = async (...args: A): Promise<R> => {
      let seen: Promise<void>;
      do {
        seen = lock;
        await seen;
      } while (seen !== lock);
      return method(...args);
    };
    return (...args: A): Promise<R> => (busy === 0 ? method(...args) : waiting(...args));
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
    failTimer: locked(failures.failTimer),
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
