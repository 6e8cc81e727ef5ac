import { resolve } from 'node:path';
import type {
  CommitResult,
  InstanceCommit,
  Store,
  StoreReader,
  StoreWriter,
  TimerFailure,
  TimerRow,
} from '@yizhan/core/flow';
import Database from 'better-sqlite3';
import { acquireFileLock } from './file-lock';
import { migrate, SCHEMA_VERSION } from './migrations';
import { type PreparedCommit, prepareCommit } from './prepared-commit';
import { prepareReads, prepareWrites, type Reads } from './queries';
import { tune } from './tune';
import { type GroupOutcome, prepareGroupStatements, writeGroup } from './write-group';
import { writerScript } from './writer-script';
import {
  startWriterThread,
  type WriterThread,
  WriterThreadUnavailable,
} from './writer-thread-client';

/** Options of {@link openSqliteStore}. */
export interface SqliteStoreOptions {
  /** The database file, created with its folder's permissions when missing; `:memory:` for a throwaway store. */
  readonly file: string;
  /**
   * How long a write waits for another process holding the file's write lock before it
   * fails with `SQLITE_BUSY`, in milliseconds (SQLite's `busy_timeout`). Default 5000.
   * The wait blocks this process's event loop, so keep other processes' transactions short.
   */
  readonly busyTimeoutMs?: number;
  /**
   * `full` (the default): a commit is acknowledged only after it is on disk (fsync of the
   * write-ahead log), so it survives a crash of the process, the operating system or the
   * power. `normal`: it survives a crash of the process; a power loss may take back the
   * last commits (never corrupt the file). Concurrent commits share one fsync either way.
   */
  readonly synchronous?: 'full' | 'normal';
  /**
   * Where the writer thread's script is, or `false` to write on the calling thread.
   * Commits are written by a worker thread with its own connection, so SQLite's work and
   * each group's fsync run beside the flow runtime instead of in turn with it. By default
   * the script is the store's own `writer-thread.js` beside this module (in `dist/`); when
   * that file is missing (the store runs from its TypeScript sources, or a bundler left it
   * out: copy or bundle it beside the bundle) and for `:memory:` the store writes on the
   * calling thread, with the same guarantees and fewer commits a second under load.
   */
  readonly writerThread?: URL | string | false;
}

/**
 * A {@link Store} in one SQLite file, with leased timer claims (the `TimerClaims`
 * capability of `@yizhan/core`) for schedulers in several processes.
 */
export interface SqliteStore extends Store {
  /** Claims due timers with a lease; see `TimerClaims` in `@yizhan/core`. */
  claimDueTimers(now: string, limit: number, leaseMs: number, owner: string): Promise<TimerRow[]>;
  /** Records a failed job run and postpones it; see `TimerFailures` in `@yizhan/core`. */
  failTimer(instanceId: string, key: string, failure: TimerFailure): Promise<boolean>;
  /**
   * Deletes up to `limit` instances of `flowId` last updated before `updatedBefore` (ISO
   * 8601 UTC), with their tasks, timers, history and outbox; answers how many. The server
   * uses it to forget idempotency answers after their retention.
   */
  purgeInstances(flowId: string, updatedBefore: string, limit: number): Promise<number>;
  /**
   * True while commits are written by the writer thread; false when the store writes on
   * the calling thread (`writerThread: false`, `:memory:`, no script found, or the
   * thread stopped).
   */
  readonly writesOnThread: boolean;
  /** The file's schema version: the highest migration applied. */
  readonly schemaVersion: number;
  /** The schema version the file had before this open migrated it (0 for a new file). */
  readonly migratedFrom: number;
  /** Waits for the commits under way, then closes the file. The store cannot be used after. */
  close(): Promise<void>;
}

/** A write waiting for the next group commit: one commit, or the work of `transaction`. */
type Pending =
  | {
      readonly change: InstanceCommit;
      readonly resolve: (result: CommitResult) => void;
      readonly reject: (error: unknown) => void;
    }
  | {
      readonly work: (tx: StoreReader & StoreWriter) => Promise<unknown>;
      readonly resolve: (result: unknown) => void;
      readonly reject: (error: unknown) => void;
    };

/** A pending plain commit. */
type CommitItem = Extract<Pending, { change: InstanceCommit }>;

/** A run of a group: consecutive plain commits, or consecutive transactions. */
type Run =
  | { readonly work: false; readonly items: CommitItem[] }
  | { readonly work: true; readonly items: Pending[] };

