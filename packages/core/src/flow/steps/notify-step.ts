import { type NotifyStep, notifyStepSchema } from '../schema';
import { defineStep } from '../step-type';

/** `notify`: writes an outbox message (in the same commit) and goes on to `next` at once. */
export const notifyStep = defineStep<NotifyStep>({
  type: 'notify',
  schema: notifyStepSchema,
  human: false,
  targets: (step) => [{ label: 'next', step: step.next, path: ['next'] }],
  build: (step, ctx) => ({
    state: {
      entry: ctx.notify({ to: step.to, message: step.message, channel: step.channel }),
      always: { target: ctx.target(step.next) },
    },
  }),
});
