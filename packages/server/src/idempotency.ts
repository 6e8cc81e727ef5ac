import { createHash } from 'node:crypto';
import type { JsonObject, JsonValue } from '@yizhan/core/flow';
import { HttpProblem } from './problem';
import type { Records } from './records';
import type { RoutedStore } from './routed-store';

/** What a POST answers: a status and a JSON body. */
export interface RouteResult {
  readonly status: number;
  readonly body: JsonValue;
  /** Instances the request changed, for server-sent events. */
  readonly changed?: readonly string[];
}

/** A stored first answer to an idempotent request. */
interface StoredAnswer extends JsonObject {
  readonly fingerprint: string;
  readonly status: number;
  readonly body: JsonValue;
}

const KEY = /^[A-Za-z0-9_-]{8,128}$/;

class AnsweredMeanwhile extends Error {}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** The outcome of {@link runIdempotent}: the answer, and whether it was replayed from the store. */
export interface IdempotentOutcome {
  readonly result: RouteResult;
  readonly replayed: boolean;
}

/**
 * Runs a POST at most once per `Idempotency-Key` (per caller): the request's work and
 * its answer are written in one store transaction, so a retried request, even to another
 * server or after a crash, gets the first answer and changes nothing. Only successful
 * answers (2xx) are kept: a refused request changed nothing and may be retried as it is.
 * The same key with a different request is refused (422). Answers past their retention
 * (`records.retention`, 24 h by default in `createServer`) are forgotten.
 */
export async function runIdempotent(
  deps: { routed: RoutedStore; records: Records; clock: () => Date },
  key: string | undefined,
  scope: string,
  request: string,
  work: () => Promise<RouteResult>,
): Promise<IdempotentOutcome> {
  if (key === undefined) return { result: await work(), replayed: false };
  if (!KEY.test(key)) throw new HttpProblem(400, 'idempotency_key_invalid', {}, [], '', {});
  const id = sha256(`${scope}\n${key}`);
  const fingerprint = sha256(request);
  const replay = (stored: StoredAnswer): IdempotentOutcome => {
    if (stored.fingerprint !== fingerprint) throw new HttpProblem(422, 'idempotency_key_reused');
    return { result: { status: stored.status, body: stored.body }, replayed: true };
  };
  deps.records.retention?.sweep();
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await deps.routed.inTransaction(async () => {
        const inside = await deps.records.get<StoredAnswer>('idempotency', id);
        // An answer past its retention is forgotten: the key runs the request anew.
        const expired =
          inside !== null &&
          deps.records.retention?.expired('idempotency', inside.updatedAt) === true;
        if (inside !== null && !expired) return replay(inside.value);
        const result = await work();
        if (result.status >= 300) return { result, replayed: false };
        const answer: StoredAnswer = { fingerprint, status: result.status, body: result.body };
        const at = deps.clock().toISOString();
        const created =
          inside === null
            ? await deps.records.create('idempotency', id, answer, at)
            : await deps.records.update('idempotency', id, answer, inside.version, at);
        // Another server answered the same key first: undo this work, replay its answer.
        if (!created) throw new AnsweredMeanwhile();
        return { result, replayed: false };
      });
    } catch (error) {
      if (error instanceof HttpProblem) throw error;
      // A concurrent twin won (or the database aborted the transaction): look again.
      if (attempt >= 5) throw error;
    }
  }
}
