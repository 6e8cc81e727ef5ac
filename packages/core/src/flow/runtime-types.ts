// The public types of the flow runtime: its options, what it answers, and the runtime
// interface itself (`createRuntime` in runtime.ts builds one).
import type { FormDefinition } from '../form';
import type { Locale, LocalizedText } from '../i18n/locale';
import type { HistoryEntry, JsonObject } from '../store/rows';
import type { Store } from '../store/store';
import type { StepRegistry } from './builtin-steps';
import type { CompiledFlow } from './compile-flow';
import type { Actor, FlowContext } from './context';
import type { FlowDefinition } from './definition';
import type { JobRetryOptions } from './job-retry';
import type { Refusal } from './refusal';
import type { FlowHooks } from './step-type';

/** Options of {@link createRuntime}. */
export interface RuntimeOptions {
  readonly store: Store;
  /** Every flow version the runtime may run: parsed definitions or compiled flows. */
  readonly definitions: readonly (FlowDefinition | CompiledFlow)[];
  /** The step types for definitions given uncompiled; the built-in ones when not given. */
  readonly registry?: StepRegistry;
  /** The time source; tests pass a controllable one. */
  readonly clock?: () => Date;
  /** Host functions step handlers call, such as `candidates` or an SMS sender. */
  readonly hooks?: FlowHooks;
  /** Makes instance ids; `crypto.randomUUID` when not given. */
  readonly createId?: () => string;
  /** Run job handlers (auto match, custom async steps) right after the commit that arms them. */
  readonly runJobsInline?: boolean;
  /** How jobs whose handler threw are retried (exponential backoff, then stop). */
  readonly jobRetry?: JobRetryOptions;
}

/** An instance as the runtime shows it. */
export interface InstanceView {
  readonly id: string;
  readonly flowId: string;
  readonly flowVersion: number;
  /** Use it as `expectedVersion` to make a send fail when someone acted first. */
  readonly version: number;
  readonly status: 'active' | 'done';
  /** Active states as dotted paths, such as ["serve.serving"]. */
  readonly state: readonly string[];
  readonly context: FlowContext;
}

/** What a user does on a task. */
export interface TaskCommand {
  readonly task: string;
  readonly action: string;
  readonly data?: JsonObject;
  readonly comment?: string;
  /** The instance version the user saw; the send is refused if it changed since. */
  readonly expectedVersion?: number;
}

/** The outcome of an accepted action or start. */
export interface Accepted {
  readonly ok: true;
  readonly instance: InstanceView;
}

/** A task an actor may act on, with everything a screen needs in one answer. */
export interface TaskView {
  readonly instanceId: string;
  readonly instanceVersion: number;
  readonly flowId: string;
  readonly key: string;
  readonly stepId: string;
  readonly title: LocalizedText;
  readonly actions: readonly string[];
  readonly form: FormDefinition | null;
  /** The instance's data so far (the form's answers when it was filled before). */
  readonly data: JsonObject;
  readonly dueAt: string | null;
  readonly since: string;
}

/** What one round of {@link FlowRuntime.fireDueTimers} did. */
export interface FireReport {
  /** Timers whose event was committed, as `${instanceId} ${key}`. */
  readonly fired: readonly string[];
  /** Timers skipped because another worker or user got there first. */
  readonly skipped: number;
  /** Jobs whose handler threw. */
  readonly failed: readonly JobFailureReport[];
}

/** A job whose handler threw in a round of {@link FlowRuntime.fireDueTimers}. */
export interface JobFailureReport {
  /** `${instanceId} ${key}`. */
  readonly timer: string;
  readonly error: string;
  /** Failures in a row, this one included. */
  readonly attempts: number;
  /**
   * When the job runs again; null when it failed `maxAttempts` times and waits for
   * `retryJob` (its step's `<step>.job_failed` is in the history).
   */
  readonly nextDueAt: string | null;
}

/** What {@link FlowRuntime.retryJob} did after re-arming the job. */
export interface JobRetried {
  readonly ok: true;
  /** `fired`: the job ran and its result is committed; `failed`: it threw again; `armed`: it waits for the next round. */
  readonly outcome: 'fired' | 'failed' | 'armed';
  readonly instance: InstanceView;
  /** The failure when `outcome` is `failed`. */
  readonly failure?: JobFailureReport;
}

/** Options that pick the language of refusals. */
export interface LocaleOption {
  readonly locale?: Locale;
}

/**
 * Runs flow instances durably over a {@link Store}: starts them, applies actors' actions
 * after checking roles and payloads, and fires due timers. Every change is one
 * version-guarded commit of snapshot, history, tasks, timers and outbox.
 */
export interface FlowRuntime {
  start(
    flowId: string,
    options: { actor: Actor; data?: JsonObject; version?: number; id?: string },
  ): Promise<Accepted>;
  send(
    instanceId: string,
    command: TaskCommand,
    actor: Actor,
    options?: LocaleOption,
  ): Promise<Accepted | Refusal>;
  tasksFor(actor: Actor, options?: { flowId?: string; limit?: number }): Promise<TaskView[]>;
  instance(instanceId: string): Promise<InstanceView | null>;
  history(instanceId: string): Promise<HistoryEntry[]>;
  /** Fires every timer due by the clock's now, each once. Call it on a schedule and after a restart. */
  fireDueTimers(options?: { limit?: number }): Promise<FireReport>;
  /**
   * Moves an instance to another version of its flow. `stateMap` names the new step of
   * each old step; a step missing from it keeps its id when the new version has a step of
   * the same id and type. Refused (nothing changes) when an active step has no target.
   */
  migrate(
    instanceId: string,
    toVersion: number,
    stateMap: Readonly<Record<string, string>>,
    options?: LocaleOption & { actor?: Actor },
  ): Promise<Accepted | Refusal>;
  /** The compiled flow of a flow id and version. */
  flow(flowId: string, version?: number): CompiledFlow;
  /**
   * Re-arms a job that failed `maxAttempts` times (or runs a postponed one now): a history
   * entry `<step>.job_retry` by `actor`, the job due now with its attempts back to 0, then
   * (with `runJobsInline`) the job runs. Refused for an unknown instance or job.
   */
  retryJob(
    instanceId: string,
    key: string,
    options?: LocaleOption & { actor?: Actor },
  ): Promise<JobRetried | Refusal>;
}
