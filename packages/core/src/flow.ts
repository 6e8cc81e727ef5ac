/**
 * Flows: definitions as data (`parseFlow`), compiled to XState machines (`compileFlow`),
 * run durably with human tasks and timers (`createRuntime`) over a `Store`.
 */

/**
 * The zod that flow schemas are built with, for step types added with `defineStep`: their
 * config schemas then extend `humanStepBase` with the same zod instance.
 */
export * as z from 'zod';
export {
  BUILTIN_STEPS,
  createStepRegistry,
  defaultStepRegistry,
  type StepRegistry,
} from './flow/builtin-steps';
export {
  type CompiledFlow,
  compileFlow,
  FLOW_MACHINE_ID,
  type FlowMachine,
  type NotifyParams,
} from './flow/compile-flow';
export {
  type Actor,
  type FlowContext,
  type FlowEvent,
  type FlowInput,
  type StepRecord,
  SYSTEM_ACTOR,
} from './flow/context';
export type { FlowDefinition } from './flow/definition';
export { mayAct } from './flow/derive';
export { addDuration, type Duration, isDuration, parseDuration } from './flow/duration';
export { FlowDefinitionError, UnknownFlowError, UnknownInstanceError } from './flow/errors';
export { FLOW_BUILTIN_NAMES } from './flow/expressions';
export { FLOW_DESCRIPTIONS } from './flow/flow-descriptions';
export {
  type FlowGraph,
  type FlowGraphEdge,
  type FlowGraphNode,
  flowGraph,
} from './flow/flow-graph';
export {
  type FlowLayout,
  type FlowLayoutOptions,
  type LayoutPoint,
  layoutFlowGraph,
  type PlacedNode,
  type RoutedEdge,
} from './flow/flow-layout';
export {
  DEFAULT_JOB_RETRY,
  type JobRetryOptions,
  type JobRetryRefusalCode,
  retryDelay,
} from './flow/job-retry';
export { FLOW_SCHEMA_ID, flowJsonSchema } from './flow/json-schema';
export { FLOW_MESSAGE_CODES, formatFlowMessage } from './flow/messages';
export { formatFlowIssue, type ParseFlowOptions, parseFlow } from './flow/parse-flow';
export type { Refusal } from './flow/refusal';
export {
  type Accepted,
  createRuntime,
  type FireReport,
  type FlowRuntime,
  type InstanceView,
  type JobFailureReport,
  type JobRetried,
  type LocaleOption,
  type RuntimeOptions,
  type TaskCommand,
  type TaskView,
} from './flow/runtime';
export {
  type ApprovalStep,
  type Assignment,
  assignmentSchema,
  type BranchStep,
  type BuiltinStep,
  durationSchema,
  type EndStep,
  type EvaluateStep,
  FLOW_SCHEMA_VERSION,
  type FlowDocument,
  type FormStep,
  flowDocumentSchema,
  humanStepBase,
  type MatchStep,
  type NotifyStep,
  type OverdueAction,
  type RoleDefinition,
  type ServeStep,
  type SignupStep,
  stepBase,
  stepIdSchema,
  type WaitStep,
} from './flow/schema';
export { type FlowPath, type SimulationReport, simulateFlow } from './flow/simulate';
export {
  type AnyStepType,
  type BuildContext,
  defineStep,
  type FlowHooks,
  type JobInput,
  type StateFragment,
  type StepBuild,
  type StepConfig,
  type StepExpression,
  type StepTarget,
  type StepType,
  type TaskAction,
  type TaskSpec,
  type TimerSpec,
} from './flow/step-type';
export type { VolunteerRecords, VolunteersHook } from './flow/steps/match-job';
export {
  type MatchRanking,
  type MatchRequestSource,
  matchRankingSchema,
  matchRequestSourceSchema,
  type StoredIssue,
} from './flow/steps/match-ranking';
export { type CandidatesHook, suggestionsKey } from './flow/steps/match-step';
export type {
  MatchSuggestions,
  SuggestedCandidate,
  SuggestedExclusion,
  SuggestedPart,
  TextInEveryLocale,
} from './flow/steps/match-suggestions';
export { hoursBetween } from './flow/steps/serve-step';
export { patchStep } from './flow/steps/shared';
export { type SignupLists, signupLists } from './flow/steps/signup-step';
export { createMemoryStore, keptTimer, type MemoryStoreOptions } from './store/memory-store';
export type {
  ActorRecord,
  CommitResult,
  HistoryEntry,
  InstanceCommit,
  InstanceQuery,
  InstanceRow,
  InstanceStatus,
  JsonObject,
  JsonValue,
  OutboxRow,
  TaskQuery,
  TaskRow,
  TimerFailure,
  TimerKind,
  TimerRow,
} from './store/rows';
export {
  canClaimTimers,
  canPurgeInstances,
  canRecordTimerFailures,
  type InstancePurge,
  type Store,
  type StoreReader,
  type StoreWriter,
  type TimerClaims,
  type TimerFailures,
} from './store/store';
