/**
 * Programmer misuse of the flow API (exceptions). Refusals of user actions are data
 * (`Refusal`), never these.
 */

/** A step registry or a definition handed to `compileFlow` that cannot work (check with `parseFlow` first). */
export class FlowDefinitionError extends Error {
  override readonly name = 'FlowDefinitionError';
}

/** A flow id or version the runtime was not given. */
export class UnknownFlowError extends Error {
  override readonly name = 'UnknownFlowError';
}

/** An instance id the store does not hold. */
export class UnknownInstanceError extends Error {
  override readonly name = 'UnknownInstanceError';
}
