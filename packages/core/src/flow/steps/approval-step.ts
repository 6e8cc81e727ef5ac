import { type ApprovalStep, approvalStepSchema } from '../schema';
import { defineStep, type StepTarget, type TaskAction } from '../step-type';
import { overdueTargets, patchStep } from './shared';

/**
 * `approval` (审核): approve to `next`, reject to `reject`, or return to `return`. A
 * comment is required to reject or return, so the person who acts next knows why.
 */
export const approvalStep = defineStep<ApprovalStep>({
  type: 'approval',
  schema: approvalStepSchema,
  human: true,
  targets: (step) => {
    const targets: StepTarget[] = [
      { label: 'approve', step: step.next, path: ['next'] },
      { label: 'reject', step: step.reject, path: ['reject'] },
    ];
    if (step.return !== undefined)
      targets.push({ label: 'return', step: step.return, path: ['return'] });
    return [...targets, ...overdueTargets(step.overdue)];
  },
  forms: (step) => (step.form === undefined ? [] : [{ form: step.form, path: ['form'] }]),
  build: (step, ctx) => {
    const decide = (decision: string) =>
      patchStep(step.id, (_, event) => ({ decision, comment: event.comment ?? null }));
    const on: Record<string, unknown> = {
      [ctx.event(step.id, 'approve')]: {
        target: ctx.target(step.next),
        actions: [ctx.merge, decide('approved')],
      },
      [ctx.event(step.id, 'reject')]: {
        target: ctx.target(step.reject),
        actions: decide('rejected'),
      },
    };
    const actions: TaskAction[] = [
      { name: 'approve', form: step.form, comment: 'optional' },
      { name: 'reject', comment: 'required' },
    ];
    if (step.return !== undefined) {
      on[ctx.event(step.id, 'return')] = {
        target: ctx.target(step.return),
        actions: decide('returned'),
      };
      actions.push({ name: 'return', comment: 'required' });
    }
    return {
      state: { on } as never,
      tasks: [
        {
          key: step.id,
          stepId: step.id,
          state: step.id,
          actions,
          form: step.form,
          assign: step.assign,
          due: step.due,
          overdue: step.overdue,
        },
      ],
    };
  },
});
