import type { AnyMachineSnapshot } from 'xstate';
import { localize } from '../i18n/locale';
import type { OutboxRow, TaskRow, TimerRow } from '../store/rows';
import type { CompiledFlow, NotifyParams } from './compile-flow';
import type { Actor, FlowContext } from './context';
import { addDuration } from './duration';
import type { Assignment } from './schema';
import { type StatePlan, statePlan } from './state-plan';
import type { TaskSpec } from './step-type';

/** A task spec that is open in a snapshot, with the assignment in force. */
export interface OpenTask {
  readonly spec: TaskSpec;
  readonly assign: Assignment;
  readonly since: string;
  readonly dueAt: string | null;
}

/** The tasks open in a snapshot, one per key (the first spec whose state is active). */
export function openTasks(
  compiled: CompiledFlow,
  snapshot: AnyMachineSnapshot,
  plan: StatePlan = statePlan(compiled, snapshot),
): OpenTask[] {
  const context = snapshot.context as FlowContext;
  return plan.tasks.map((spec) => openTask(spec, context));
}

/** One open task spec with the assignment, start and deadline the context gives it. */
export function openTask(spec: TaskSpec, context: FlowContext): OpenTask {
  const record = context.steps[spec.key] ?? context.steps[spec.stepId];
  const since = record?.since ?? context.startedAt;
  return {
    spec,
    assign: record?.assign ?? spec.assign,
    since,
    dueAt: spec.due === undefined ? null : addDuration(since, spec.due),
  };
}

/** Who may act on an open task now: an overdue `reassign`'s assignment, else the spec's. */
export function assignmentOf(spec: TaskSpec, context: FlowContext): Assignment {
  return (context.steps[spec.key] ?? context.steps[spec.stepId])?.assign ?? spec.assign;
}

/** Resolves an assignment to the ids, roles and groups stored on a task row. */
export function resolveAssignment(
  compiled: CompiledFlow,
  assign: Assignment,
  context: FlowContext,
): { assignees: string[]; roles: string[]; groups: string[] } {
  return {
    assignees:
      assign.assignee === undefined ? [] : [...compiled.assignees(assign.assignee, context)],
    roles: [...(assign.roles ?? [])],
    groups: [...(assign.candidateGroups ?? [])],
  };
}

/** Tells whether an actor may act on a task row: by id, by role, or by group. */
export function mayAct(
  task: Pick<TaskRow, 'assignees' | 'roles' | 'groups'>,
  actor: Actor,
): boolean {
  return (
    task.assignees.includes(actor.id) ||
    task.roles.some((role) => actor.roles.includes(role)) ||
    task.groups.some((group) => actor.groups?.includes(group) ?? false)
  );
}

/** The task rows of a snapshot. */
export function taskRows(
  compiled: CompiledFlow,
  snapshot: AnyMachineSnapshot,
  instanceId: string,
  open: readonly OpenTask[] = openTasks(compiled, snapshot),
): TaskRow[] {
  const context = snapshot.context as FlowContext;
  const { id: flowId, version: flowVersion } = compiled.definition;
  return open.map(({ spec, assign, since, dueAt }) => ({
    instanceId,
    key: spec.key,
    stepId: spec.stepId,
    flowId,
    flowVersion,
    actions: spec.actions.map((action) => action.name),
    form: spec.form ?? null,
    ...resolveAssignment(compiled, assign, context),
    dueAt,
    since,
  }));
}

/**
 * The timer rows a snapshot wants: deadlines of open tasks that have an overdue action
 * and have not fired yet, and the deadlines and jobs of active steps.
 */
export function timerRows(
  compiled: CompiledFlow,
  snapshot: AnyMachineSnapshot,
  instanceId: string,
  open: readonly OpenTask[] = openTasks(compiled, snapshot),
  plan: StatePlan = statePlan(compiled, snapshot),
): TimerRow[] {
  const context = snapshot.context as FlowContext;
  const rows: TimerRow[] = [];
  for (const task of open) {
    const record = context.steps[task.spec.key] ?? context.steps[task.spec.stepId];
    if (task.dueAt === null || task.spec.overdue === undefined || record?.overdue) continue;
    rows.push({
      instanceId,
      key: `${task.spec.key}.due`,
      kind: 'deadline',
      event: `${task.spec.key}.overdue`,
      dueAt: task.dueAt,
    });
  }
  for (const timer of plan.timers) {
    const dueAt =
      timer.kind === 'deadline'
        ? timer.dueAt(context)
        : (context.steps[timer.stepId]?.since ?? context.startedAt);
    if (dueAt === undefined) continue;
    rows.push({ instanceId, key: timer.key, kind: timer.kind, event: timer.event, dueAt });
  }
  return rows;
}

/** Turns the `yz.notify` actions of a transition into outbox rows. */
export function outboxRows(
  compiled: CompiledFlow,
  actions: readonly { type: string; params?: unknown }[],
  context: FlowContext,
  place: { instanceId: string; seq: number; at: string },
): OutboxRow[] {
  return actions
    .filter((action) => action.type === 'yz.notify')
    .map((action, index) => {
      const params = action.params as NotifyParams;
      const to = resolveAssignment(compiled, params.to, context);
      return {
        id: `${place.instanceId}/${place.seq}/${index}`,
        instanceId: place.instanceId,
        seq: place.seq,
        index,
        at: place.at,
        step: params.step,
        channel: params.channel ?? 'default',
        to: { assignees: to.assignees, roles: to.roles },
        message: { 'zh-CN': localize(params.message, 'zh-CN'), en: localize(params.message, 'en') },
      };
    });
}
