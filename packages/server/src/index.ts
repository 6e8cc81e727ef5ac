/**
 * `@yizhan/server`: the Yizhan HTTP API (Hono on Node) over a store, with the caller's
 * organisation checked on every route, idempotent POSTs, server-sent events and the timer
 * scheduler. `listen` serves it; `serveFromEnv` is what `yizhan serve` runs.
 */

export type { TimerClaims } from '@yizhan/core/flow';
export { pickLocale } from './accept-language';
export {
  type Access,
  type AccessPolicy,
  DEFAULT_ACCESS_POLICY,
  manages,
  mayActOn,
} from './access';
export {
  type ClientKey,
  clientKeyBehindProxies,
  clientKeyFromEnv,
  socketClientKey,
} from './client-address';
export type { BodyLimits, ServerApp } from './context';
export {
  type CorsOptions,
  type CorsOrigins,
  corsMiddleware,
  parseCorsSetting,
  placesAllowing,
} from './cors';
export { createServer, type ServerOptions, type YizhanServer } from './create-server';
export type { DefinitionRegistry, PublishedDefinition } from './definitions';
export { MAX_JSON_DEPTH } from './json-body';
export { formatServerMessage, SERVER_MESSAGE_CODES } from './messages';
export {
  type ListenOptions,
  listen,
  type RunningServer,
  type ServeEnv,
  serveFromEnv,
} from './node';
export { openApiDocument } from './openapi';
export { covers, type Place, type Principal, PUBLIC_ROLE, related } from './principal';
export type { Problem } from './problem';
export type { RateLimitOptions } from './rate-limit';
export {
  canPurgeInstances,
  createRecordRetention,
  DEFAULT_IDEMPOTENCY_RETENTION_MS,
  type InstancePurge,
  type RecordRetention,
  type RecordRetentionOptions,
} from './record-retention';
export { RECORD_FLOW_PREFIX } from './records';
export type { Scheduler } from './scheduler';
export {
  type Authenticate,
  type Authentication,
  createTokenAuthenticator,
  signToken,
  type TokenClaims,
  verifyToken,
} from './token-auth';
export type { InstanceBody, SignupSummary } from './views';
