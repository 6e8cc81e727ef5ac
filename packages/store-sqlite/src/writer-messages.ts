import type { CommitResult } from '@yizhan/core/flow';
import type { PreparedCommit } from './prepared-commit';

/** What the writer thread is started with (its `workerData`). */
export interface WriterSettings {
  /** The database file, already migrated and in WAL mode. */
  readonly file: string;
  /** SQLite's `busy_timeout` in milliseconds. */
  readonly timeout: number;
  readonly synchronous: 'full' | 'normal';
}

/** An error as it crosses between threads: enough to throw it again on the other side. */
export interface WireError {
  readonly name: string;
  readonly message: string;
  /** SQLite's result code (`SQLITE_BUSY`, `SQLITE_FULL`, …) when SQLite raised it. */
  readonly code?: string;
  readonly stack?: string;
}

/** The calling thread asks the writer thread to write one group of commits in one transaction. */
export interface GroupRequest {
  readonly id: number;
  readonly changes: readonly PreparedCommit[];
}

/** How one commit of a group ended. */
export type WireOutcome =
  | { readonly ok: true; readonly result: CommitResult }
  | { readonly ok: false; readonly error: WireError };

/**
 * The writer thread's answer to a {@link GroupRequest}, sent after COMMIT returned (or
 * after the group was rolled back: then `failure` says why and nothing of it was written).
 */
export type GroupReply =
  | { readonly id: number; readonly outcomes: readonly WireOutcome[] }
  | { readonly id: number; readonly failure: WireError };

/** Turns any thrown value into a {@link WireError}. */
export function toWireError(error: unknown): WireError {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return {
      name: error.name,
      message: error.message,
      ...(typeof code === 'string' ? { code } : {}),
      ...(error.stack === undefined ? {} : { stack: error.stack }),
    };
  }
  return { name: 'Error', message: String(error) };
}

/** Rebuilds an error from a {@link WireError}: same class name, message, code and stack. */
export function fromWireError(wire: WireError): Error {
  const error =
    wire.name === 'RangeError'
      ? new RangeError(wire.message)
      : wire.name === 'TypeError'
        ? new TypeError(wire.message)
        : new Error(wire.message);
  if (error.name !== wire.name) Object.defineProperty(error, 'name', { value: wire.name });
  if (wire.code !== undefined) Object.assign(error, { code: wire.code });
  if (wire.stack !== undefined) error.stack = wire.stack;
  return error;
}
