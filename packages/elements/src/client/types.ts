import type { HistoryEntry, JsonObject, TaskView } from '@yizhan/core/flow';
import type { LocalizedText } from '@yizhan/core/i18n';

export type { HistoryEntry, JsonObject, TaskView };

/**
 * A problem as the server and the client report it: a stable `code`, a JSON pointer
 * `path` into the request ("" for the request as a whole) and a `message` for people that
 * says what to do. `status` is the HTTP status, 0 when no answer arrived.
 */
export interface ClientProblem {
  readonly code: string;
  readonly path: string;
  readonly message: string;
  readonly status: number;
  /** Per-field issues of a refused form (`invalid_payload`). */
  readonly issues?: readonly {
    readonly code: string;
    readonly path: string;
    readonly message: string;
  }[];
}

/** What a client call gives back: the answer, or the problem. Calls never throw for HTTP or network failures. */
export type ClientResult<T> =
  | { readonly ok: true; readonly value: T; readonly replayed: boolean }
  | { readonly ok: false; readonly problem: ClientProblem };

/** Where a caller stands in a sign-up step (报名): counts and its own place. */
export interface SignupSummary {
  readonly capacity: number;
  readonly enrolled: number;
  readonly waitlist: number;
  /** `enrolled` or `waitlisted` with the 1-based position; null when the caller is not listed. */
  readonly you: { readonly list: 'enrolled' | 'waitlisted'; readonly position: number } | null;
}

/** An instance as the server shows it to the caller (`GET /instances/{id}`). */
export interface InstanceBody {
  readonly id: string;
  readonly flowId: string;
  readonly flowVersion: number;
  readonly version: number;
  readonly status: 'active' | 'done';
  readonly state: readonly string[];
  readonly access: string;
  readonly data: JsonObject;
  readonly signups: Readonly<Record<string, SignupSummary>>;
}

/** The answer to an accepted event (`POST /instances/{id}/events`). */
export interface SendAnswer {
  readonly instance: {
    readonly id: string;
    readonly flowId: string;
    readonly flowVersion: number;
    readonly version: number;
    readonly status: 'active' | 'done';
    readonly state: readonly string[];
  };
  /** The actor id the server recorded (anonymous callers get a fresh one). */
  readonly actor: string;
  readonly signups: Readonly<Record<string, SignupSummary>>;
}

/** An action on a task, as `POST /instances/{id}/events` takes it. */
export interface TaskCommand {
  readonly task: string;
  readonly action: string;
  readonly data?: Readonly<Record<string, unknown>>;
  readonly comment?: string;
  readonly expectedVersion?: number;
}

/** A published definition with its document (`GET /definitions/{flowId}/versions/{v}`). */
export interface DefinitionBody {
  readonly flowId: string;
  readonly version: number;
  readonly title: LocalizedText;
  /** Whether anonymous callers may act on one of its tasks (a public sign-up). */
  readonly public: boolean;
  /** The flow definition as published: steps with their titles, forms, roles. */
  readonly document: JsonObject;
}