/** Splits a group into runs of plain commits and runs of transactions, in order. */
function runsOf(batch: readonly Pending[]): Run[] {
  const runs: Run[] = [];
  for (const item of batch) {
    const last = runs.at(-1);
    if ('work' in item) {
      if (last?.work === true) last.items.push(item);
      else runs.push({ work: true, items: [item] });
    } else if (last?.work === false) last.items.push(item);
    else runs.push({ work: false, items: [item] });
  }
  return runs;
}

/** How an item of a group commit ended, answered after the group's COMMIT. */
type Outcome = { ok: true; result: unknown } | { ok: false; error: unknown };

/**
 * The most items of one group commit. Items that arrive while a group is written wait for
 * the next one; the cap bounds how long the first item of a group waits for its answer.
 */
const MAX_GROUP = 256;

let memoryDatabases = 0;

/**
 * Runs `work`, trying again for up to `timeout` ms while another process holds the
 * file: switching a new file to WAL takes an exclusive lock and SQLite does not wait
 * for it on its own.
 */
function whenFree<T>(work: () => T, timeout: number): T {
  const until = Date.now() + timeout;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      return work();
    } catch (error) {
      const busy = (error as { code?: string }).code === 'SQLITE_BUSY';
      if (!busy || Date.now() >= until) throw error;
      Atomics.wait(pause, 0, 0, 10);
    }
  }
}

/**
 * Opens (or creates) a Yizhan SQLite file: WAL journal, a busy timeout, and the schema
 * migrated on open (a file written by a newer version is refused with
 * `SchemaVersionError`). One process may open a file several times and several processes
 * may share it: writes go one at a time through `BEGIN IMMEDIATE` transactions, reads
 * never wait for writes and only see committed data.
 *
 * @example
 * const store = openSqliteStore({ file: '/var/lib/yizhan/yizhan.db' });
 * const runtime = createRuntime({ store, definitions: [microWish] });
 * // … on shutdown:
 * await store.close();
 */
