/** A value that survives `JSON.stringify` and `JSON.parse` unchanged: what stores keep. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** A JSON object, such as submitted form data or a machine context. */
export type JsonObject = { readonly [key: string]: JsonValue };

/** Who did something, as recorded in history: an id and the roles they acted with. */
export interface ActorRecord {
  readonly id: string;
  readonly roles: readonly string[];
}

/** Where an instance is in its life: running, or finished at an `end` step. */
export type InstanceStatus = 'active' | 'done';

/**
 * One running (or finished) flow instance. `version` counts commits and guards them:
 * a commit names the version it read, and the store refuses it when another commit
 * came first.
 */
export interface InstanceRow {
  readonly id: string;
  readonly flowId: string;
  /** The definition version the instance runs on; it changes only by migration. */
  readonly flowVersion: number;
  /** The commit counter used for optimistic concurrency; 1 after the first commit. */
  readonly version: number;
  readonly status: InstanceStatus;
  /** The persisted machine state: `{ value, context, status }`, plain JSON. */
  readonly snapshot: JsonObject;
  /** ISO 8601 UTC times. */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * A human task that is open right now, with who may act on it. An actor may act when
 * its id is in `assignees`, or it holds one of `roles`, or it belongs to one of `groups`.
 */
export interface TaskRow {
  readonly instanceId: string;
  /** The task's key within the instance, such as "review" or "evaluate.volunteer". */
  readonly key: string;
  readonly stepId: string;
  readonly flowId: string;
  readonly flowVersion: number;
  /** The actions the task offers now, such as ["approve", "reject"]. */
  readonly actions: readonly string[];
  /** The id of the form the task collects, if any. */
  readonly form: string | null;
  readonly assignees: readonly string[];
  readonly roles: readonly string[];
  readonly groups: readonly string[];
  /** When the task is due (ISO 8601 UTC), or null when it has no deadline. */
  readonly dueAt: string | null;
  /** When the task opened. */
  readonly since: string;
}

/** What a timer row does when it fires: send a deadline event, or run a step's handler. */
export type TimerKind = 'deadline' | 'job';

/** A durable timer: an absolute time at which the runtime sends `event` to the instance. */
export interface TimerRow {
  readonly instanceId: string;
  readonly key: string;
  readonly kind: TimerKind;
  /** The machine event sent when the timer fires. */
  readonly event: string;
  /** When the timer is due; for a job that failed, when it runs again. */
  readonly dueAt: string;
  /**
   * Set (with `attempts`, `lastError` and `failed`) once a job's handler failed: when the
   * job was armed (the step's entry, its first `dueAt`). The runtime knows a job by its
   * key and this time, so a postponed job is still the step's and a stale one is not.
   */
  readonly armedAt?: string;
  /** How many runs of the job failed in a row (0 after `retryJob` re-armed it). */
  readonly attempts?: number;
  /** The message of the last failure. */
  readonly lastError?: string;
  /** The job failed `maxAttempts` times and is not due until `retryJob` re-arms it. */
  readonly failed?: boolean;
}

/**
 * A job failure to record with {@link TimerFailures.failTimer}: the run number that failed,
 * when to run again and why it failed, guarded by the row as the caller read it.
 */
export interface TimerFailure {
  /** `dueAt` and `attempts` (0 when absent) of the row the caller ran: the write applies only while the stored row still has them. */
  readonly seen: { readonly dueAt: string; readonly attempts: number };
  readonly attempts: number;
  /** When the job is due again (ISO 8601 UTC). */
  readonly nextDueAt: string;
  readonly error: string;
}

/** One append-only history entry: who did what, when, at which step, with which data. */
export interface HistoryEntry {
  readonly instanceId: string;
  /** 1, 2, 3, … without gaps, in commit order. */
  readonly seq: number;
  readonly at: string;
  readonly actor: ActorRecord;
  /** The step acted on; null for events of the instance as a whole (start, migrate). */
  readonly step: string | null;
  /** What happened: "start", "review.approve", "review.overdue", "migrate", … */
  readonly event: string;
  /** The accepted payload, as submitted (personal data is kept; masking is for the edges). */
  readonly data: JsonObject | null;
  /** The actor's comment (a reason to reject or return), or null. */
  readonly comment: string | null;
  /** The active steps after the event, such as ["serve.serving"]. */
  readonly state: readonly string[];
}

/** A message for the host to deliver (SMS, WeChat, e-mail), written with the commit that caused it. */
export interface OutboxRow {
  /** `${instanceId}/${seq}/${index}`: unique. */
  readonly id: string;
  readonly instanceId: string;
  /** The history entry whose commit wrote the message. */
  readonly seq: number;
  /** The message's place among those of the same entry, from 0. */
  readonly index: number;
  readonly at: string;
  readonly step: string;
  readonly channel: string;
  readonly to: { readonly assignees: readonly string[]; readonly roles: readonly string[] };
  /** The message text per locale: `{ "zh-CN": "…", "en": "…" }`. */
  readonly message: { readonly [locale: string]: string };
}

/**
 * Everything one event changes, written atomically: the instance (its `version` must be
 * `expectedVersion + 1`), new history entries, the full set of open tasks and timers of
 * the instance (replacing the old ones), and new outbox messages.
 */
export interface InstanceCommit {
  /** The version the change was computed from; 0 creates the instance. */
  readonly expectedVersion: number;
  readonly instance: InstanceRow;
  readonly history: readonly HistoryEntry[];
  readonly tasks: readonly TaskRow[];
  readonly timers: readonly TimerRow[];
  readonly outbox: readonly OutboxRow[];
}

/** The outcome of a commit: written, or refused because another commit came first. */
export type CommitResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'stale'; readonly currentVersion: number | null };

/** Which open tasks an actor may act on: those assigned to it, its roles or its groups. */
export interface TaskQuery {
  readonly actorId: string;
  readonly roles: readonly string[];
  readonly groups?: readonly string[];
  /** Only tasks of this flow. */
  readonly flowId?: string;
  readonly limit?: number;
}

/** Which instances to list. */
export interface InstanceQuery {
  readonly flowId?: string;
  readonly flowVersion?: number;
  readonly status?: InstanceStatus;
}
