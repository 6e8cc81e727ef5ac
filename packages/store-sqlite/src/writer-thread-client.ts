import { Worker } from 'node:worker_threads';
import type { PreparedCommit } from './prepared-commit';
import type { GroupOutcome } from './write-group';
import {
  fromWireError,
  type GroupReply,
  type GroupRequest,
  type WriterSettings,
} from './writer-messages';

/**
 * Thrown by {@link WriterThread.write} when the thread stopped before it had opened the
 * file: nothing of the group was written, so the caller may write it another way.
 */
export class WriterThreadUnavailable extends Error {
  override readonly name = 'WriterThreadUnavailable';
}

/** The calling side of the store's writer thread. */
export interface WriterThread {
  /**
   * Writes `changes` in one transaction on the thread. Resolves after COMMIT with each
   * commit's outcome; rejects when the group as a whole failed (nothing of it written),
   * with {@link WriterThreadUnavailable} when the thread never started.
   */
  write(changes: readonly PreparedCommit[]): Promise<GroupOutcome[]>;
  /** False once the thread has stopped; the store then writes on the calling thread. */
  readonly running: boolean;
  /** Lets the thread finish and close its connection. */
  close(): Promise<void>;
}

interface Waiting {
  readonly resolve: (outcomes: GroupOutcome[]) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Starts the writer thread from `script` (the built `writer-thread.js`) over `settings.file`.
 * The thread keeps the process alive only while a group is being written.
 */
export function startWriterThread(script: URL, settings: WriterSettings): WriterThread {
  const worker = new Worker(script, { workerData: settings });
  worker.unref();
  const waiting = new Map<number, Waiting>();
  let nextId = 0;
  let ready = false;
  let stopped: Error | undefined;
  let closing = false;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));

  /** Fails every group still waiting: the thread is gone. */
  function stop(reason: Error): void {
    if (stopped !== undefined) return;
    stopped = ready
      ? new Error(
          `The SQLite writer thread stopped (${reason.message}); the commits it was writing may or may not be stored: read them back before retrying. ` +
            `(SQLite 写入线程已停止，正在写入的提交可能未保存：请先读取核对再重试。)`,
          { cause: reason },
        )
      : new WriterThreadUnavailable(`The SQLite writer thread did not start: ${reason.message}`, {
          cause: reason,
        });
    for (const entry of waiting.values()) entry.reject(stopped);
    waiting.clear();
  }

  worker.on('message', (message: GroupReply | 'ready') => {
    if (message === 'ready') {
      ready = true;
      return;
    }
    const entry = waiting.get(message.id);
    if (entry === undefined) return;
    waiting.delete(message.id);
    if (waiting.size === 0) worker.unref();
    if ('failure' in message) {
      entry.reject(fromWireError(message.failure));
      return;
    }
    entry.resolve(
      message.outcomes.map((outcome) =>
        outcome.ok ? outcome : { ok: false, error: fromWireError(outcome.error) },
      ),
    );
  });
  worker.on('error', (error) => stop(error));
  worker.on('exit', (code) => {
    if (!closing) stop(new Error(`exit code ${code}`));
  });

  return {
    get running() {
      return stopped === undefined && !closing;
    },
    write(changes) {
      if (stopped !== undefined) return Promise.reject(stopped);
      const id = ++nextId;
      const request: GroupRequest = { id, changes };
      return new Promise<GroupOutcome[]>((resolve, reject) => {
        // Throws (DataCloneError) for a value no thread can receive, such as a function
        // given as an id: the group was not sent and fails as a whole.
        worker.postMessage(request);
        if (waiting.size === 0) worker.ref();
        waiting.set(id, { resolve, reject });
      });
    },
    async close() {
      if (closing) return exited;
      closing = true;
      if (stopped === undefined) {
        worker.ref();
        worker.postMessage('close');
      }
      await exited;
    },
  };
}
