import type { YizhanClient } from './client';
import type { ClientResult, SendAnswer, TaskCommand } from './types';

/** A submission waiting for the network, with the key it was first sent with. */
export interface PendingSend {
  readonly key: string;
  readonly instanceId: string;
  readonly command: TaskCommand;
  /** When it was queued (ISO time). */
  readonly queuedAt: string;
}

/** Where queued submissions are kept: localStorage by default, so a reload keeps them. */
export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * A queue of submissions made while offline (一次提交，只发一次). Each entry keeps its
 * `Idempotency-Key`, so however often it is sent — after a reconnect, a reload, from two
 * tabs — the server applies it once. An entry leaves the queue only when the server
 * answered it (accepted or refused); a network failure keeps it for the next flush.
 */
export class Outbox {
  private readonly storageKey: string;
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly client: YizhanClient,
    private readonly storage: OutboxStorage | null = typeof localStorage === 'undefined'
      ? null
      : localStorage,
    scope = client.endpoint,
    private readonly memory: PendingSend[] = [],
  ) {
    this.storageKey = `yz-outbox:${scope}`;
  }

  /** The submissions waiting, oldest first. */
  pending(): readonly PendingSend[] {
    if (this.storage === null) return [...this.memory];
    try {
      const parsed = JSON.parse(this.storage.getItem(this.storageKey) ?? '[]') as unknown;
      return Array.isArray(parsed) ? (parsed as PendingSend[]) : [];
    } catch {
      return [];
    }
  }

  private write(entries: readonly PendingSend[]): void {
    if (this.storage === null) {
      this.memory.splice(0, this.memory.length, ...entries);
      return;
    }
    if (entries.length === 0) this.storage.removeItem(this.storageKey);
    else this.storage.setItem(this.storageKey, JSON.stringify(entries));
  }

  /** Queues a submission (once per key). */
  add(entry: PendingSend): void {
    const entries = this.pending();
    if (!entries.some((known) => known.key === entry.key)) this.write([...entries, entry]);
  }

  /**
   * Sends every queued submission, one at a time, each with its own key; `onAnswer` hears
   * each server answer. Concurrent calls share one flush, so nothing is sent twice at once.
   */
  flush(onAnswer: (entry: PendingSend, answer: ClientResult<SendAnswer>) => void): Promise<void> {
    this.flushing ??= this.drain(onAnswer).finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async drain(
    onAnswer: (entry: PendingSend, answer: ClientResult<SendAnswer>) => void,
  ): Promise<void> {
    for (const entry of this.pending()) {
      const answer = await this.client.send(entry.instanceId, entry.command, {
        idempotencyKey: entry.key,
      });
      if (!answer.ok && answer.problem.code === 'network') return;
      this.write(this.pending().filter((known) => known.key !== entry.key));
      onAnswer(entry, answer);
    }
  }
}
