import { type EndStep, endStepSchema } from '../schema';
import { defineStep } from '../step-type';

/** `end`: the instance is done; `outcome` is kept on the step's record. */
export const endStep = defineStep<EndStep>({
  type: 'end',
  schema: endStepSchema,
  human: false,
  final: true,
  targets: () => [],
  build: () => ({ state: { type: 'final' } }),
});
