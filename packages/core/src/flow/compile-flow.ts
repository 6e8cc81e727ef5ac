import { type AnyStateMachine, setup } from 'xstate';
import { type CompiledForm, compileForm } from '../form';
import type { LocalizedText } from '../i18n/locale';
import type { JsonObject } from '../store/rows';
import { defaultStepRegistry, type StepRegistry } from './builtin-steps';
import { eventTime, type FlowContext, type FlowEvent, type FlowInput, withRecord } from './context';
import { contextAssign } from './context-assign';
import type { FlowDefinition } from './definition';
import { FlowDefinitionError } from './errors';
import { checkFlowExpression, type FlowExpression, flowEnvironment } from './expressions';
import { createPureTransitions } from './pure-transition';
import type { Assignment } from './schema';
import type { BuildContext, StateFragment, StepConfig, TaskSpec, TimerSpec } from './step-type';

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** The id of every flow machine, so steps are targeted as `#flow.<step>`. */
export const FLOW_MACHINE_ID = 'flow';

/** The params of the `yz.notify` action, which the runtime turns into an outbox row. */
export interface NotifyParams {
  readonly step: string;
  readonly to: Assignment;
  readonly message: LocalizedText;
  readonly channel?: string;
}

/**
 * The XState machine of a flow. Its context is a {@link FlowContext}, its events are
 * {@link FlowEvent}s and its input a {@link FlowInput}; the type is XState's general one
 * because the machine is assembled from step fragments at run time.
 */
export type FlowMachine = AnyStateMachine;

/** A flow ready to run: its machine, compiled forms, task and timer specs. */
export interface CompiledFlow {
  readonly definition: FlowDefinition;
  readonly machine: FlowMachine;
  readonly forms: ReadonlyMap<string, CompiledForm>;
  readonly steps: ReadonlyMap<string, StepConfig>;
  readonly tasks: readonly TaskSpec[];
  readonly timers: readonly TimerSpec[];
  /** XState's pure `transition`, with an actor scope made once (see `createPureTransitions`). */
  readonly transition: ReturnType<typeof createPureTransitions>['transition'];
  /** XState's pure `initialTransition`, likewise. */
  readonly initialTransition: ReturnType<typeof createPureTransitions>['initialTransition'];
  /** Evaluates an assignee expression of the flow to actor ids. */
  assignees(source: string, context: FlowContext): readonly string[];
}

type Args = { context: FlowContext; event: FlowEvent };

/**
 * Compiles a parsed flow into an XState machine plus what the runtime needs around it.
 * The machine has no `after` timers and no invoked actors: deadlines and jobs are
 * durable timer rows the runtime fires, so the machine is a pure function of its events
 * and its snapshot is plain JSON.
 *
 * @example
 * const compiled = compileFlow(parseFlow(json).value, createStepRegistry([verifyPhone]));
 * const [snapshot] = initialTransition(compiled.machine, input);
 */
