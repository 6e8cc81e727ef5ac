import { type EvaluateStep, evaluateStepSchema } from '../schema';
import { defineStep, type TaskSpec } from '../step-type';
import { overdueTargets } from './shared';

/**
 * `evaluate` (评价): the beneficiary rates the service with `form`. With `volunteer`, the
 * volunteer fills their own form as a second task (key `${id}.volunteer`) and the step
 * goes on when both are in.
 */
export const evaluateStep = defineStep<EvaluateStep>({
  type: 'evaluate',
  schema: evaluateStepSchema,
  human: true,
  targets: (step) => [
    { label: 'submit', step: step.next, path: ['next'] },
    ...overdueTargets(step.overdue),
    ...overdueTargets(step.volunteer?.overdue, ['volunteer']),
  ],
  forms: (step) => [
    { form: step.form, path: ['form'] },
    ...(step.volunteer ? [{ form: step.volunteer.form, path: ['volunteer', 'form'] }] : []),
  ],
  build: (step, ctx) => {
    const beneficiary: TaskSpec = {
      key: step.id,
      stepId: step.id,
      state: step.volunteer ? { [step.id]: { beneficiary: 'pending' } } : step.id,
      actions: [{ name: 'submit', form: step.form }],
      form: step.form,
      assign: step.assign,
      due: step.due,
      overdue: step.overdue,
    };
    const submit = ctx.event(step.id, 'submit');
    if (step.volunteer === undefined) {
      return {
        state: { on: { [submit]: { target: ctx.target(step.next), actions: ctx.merge } } },
        tasks: [beneficiary],
      };
    }
    const volunteerKey = `${step.id}.volunteer`;
    const part = (event: string) => ({
      initial: 'pending',
      states: {
        pending: { on: { [event]: { target: 'done', actions: ctx.merge } } },
        done: { type: 'final' },
      },
    });
    return {
      state: {
        type: 'parallel',
        states: {
          beneficiary: part(submit),
          volunteer: { entry: ctx.enter(volunteerKey), ...part(ctx.event(volunteerKey, 'submit')) },
        },
        onDone: { target: ctx.target(step.next) },
      } as never,
      tasks: [
        beneficiary,
        {
          key: volunteerKey,
          stepId: step.id,
          state: { [step.id]: { volunteer: 'pending' } },
          actions: [{ name: 'submit', form: step.volunteer.form }],
          form: step.volunteer.form,
          assign: step.volunteer.assign,
          due: step.volunteer.due,
          overdue: step.volunteer.overdue,
        },
      ],
    };
  },
});
