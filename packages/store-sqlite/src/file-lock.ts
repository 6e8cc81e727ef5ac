/**
 * One queue of write work per database file in this process. better-sqlite3 is
 * synchronous: if two connections of one process both wanted the file's write lock, the
 * second would block the whole event loop in SQLite's busy handler while the first waits
 * on that same loop to finish its async transaction. So writers of one process take turns
 * here first, and only other processes are left to SQLite's locks and busy timeout.
 */
export interface FileLock {
  /** Runs `work` when every earlier work of this file has finished; one at a time. */
  run<T>(work: () => Promise<T> | T): Promise<T>;
  /** Gives the lock back to the registry; the last holder of a file removes it. */
  release(): void;
}

interface Entry {
  tail: Promise<unknown>;
  holders: number;
}

const locks = new Map<string, Entry>();

/** The write queue of `key` (a resolved file path, or a unique key for an in-memory database). */
export function acquireFileLock(key: string): FileLock {
  let entry = locks.get(key);
  if (entry === undefined) {
    entry = { tail: Promise.resolve(), holders: 0 };
    locks.set(key, entry);
  }
  entry.holders += 1;
  const held = entry;
  let released = false;
  return {
    run<T>(work: () => Promise<T> | T): Promise<T> {
      const result = held.tail.then(work);
      // The queue goes on after a failure; the caller sees the error through `result`.
      held.tail = result.catch(() => undefined);
      return result;
    },
    release() {
      if (released) return;
      released = true;
      held.holders -= 1;
      if (held.holders === 0 && locks.get(key) === held) locks.delete(key);
    },
  };
}
