import { eventTime, type FlowContext, type FlowEvent } from '../context';
import { type BranchStep, branchStepSchema } from '../schema';
import { defineStep } from '../step-type';

/** `branch`: goes at once to the first branch whose `when` is true, else to `otherwise`. */
export const branchStep = defineStep<BranchStep>({
  type: 'branch',
  schema: branchStepSchema,
  human: false,
  targets: (step) => [
    ...step.branches.map((branch, index) => ({
      label: `when ${index + 1}`,
      step: branch.next,
      path: ['branches', index, 'next'],
    })),
    { label: 'otherwise', step: step.otherwise, path: ['otherwise'] },
  ],
  expressions: (step) =>
    step.branches.map((branch, index) => ({
      source: branch.when,
      path: ['branches', index, 'when'],
      expect: 'boolean' as const,
    })),
  build: (step, ctx) => ({
    state: {
      always: [
        ...step.branches.map((branch) => {
          const test = ctx.condition(branch.when);
          return {
            guard: ({ context, event }: { context: FlowContext; event: FlowEvent }) =>
              test(context, eventTime(event)),
            target: ctx.target(branch.next),
          };
        }),
        { target: ctx.target(step.otherwise) },
      ],
    },
  }),
});
