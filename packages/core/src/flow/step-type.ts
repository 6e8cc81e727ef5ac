import type {
  EventObject,
  MetaObject,
  ParameterizedObject,
  ProvidedActor,
  StateNodeConfig,
  StateValue,
} from 'xstate';
import type * as z from 'zod';
import type { CompiledForm, FormDefinition } from '../form';
import type { RawIssue } from '../form/issues';
import type { LocalizedText } from '../i18n/locale';
import type { JsonObject, JsonValue } from '../store/rows';
import type { Actor, FlowContext, FlowEvent } from './context';
import type { Assignment, OverdueAction } from './schema';

/** A step as parsed: its `id`, its `type`, and its type's own config. */
export interface StepConfig {
  readonly id: string;
  readonly type: string;
  readonly title?: LocalizedText;
}

/** An XState state node config for one step, over the flow's context and events. */
export type StateFragment = StateNodeConfig<
  FlowContext,
  FlowEvent,
  ProvidedActor,
  ParameterizedObject,
  ParameterizedObject,
  string,
  string,
  unknown,
  EventObject,
  MetaObject
>;

/** One thing an actor can do on a task, and how its payload is checked. */
export interface TaskAction {
  /** The action's name, such as "submit" or "approve"; the event is `${task}.${name}`. */
  readonly name: string;
  /** The id of the form that validates the payload (the same compiled form the browser uses). */
  readonly form?: string;
  /** A zod schema for a payload that is not a form (ids, a comment). */
  readonly payload?: z.ZodType<JsonObject>;
  /** Whether the actor may or must add a comment (a reason to reject or return). */
  readonly comment?: 'required' | 'optional';
  /**
   * A refusal that depends on the instance and the actor (already signed up, sign-up
   * full), checked before the event is sent. Its code needs a message in the flow catalog.
   */
  readonly refuse?: (context: FlowContext, actor: Actor, data: JsonObject) => RawIssue | undefined;
}

/** A human task a step opens while `state` is active. */
export interface TaskSpec {
  /** Unique within the flow: the step id, or `${step}.${part}` for a step with several tasks. */
  readonly key: string;
  readonly stepId: string;
  /** The state (a value for `snapshot.matches`) in which the task is open. */
  readonly state: StateValue;
  readonly actions: readonly TaskAction[];
  /** The form shown with the task. */
  readonly form?: string;
  readonly assign: Assignment;
  readonly due?: string;
  readonly overdue?: OverdueAction;
}

/** What a host hook or job handler receives. */
export interface JobInput {
  readonly instanceId: string;
  readonly step: StepConfig;
  readonly data: { readonly [key: string]: JsonValue };
  readonly volunteers: readonly string[];
  /** The runtime clock's time when the job runs. */
  readonly now: string;
}

/** Functions the host supplies to the runtime, such as `candidates` or an SMS sender. */
export type FlowHooks = Readonly<Record<string, (...args: never[]) => unknown>>;

/**
 * A durable timer a step wants while `state` is active: a deadline (`dueAt` from the
 * context) that sends `event`, or a job that runs `run` at once (and again after a
 * restart if the result was not committed) and sends `event` with its result as data.
 * Handlers should be idempotent: they run at least once.
 */
export type TimerSpec =
  | {
      readonly kind: 'deadline';
      readonly key: string;
      readonly stepId: string;
      readonly state: StateValue;
      readonly event: string;
      readonly dueAt: (context: FlowContext) => string | undefined;
    }
  | {
      readonly kind: 'job';
      readonly key: string;
      readonly stepId: string;
      readonly state: StateValue;
      readonly event: string;
      readonly run: (input: JobInput, hooks: FlowHooks) => Promise<JsonObject>;
    };

/** What a step type builds for one step of a definition. */
export interface StepBuild {
  readonly state: StateFragment;
  readonly tasks?: readonly TaskSpec[];
  readonly timers?: readonly TimerSpec[];
}

/** An edge of the step graph, for checks and simulation. */
export interface StepTarget {
  /** What leads there: an action ("approve"), a branch ("when 1"), "next". */
  readonly label: string;
  readonly step: string;
  /** Where the target is named inside the step, for issue paths: ["next"]. */
  readonly path: readonly (string | number)[];
}

/** An expression a step contains, for checking field names when the flow is parsed. */
export interface StepExpression {
  readonly source: string;
  readonly path: readonly (string | number)[];
  readonly expect: 'boolean' | 'value';
}

/** Helpers a step type's `build` receives. */
export interface BuildContext {
  /** The absolute XState target of a step: `#flow.<id>`. */
  target(stepId: string): string;
  /** The event type of a task action: `${taskKey}.${action}`. */
  event(taskKey: string, action: string): string;
  /** An entry action that records when a task (or sub-task) began. */
  enter(key: string): ParameterizedObject;
  /** An action that merges the event's data into the context's `data`. */
  readonly merge: ParameterizedObject;
  /** An action that writes an outbox message to whoever `to` names. */
  notify(params: { to: Assignment; message: LocalizedText; channel?: string }): ParameterizedObject;
  /** A compiled boolean expression over the context. */
  condition(source: string): (context: FlowContext, now?: string) => boolean;
  /** The compiled forms of the flow, by id. */
  readonly forms: ReadonlyMap<string, CompiledForm>;
}

/**
 * A step type: how a step of this type is written (a zod schema for the whole step,
 * including `id` and `type`), which steps it leads to, and what it compiles to.
 */
export interface StepType<C extends StepConfig = StepConfig> {
  readonly type: string;
  readonly schema: z.ZodType<C>;
  /** Whether the step is a human task (it then needs `assign`). */
  readonly human: boolean;
  /** Whether reaching the step ends the instance. */
  readonly final?: boolean;
  targets(step: C): readonly StepTarget[];
  /** The form ids the step names, with where. */
  forms?(
    step: C,
  ): readonly { readonly form: string; readonly path: readonly (string | number)[] }[];
  expressions?(step: C): readonly StepExpression[];
  /** Field keys the step names directly (not in expressions), with where. */
  fields?(
    step: C,
  ): readonly { readonly key: string; readonly path: readonly (string | number)[] }[];
  /** A form the step type brings along, added to the flow when a step of this type is used. */
  readonly form?: FormDefinition;
  build(step: C, context: BuildContext): StepBuild;
}

/** Any step type, whatever its config. */
// biome-ignore lint/suspicious/noExplicitAny: a registry holds step types of every config type.
export type AnyStepType = StepType<any>;

/**
 * Declares a step type; with the built-in ones it makes the registry `compileFlow`
 * and `parseFlow` use. `build` returns an XState state node config (a machine
 * fragment), the human tasks it opens and the timers or jobs (async handlers) it needs.
 *
 * @example
 * const verifyPhone = defineStep({
 *   type: 'verify-phone',
 *   schema: z.strictObject({ ...humanStepBase, type: z.literal('verify-phone'), next: stepIdSchema }),
 *   human: true,
 *   targets: (step) => [{ label: 'verified', step: step.next, path: ['next'] }],
 *   build: (step, ctx) => ({ state: { on: { [ctx.event(step.id, 'verify')]: ctx.target(step.next) } } }),
 * });
 */
export function defineStep<C extends StepConfig>(type: StepType<C>): StepType<C> {
  return type;
}