export function openSqliteStore(options: SqliteStoreOptions): SqliteStore {
  const memory = options.file === ':memory:';
  const file = memory ? options.file : resolve(options.file);
  const timeout = options.busyTimeoutMs ?? 5000;
  const synchronous = options.synchronous === 'normal' ? 'normal' : 'full';
  const script = memory ? undefined : writerScript(options.writerThread);
  const writer = new Database(file, { timeout });
  let migratedFrom: number;
  try {
    writer.pragma(`busy_timeout = ${Math.max(0, Math.floor(timeout))}`);
    if (!memory) whenFree(() => writer.pragma('journal_mode = WAL'), timeout);
    writer.pragma(`synchronous = ${synchronous.toUpperCase()}`);
    tune(writer);
    migratedFrom = migrate(writer, file);
  } catch (error) {
    writer.close();
    throw error;
  }
  // A second connection for reads while a transaction is open: it sees only committed
  // data, so a reader never sees a transaction half done and never waits for one. An
  // in-memory database has only the one connection.
  const reader = memory ? writer : tune(new Database(file, { timeout, readonly: true }));
  const lock = acquireFileLock(memory ? `:memory:${++memoryDatabases}` : file);
  const reads = prepareReads(reader);
  const writerReads = prepareReads(writer);
  const writes = prepareWrites(writer);
  const groupStatements = prepareGroupStatements(writer);
  const { begin, commit: commitTransaction, rollback } = groupStatements;
  // Started after the migrations: the thread's connection finds the file ready.
  const thread =
    script === undefined ? undefined : startWriterThread(script, { file, timeout, synchronous });
  let pending: Pending[] = [];
  let flushing = false;
  let closed = false;

  function checkOpen(): void {
    if (closed) throw new Error('This SQLite store is closed; open the file again to use it.');
  }

  /** Runs `work` in one `BEGIN IMMEDIATE` transaction, after the other writers of this process. */
  function immediate<T>(work: () => Promise<T> | T): Promise<T> {
    return lock.run(async () => {
      checkOpen();
      await threadBelow(1);
      begin.run();
      try {
        const result = await work();
        commitTransaction.run();
        return result;
      } catch (error) {
        if (writer.inTransaction) rollback.run();
        throw error;
      }
    });
  }

  const savepoint = writer.prepare('SAVEPOINT yizhan_transaction');
  const release = writer.prepare('RELEASE yizhan_transaction');
  const rollbackTo = writer.prepare('ROLLBACK TO yizhan_transaction');

  /** Runs one `transaction(work)` of a group in a savepoint: undone alone when it fails. */
  async function runWork(
    work: (tx: StoreReader & StoreWriter) => Promise<unknown>,
  ): Promise<Outcome> {
    savepoint.run();
    try {
      const result = await work(tx);
      release.run();
      return { ok: true, result };
    } catch (error) {
      // Some errors (a full disk, an I/O error) end the whole transaction: the group is lost.
      if (!writer.inTransaction) throw error;
      rollbackTo.run();
      release.run();
      return { ok: false, error };
    }
  }

  /** Prepares each commit's JSON; one with no JSON (a BigInt, a cycle) is refused alone. */
  function prepareItems(items: readonly CommitItem[]): {
    sending: CommitItem[];
    prepared: PreparedCommit[];
  } {
    const sending: CommitItem[] = [];
    const prepared: PreparedCommit[] = [];
    for (const item of items) {
      try {
        prepared.push(prepareCommit(item.change));
        sending.push(item);
      } catch (error) {
        item.reject(error);
      }
    }
    return { sending, prepared };
  }

  /** Answers each item of a group with its outcome, after the group's COMMIT. */
  function answer(items: readonly Pending[], outcomes: readonly Outcome[]): void {
    items.forEach((item, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok) (item.resolve as (result: unknown) => void)(outcome.result);
      else item.reject(outcome?.error);
    });
  }

  /** Writes `items` in one transaction on this thread's connection. */
  async function writeHere(items: readonly Pending[]): Promise<void> {
    if (items.every((item) => 'change' in item)) return writeCommitsHere(items as CommitItem[]);
    const outcomes: Outcome[] = [];
    try {
      checkOpen();
      begin.run();
      try {
        for (const item of items) {
          if ('work' in item) {
            outcomes.push(await runWork(item.work));
            continue;
          }
          try {
            outcomes.push({ ok: true, result: writes.commit(prepareCommit(item.change)) });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
        commitTransaction.run();
      } catch (error) {
        if (writer.inTransaction) rollback.run();
        throw error;
      }
    } catch (error) {
      for (const item of items) item.reject(error);
      return;
    }
    answer(items, outcomes);
  }

  /** Writes plain commits in one transaction here, savepoints only if one throws (`writeGroup`). */
  function writeCommitsHere(items: readonly CommitItem[]): void {
    const { sending, prepared } = prepareItems(items);
    let outcomes: Outcome[];
    try {
      checkOpen();
      outcomes = writeGroup(writer, writes, groupStatements, prepared);
    } catch (error) {
      for (const item of sending) item.reject(error);
      return;
    }
    answer(sending, outcomes);
  }

  // Groups sent to the writer thread and not answered yet. A second group is sent while
  // the first is written, so the runtime's work on the next events overlaps the writing
  // of the last ones; more would only make groups smaller (one fsync each).
  const onThread = new Set<Promise<void>>();
  let warned = false;

  /** Waits until fewer than `limit` groups are on the writer thread. */
  async function threadBelow(limit: number): Promise<void> {
    while (onThread.size >= limit) await Promise.race(onThread);
  }

  /** Writes plain commits in one transaction on the writer thread; answers them when done. */
  async function writeOnThread(running: WriterThread, items: readonly CommitItem[]): Promise<void> {
    const { sending, prepared } = prepareItems(items);
    if (sending.length === 0) return;
    let outcomes: GroupOutcome[];
    try {
      outcomes = await running.write(prepared);
    } catch (error) {
      // The thread never opened the file: nothing was written, so they go first in the
      // queue again, to be written on this thread.
      if (error instanceof WriterThreadUnavailable) {
        if (!warned)
          process.emitWarning(`${error.message}; the SQLite store writes on the calling thread.`);
        warned = true;
        pending = [...sending, ...pending];
        enqueue(undefined);
        return;
      }
      for (const item of sending) item.reject(error);
      return;
    }
    answer(sending, outcomes);
  }

  // Group commit: commits and transactions that arrive while the event loop is busy (or
  // while the previous group is written) are written together in one transaction, so they
  // share one fsync. Each is answered on its own (a transaction's work in a savepoint;
  // plain commits with savepoints only when one throws, see `writeGroup`); all are
  // answered only after COMMIT returns, so nothing is acknowledged before it is on disk.
  // A transaction's work runs alone on the writer: the next item waits for it to finish.
  // With a writer thread, runs of plain commits are written there and transactions here
  // (after the thread's groups), in the order they came.
  function flush(): Promise<void> {
    return lock.run(async () => {
      if (thread?.running) await threadBelow(2);
      const batch = pending.slice(0, MAX_GROUP);
      pending = pending.slice(batch.length);
      if (pending.length > 0) setImmediate(() => void flush());
      else flushing = false;
      if (batch.length === 0) return;
      if (!thread?.running) return writeHere(batch);
      for (const run of runsOf(batch)) {
        // The thread may have stopped while an earlier run of this batch was written.
        if (run.work || !thread.running) {
          await threadBelow(1);
          await writeHere(run.items);
          continue;
        }
        // An idle thread gets the run as two groups: their writers are answered at two
        // times, so from then on one half's next commits are made while the other half's
        // are written, instead of all of them waiting for one group.
        const half = onThread.size === 0 ? Math.ceil(run.items.length / 2) : run.items.length;
        for (const items of [run.items.slice(0, half), run.items.slice(half)]) {
          if (items.length === 0) continue;
          const written = writeOnThread(thread, items);
          onThread.add(written);
          void written.finally(() => onThread.delete(written));
        }
      }
    });
  }

  /** Queues a write for the next group commit (`undefined`: only makes sure one comes). */
  function enqueue(item: Pending | undefined): void {
    if (item !== undefined) pending.push(item);
    if (flushing) return;
    flushing = true;
    // After the current turn of the event loop: every write made in it joins the group.
    setImmediate(() => void flush());
  }

  const asyncReads = (source: Reads): StoreReader => ({
    getInstance: async (id) => source.getInstance(id),
    listInstances: async (query) => source.listInstances(query),
    tasksFor: async (query) => source.tasksFor(query),
    tasksOf: async (instanceId) => source.tasksOf(instanceId),
    dueTimers: async (now, limit) => source.dueTimers(now, limit),
    timersOf: async (instanceId) => source.timersOf(instanceId),
    history: async (instanceId, afterSeq) => source.history(instanceId, afterSeq),
    pendingOutbox: async (limit) => source.pendingOutbox(limit),
  });

  // Inside `transaction(work)`: the writer's connection, which sees the work's own writes.
  const tx: StoreReader & StoreWriter = {
    ...asyncReads(writerReads),
    commit: async (change) => writes.commit(prepareCommit(change)),
    ackOutbox: async (ids) => writes.ackOutbox(ids, new Date().toISOString()),
  };

  // Outside a transaction the writer's connection answers reads: its page cache is warm,
  // while the reader's is dropped after every commit. While an (async) transaction holds
  // the writer, the reader answers from the last commit.
  const current: Reads = Object.fromEntries(
    Object.keys(reads).map((name) => [
      name,
      (...args: unknown[]) => {
        const source = writer.inTransaction ? reads : writerReads;
        return (source[name as keyof Reads] as (...a: unknown[]) => unknown)(...args);
      },
    ]),
  ) as unknown as Reads;
  const outside = asyncReads(current);
  const guardedReads = Object.fromEntries(
    Object.entries(outside).map(([name, method]) => [
      name,
      async (...args: unknown[]) => {
        checkOpen();
        const read = () => (method as (...a: unknown[]) => Promise<unknown>)(...args);
        // In memory the one connection also carries the running transaction: wait for it.
        return memory ? lock.run(read) : read();
      },
    ]),
  ) as unknown as StoreReader;

  return {
    ...guardedReads,
    schemaVersion: SCHEMA_VERSION,
    migratedFrom,
    get writesOnThread() {
      return thread?.running === true;
    },
    async commit(change) {
      checkOpen();
      return new Promise<CommitResult>((resolve, reject) => enqueue({ change, resolve, reject }));
    },
    ackOutbox(ids) {
      return immediate(() => writes.ackOutbox(ids, new Date().toISOString()));
    },
    claimDueTimers(now, limit, leaseMs, owner) {
      const until = new Date(Date.parse(now) + leaseMs).toISOString();
      return immediate(() => writes.claimDueTimers(now, limit, until, owner));
    },
    failTimer(instanceId, key, failure) {
      return immediate(() => writes.failTimer(instanceId, key, failure));
    },
    purgeInstances(flowId, updatedBefore, limit) {
      return immediate(() => writes.purgeInstances(flowId, updatedBefore, limit));
    },
    async transaction<T>(work: (tx: StoreReader & StoreWriter) => Promise<T>): Promise<T> {
      checkOpen();
      return new Promise<T>((resolve, reject) =>
        enqueue({ work, resolve: resolve as (result: unknown) => void, reject }),
      );
    },
    async close() {
      if (closed) return;
      // Wait for the writes queued so far (their errors belong to their callers).
      // A group the thread could not take comes back to the queue: loop until all is done.
      await lock.run(() => undefined);
      while (pending.length > 0 || onThread.size > 0) {
        while (pending.length > 0) await flush();
        await lock.run(() => threadBelow(1));
      }
      closed = true;
      await thread?.close();
      lock.release();
      if (reader !== writer) reader.close();
      writer.close();
    },
  };
}
