import { FlowDefinitionError } from './errors';
import type { AnyStepType } from './step-type';
import { approvalStep } from './steps/approval-step';
import { branchStep } from './steps/branch-step';
import { endStep } from './steps/end-step';
import { evaluateStep } from './steps/evaluate-step';
import { formStep } from './steps/form-step';
import { matchStep } from './steps/match-step';
import { notifyStep } from './steps/notify-step';
import { serveStep } from './steps/serve-step';
import { signupStep } from './steps/signup-step';
import { waitStep } from './steps/wait-step';

/** The step types every flow can use, in the order documentation lists them. */
export const BUILTIN_STEPS: readonly AnyStepType[] = [
  formStep,
  approvalStep,
  matchStep,
  serveStep,
  evaluateStep,
  branchStep,
  waitStep,
  notifyStep,
  signupStep,
  endStep,
];

/** Step types by name: the built-in ones plus those added with `defineStep`. */
export interface StepRegistry {
  get(type: string): AnyStepType | undefined;
  readonly types: readonly string[];
}

/**
 * Makes the registry `parseFlow` and `compileFlow` use: the built-in step types plus
 * `extra` ones. A custom type may not reuse a built-in name.
 *
 * @example
 * const registry = createStepRegistry([verifyPhoneStep]);
 */
export function createStepRegistry(extra: readonly AnyStepType[] = []): StepRegistry {
  const byType = new Map<string, AnyStepType>();
  for (const type of [...BUILTIN_STEPS, ...extra]) {
    if (byType.has(type.type))
      throw new FlowDefinitionError(`The step type "${type.type}" is defined twice.`);
    byType.set(type.type, type);
  }
  return { get: (type) => byType.get(type), types: [...byType.keys()] };
}

/** The registry of built-in step types only. */
export const defaultStepRegistry: StepRegistry = createStepRegistry();
