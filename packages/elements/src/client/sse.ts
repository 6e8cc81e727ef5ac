import type { Locale } from '@yizhan/core/i18n';
import { clientMessage } from './messages';
import { backoffMs, type RetryPolicy } from './retry';
import type { ClientProblem, InstanceBody } from './types';

/** A running subscription to an instance's event stream. */
export interface InstanceWatcher {
  /** Stops following the stream. */
  close(): void;
}

/** What {@link watchInstance} needs. */
export interface WatchOptions {
  readonly url: string;
  readonly headers: () => Promise<Record<string, string>>;
  readonly fetch: typeof fetch;
  readonly locale: Locale;
  readonly onInstance: (instance: InstanceBody) => void;
  readonly onProblem?: (problem: ClientProblem) => void;
  readonly problemOf: (value: unknown, status: number) => ClientProblem;
  readonly policy: RetryPolicy;
}

/** One server-sent event, as far as the instance stream uses them. */
interface SseEvent {
  readonly event: string;
  readonly id: string | null;
  readonly data: string;
}

/** Splits finished events off a text buffer; returns them and what is left unfinished. */
export function parseSse(buffer: string): { events: SseEvent[]; rest: string } {
  const events: SseEvent[] = [];
  const blocks = buffer.replace(/\r\n?/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let event = 'message';
    let id: string | null = null;
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const name = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (name === 'event') event = value;
      else if (name === 'id') id = value;
      else if (name === 'data') data.push(value);
    }
    if (data.length > 0) events.push({ event, id, data: data.join('\n') });
  }
  return { events, rest };
}

/**
 * Follows `GET /instances/{id}/events` with fetch (EventSource cannot send the bearer
 * token), reconnecting after network failures with backoff and `Last-Event-ID`, so no
 * change is missed and none is delivered twice. The stream ends when the instance is done.
 */
export function watchInstance(options: WatchOptions): InstanceWatcher {
  const abort = new AbortController();
  let lastId: string | null = null;
  let failures = 0;
  const run = async (): Promise<void> => {
    while (!abort.signal.aborted) {
      let done = false;
      try {
        const headers: Record<string, string> = {
          ...(await options.headers()),
          accept: 'text/event-stream',
        };
        if (lastId !== null) headers['last-event-id'] = lastId;
        const response = await options.fetch(options.url, {
          headers,
          signal: abort.signal,
          credentials: 'omit',
        });
        if (!response.ok || response.body === null) {
          const text = await response.text().catch(() => '');
          let parsed: unknown = null;
          try {
            parsed = JSON.parse(text);
          } catch {}
          options.onProblem?.(options.problemOf(parsed, response.status));
          return;
        }
        failures = 0;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done: ended } = await reader.read();
          if (ended) break;
          buffer += value;
          const parsed = parseSse(buffer);
          buffer = parsed.rest;
          for (const event of parsed.events) {
            if (event.event !== 'instance') continue;
            if (event.id !== null) lastId = event.id;
            const instance = JSON.parse(event.data) as InstanceBody;
            options.onInstance(instance);
            if (instance.status === 'done') done = true;
          }
        }
      } catch (error) {
        if (abort.signal.aborted) return;
        if (!(error instanceof TypeError)) throw error;
        options.onProblem?.({
          code: 'network',
          path: '',
          message: clientMessage('network', options.locale),
          status: 0,
        });
      }
      if (done || abort.signal.aborted) return;
      // The stream closed or the network failed: come back with Last-Event-ID after a pause.
      const pause = backoffMs(options.policy, Math.min(failures, 5));
      failures += 1;
      await new Promise((resume) => setTimeout(resume, pause));
    }
  };
  void run().catch((error: unknown) => {
    if (!abort.signal.aborted)
      options.onProblem?.({
        code: 'bad_answer',
        path: '',
        message: `${clientMessage('bad_answer', options.locale)} (${String(error)})`,
        status: 0,
      });
  });
  return { close: () => abort.abort() };
}
