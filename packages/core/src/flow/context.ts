import type { JsonObject, JsonValue } from '../store/rows';
import type { Assignment } from './schema';

/** An actor sending an event: who it is, the roles it acts with, the groups it belongs to. */
export interface Actor {
  readonly id: string;
  readonly roles: readonly string[];
  readonly groups?: readonly string[];
}

/** The actor the runtime uses for timers and jobs. */
export const SYSTEM_ACTOR: Actor = { id: 'system', roles: ['system'] };

/** What the instance remembers about a step or task it is in: when it began, and overdue state. */
export interface StepRecord {
  /** When the step (or task) was entered, ISO 8601 UTC. */
  readonly since: string;
  /** Set once the task's deadline has fired, so it fires only once. */
  readonly overdue?: boolean;
  /** Who may act after an overdue `reassign`. */
  readonly assign?: Assignment;
  readonly [detail: string]: JsonValue | Assignment | undefined;
}

/**
 * The context of a flow machine: plain JSON, so the snapshot persists as it is.
 * `data` merges every accepted form submission by field key.
 */
export interface FlowContext {
  readonly instanceId: string;
  readonly flowId: string;
  readonly startedBy: string;
  readonly startedAt: string;
  readonly data: { readonly [key: string]: JsonValue };
  readonly steps: { readonly [key: string]: StepRecord };
  /** The volunteers chosen by the last `match` or `signup` step. */
  readonly volunteers: readonly string[];
  /** Hours recorded by `serve` steps, summed. */
  readonly hours: number;
}

/**
 * An event of a flow machine. The runtime stamps `at` (its clock) and `actor`, so the
 * machine stays a pure function of its events. Types are `${task}.${action}`, such as
 * "review.approve", or `${task}.overdue` and `${step}.elapsed` for timers.
 */
export interface FlowEvent {
  readonly type: string;
  readonly actor: { readonly id: string; readonly roles: readonly string[] };
  readonly at: string;
  readonly data: JsonObject;
  /** The actor's comment, when the action takes one. */
  readonly comment?: string;
}

/** What starts an instance. */
export interface FlowInput {
  readonly instanceId: string;
  readonly flowId: string;
  readonly actor: { readonly id: string; readonly roles: readonly string[] };
  readonly at: string;
  readonly data: JsonObject;
}

/** The time of an event, or of the start for the initial transition. */
export function eventTime(event: FlowEvent | { type: string; input?: FlowInput }): string {
  if ('at' in event) return event.at;
  return event.input?.at ?? new Date(0).toISOString();
}

/**
 * The step records of a context with one record set: a new object, as `assign` needs.
 * (Copying and then setting the key is faster than `{ ...steps, [key]: record }`.)
 */
export function withRecord(
  steps: FlowContext['steps'],
  key: string,
  record: StepRecord,
): FlowContext['steps'] {
  const next: Record<string, StepRecord> = { ...steps };
  next[key] = record;
  return next;
}
