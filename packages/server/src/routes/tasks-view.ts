import type { CompiledFlow, FlowContext, InstanceRow, TaskRow, TaskView } from '@yizhan/core/flow';

/** A task row as a screen needs it: its title, actions, form and the instance's data. */
export function taskView(compiled: CompiledFlow, row: InstanceRow, task: TaskRow): TaskView {
  const step = compiled.steps.get(task.stepId);
  return {
    instanceId: row.id,
    instanceVersion: row.version,
    flowId: row.flowId,
    key: task.key,
    stepId: task.stepId,
    title: step?.title ?? task.stepId,
    actions: task.actions,
    form: task.form === null ? null : (compiled.forms.get(task.form)?.definition ?? null),
    data: (row.snapshot.context as unknown as FlowContext).data,
    dueAt: task.dueAt,
    since: task.since,
  };
}
