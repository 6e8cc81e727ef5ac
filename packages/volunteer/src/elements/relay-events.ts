import type { RelayEvent } from '../relay/relay-book';

/**
 * Detail of `yz-relay-add`: a `pasted` event carrying the pasted text, every line of it,
 * read or not (lines still to correct become rows to correct, never dropped).
 */
export interface YzRelayAddDetail {
  /** The book events to append to `events`, in order. */
  readonly events: readonly RelayEvent[];
  /** The text that was pasted (after any corrections made in the preview). */
  readonly text: string;
}

/** Detail of `yz-relay-correct`: a `corrected` event with the row's new text. */
export interface YzRelayCorrectDetail {
  readonly events: readonly RelayEvent[];
  /** The key of the corrected row (`RelayRow.key`). */
  readonly row: string;
  readonly text: string;
}

/** Detail of `yz-relay-withdraw`: a `withdrawn` event for one row. */
export interface YzRelayWithdrawDetail {
  readonly events: readonly RelayEvent[];
  readonly row: string;
}

/** A new event id: a UUID where the browser offers one (secure pages), else time and chance. */
export function defaultEventId(): string {
  const crypto = globalThis.crypto as Crypto | undefined;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