export function compileFlow(
  definition: FlowDefinition,
  registry: StepRegistry = defaultStepRegistry,
): CompiledFlow {
  const forms = new Map(definition.forms.map((form) => [form.id, compileForm(form)]));
  const environment = flowEnvironment(definition.forms);
  const expressions = new Map<string, FlowExpression>();
  const expression = (source: string, expect: 'boolean' | 'value'): FlowExpression => {
    const key = `${expect}:${source}`;
    let compiled = expressions.get(key);
    if (compiled === undefined) {
      const checked = checkFlowExpression(source, environment, 'en', expect);
      if (!checked.ok)
        throw new FlowDefinitionError(
          `The expression "${source}" of flow "${definition.id}" is not valid (${checked.issues[0]?.message}). Check the definition with parseFlow before compiling it.`,
        );
      compiled = checked.value;
      expressions.set(key, compiled);
    }
    return compiled;
  };

  const build: BuildContext = {
    target: (stepId) => `#${FLOW_MACHINE_ID}.${stepId}`,
    event: (taskKey, action) => `${taskKey}.${action}`,
    enter: (key) => ({ type: 'yz.enter', params: { key } }),
    merge: { type: 'yz.merge' },
    notify: (params) => ({ type: 'yz.notify', params: { step: '', ...params } }),
    condition: (source) => {
      const compiled = expression(source, 'boolean');
      return (context, now) => compiled.test(context, now);
    },
    forms,
  };

  const states: Record<string, StateFragment> = {};
  const tasks: TaskSpec[] = [];
  const timers: TimerSpec[] = [];
  const steps = new Map<string, StepConfig>();
  for (const step of definition.steps) {
    const type = registry.get(step.type);
    if (type === undefined)
      throw new FlowDefinitionError(
        `The step "${step.id}" has the type "${step.type}", which the registry does not know. Pass a registry made with createStepRegistry([...]) that includes it.`,
      );
    steps.set(step.id, step);
    const built = type.build(step, {
      ...build,
      notify: (params) => ({ type: 'yz.notify', params: { step: step.id, ...params } }),
    });
    const stepTasks = built.tasks ?? [];
    tasks.push(...stepTasks);
    timers.push(...(built.timers ?? []));
    states[step.id] = withOverdue(
      { ...built.state, entry: [build.enter(step.id), ...toArray(built.state.entry)] },
      stepTasks,
      build,
      step.id,
    );
  }

  const machine = setup({
    types: {} as { context: FlowContext; events: FlowEvent; input: FlowInput },
    actions: {
      'yz.enter': contextAssign(({ context, event }: Args, params: { key: string }) => ({
        steps: withRecord(context.steps, params.key, { since: eventTime(event) }),
      })),
      'yz.merge': contextAssign(({ context, event }: Args) => ({
        data: { ...context.data, ...event.data },
      })),
      'yz.overdue': contextAssign(
        ({ context, event }: Args, params: { key: string; to?: Assignment }) => {
          const record = context.steps[params.key] ?? { since: event.at };
          return {
            steps: withRecord(
              context.steps,
              params.key,
              params.to
                ? { ...record, overdue: true, assign: params.to }
                : { ...record, overdue: true },
            ),
          };
        },
      ),
      // Carried out by the runtime from the actions `transition` returns (an outbox row).
      'yz.notify': (_: Args, _params: NotifyParams) => {},
    },
  }).createMachine({
    id: FLOW_MACHINE_ID,
    initial: definition.start,
    context: ({ input }: { input: FlowInput }) => ({
      instanceId: input.instanceId,
      flowId: input.flowId,
      startedBy: input.actor.id,
      startedAt: input.at,
      data: { ...input.data },
      steps: {},
      volunteers: [],
      hours: 0,
    }),
    states: states as never,
  });

  // How each assignee source is read, worked out on first use. Most name one thing
  // (startedBy, volunteers, a field), read directly; the rest are expressions.
  const assigneeReaders = new Map<string, (context: FlowContext) => unknown>();
  const assigneeReader = (source: string): ((context: FlowContext) => unknown) => {
    let read = assigneeReaders.get(source);
    if (read !== undefined) return read;
    const named = NAME.test(source);
    if (named && (source === 'startedBy' || source === 'volunteers'))
      read = (context) => context[source];
    else if (named && source === 'hours') read = (context) => context.hours;
    else if (named && environment.fields[source] !== undefined)
      read = (context) => context.data[source];
    else read = (context) => expression(source, 'value').value(context);
    assigneeReaders.set(source, read);
    return read;
  };

  const flowMachine = machine as unknown as FlowMachine;
  return {
    definition,
    machine: flowMachine,
    ...createPureTransitions(flowMachine),
    forms,
    steps,
    tasks,
    timers,
    assignees(source, context) {
      const value = assigneeReader(source)(context);
      if (typeof value === 'string') return value === '' ? [] : [value];
      return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
    },
  };
}

function toArray<T>(value: T | readonly T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...value] : [value as T];
}

/** Adds the `${task}.overdue` transitions of a step's tasks to its state node. */
function withOverdue(
  state: StateFragment,
  tasks: readonly TaskSpec[],
  build: BuildContext,
  stepId: string,
): StateFragment {
  const on: Record<string, unknown> = { ...(state.on as Record<string, unknown> | undefined) };
  const seen = new Set<string>();
  for (const task of tasks) {
    if (seen.has(task.key) || task.overdue === undefined || task.due === undefined) continue;
    seen.add(task.key);
    const mark = (to?: Assignment) => ({ type: 'yz.overdue', params: { key: task.key, to } });
    const event = build.event(task.key, 'overdue');
    const overdue = task.overdue;
    if (overdue.action === 'goto')
      on[event] = { target: build.target(overdue.step), actions: mark() };
    else if (overdue.action === 'reassign') on[event] = { actions: mark(overdue.to) };
    else
      on[event] = {
        actions: [
          mark(),
          {
            type: 'yz.notify',
            params: {
              step: stepId,
              to: overdue.to,
              message: overdue.message,
              channel: overdue.channel,
            },
          },
        ],
      };
  }
  return { ...state, on } as StateFragment;
}

/** The JSON a flow snapshot persists as: the state value, the context and the status. */
export type PersistedFlowState = JsonObject & {
  readonly value: JsonObject | string;
  readonly context: FlowContext & JsonObject;
  readonly status: 'active' | 'done';
};
