import { type FormStep, formStepSchema } from '../schema';
import { defineStep } from '../step-type';
import { overdueTargets } from './shared';

/** `form`: a human task that collects a form and goes to `next`. */
export const formStep = defineStep<FormStep>({
  type: 'form',
  schema: formStepSchema,
  human: true,
  targets: (step) => [
    { label: 'submit', step: step.next, path: ['next'] },
    ...overdueTargets(step.overdue),
  ],
  forms: (step) => [{ form: step.form, path: ['form'] }],
  build: (step, ctx) => ({
    state: {
      on: { [ctx.event(step.id, 'submit')]: { target: ctx.target(step.next), actions: ctx.merge } },
    },
    tasks: [
      {
        key: step.id,
        stepId: step.id,
        state: step.id,
        actions: [{ name: 'submit', form: step.form }],
        form: step.form,
        assign: step.assign,
        due: step.due,
        overdue: step.overdue,
      },
    ],
  }),
});
