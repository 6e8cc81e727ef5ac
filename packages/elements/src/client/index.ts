/**
 * `@yizhan/elements/client`: a small typed client of the Yizhan HTTP API, shared by the
 * portal widgets and usable by host code: bearer tokens from the host's login,
 * `Idempotency-Key` on every POST, retries for network failures, problems as data.
 */
export {
  type ClientOptions,
  createClient,
  type PostOptions,
  type TokenSource,
  type YizhanClient,
} from './client';
export { newIdempotencyKey } from './idempotency';
export { type ClientProblemCode, clientMessage } from './messages';
export { Outbox, type OutboxStorage, type PendingSend } from './outbox';
export { backoffMs, DEFAULT_RETRY, isNetworkFailure, type RetryPolicy } from './retry';
export { type InstanceWatcher, parseSse } from './sse';
export type {
  ClientProblem,
  ClientResult,
  DefinitionBody,
  HistoryEntry,
  InstanceBody,
  SendAnswer,
  SignupSummary,
  TaskCommand,
  TaskView,
} from './types';
