import * as z from 'zod';
import { localizedTextSchema } from '../form';
import { isDuration } from './duration';
import { matchRankingSchema } from './steps/match-ranking';

/** The flow definition format version this build of Yizhan reads. */
export const FLOW_SCHEMA_VERSION = 1;

/** A step id: a letter, then letters, digits, `_` or `-` (no dots: events are "step.action"). */
export const stepIdSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, {
  error: 'invalid_step_id',
});

/** A role id, such as "coordinator" or "volunteer". */
export const roleIdSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, {
  error: 'invalid_role_id',
});

/** A form id, as forms name themselves. */
export const formIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
  error: 'invalid_form_id',
});

/** An ISO 8601 duration such as "P3D" (three days) or "PT2H" (two hours). */
export const durationSchema = z
  .string()
  .refine(isDuration, { params: { code: 'invalid_duration' } });

/**
 * Who may act on a human task. An actor may act when it holds one of `roles`, when its id
 * is what `assignee` evaluates to (an expression over the flow's data, such as
 * `startedBy` or `volunteers`), or when it belongs to one of `candidateGroups`.
 */
export const assignmentSchema = z
  .strictObject({
    roles: z.array(roleIdSchema).min(1).optional(),
    assignee: z.string().min(1).optional(),
    candidateGroups: z.array(z.string().min(1)).min(1).optional(),
  })
  .refine(
    (a) => a.roles !== undefined || a.assignee !== undefined || a.candidateGroups !== undefined,
    { params: { code: 'empty_assignment' } },
  );

/** What happens when a human task is overdue: go to a step, reassign it, or notify someone. */
export const overdueSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('goto'), step: stepIdSchema }),
  z.strictObject({ action: z.literal('reassign'), to: assignmentSchema }),
  z.strictObject({
    action: z.literal('notify'),
    to: assignmentSchema,
    message: localizedTextSchema,
    channel: z.string().min(1).optional(),
  }),
]);

/** Fields every step has. */
export const stepBase = {
  id: stepIdSchema,
  title: z.optional(localizedTextSchema),
  description: z.optional(localizedTextSchema),
};

/** Fields every human step has: who may act, when it is due, what happens when it is late. */
export const humanStepBase = {
  ...stepBase,
  assign: assignmentSchema,
  due: durationSchema.optional(),
  overdue: overdueSchema.optional(),
};

/** `form`: a human task that collects a form, then goes to `next`. */
export const formStepSchema = z.strictObject({
  ...humanStepBase,
  type: z.literal('form'),
  form: formIdSchema,
  next: stepIdSchema,
});

/**
 * `approval`: approve (to `next`), reject (to `reject`) or return (to `return`), with a
 * comment that is required when rejecting or returning. An optional form adds fields.
 */
export const approvalStepSchema = z.strictObject({
  ...humanStepBase,
  type: z.literal('approval'),
  form: formIdSchema.optional(),
  next: stepIdSchema,
  reject: stepIdSchema,
  return: stepIdSchema.optional(),
});

/**
 * `match` (对接): a coordinator chooses volunteers (their ids). With `ranking`, the
 * matching engine ranks the host's volunteers for the request read from the instance's
 * data (`ranking.request`) with the weights and limits of `ranking`: with `mode: "auto"`
 * the best `max` are taken when at least `min` pass, otherwise (and always without auto
 * mode) the coordinator chooses with the ranking as suggestions. Without `ranking`, auto
 * mode asks the host's `candidates` hook; when it finds too few, the coordinator chooses.
 */
export const matchStepSchema = z.strictObject({
  ...humanStepBase,
  type: z.literal('match'),
  mode: z.enum(['confirm', 'auto']).optional(),
  min: z.int().min(1).max(1000).optional(),
  max: z.int().min(1).max(1000).optional(),
  ranking: z.optional(matchRankingSchema),
  next: stepIdSchema,
});

/**
 * `serve` (服务): a matched volunteer accepts the assignment (or declines, to `decline`),
 * checks in and checks out; the hours between are recorded.
 */
export const serveStepSchema = z.strictObject({
  ...humanStepBase,
  type: z.literal('serve'),
  next: stepIdSchema,
  decline: stepIdSchema.optional(),
});

/** The volunteer's side of an evaluation: their own form, assignment and deadline. */
export const evaluationPartSchema = z.strictObject({
  form: formIdSchema,
  assign: assignmentSchema,
  due: durationSchema.optional(),
  overdue: overdueSchema.optional(),
});

/**
 * `evaluate` (评价): the beneficiary rates the service with `form`; with `volunteer`,
 * the volunteer fills a form too, and the step ends when both are in.
 */
export const evaluateStepSchema = z.strictObject({
  ...humanStepBase,
  type: z.literal('evaluate'),
  form: formIdSchema,
  volunteer: evaluationPartSchema.optional(),
  next: stepIdSchema,
});

/** `branch`: goes to the first branch whose expression is true, else to `otherwise`. */
export const branchStepSchema = z.strictObject({
  ...stepBase,
  type: z.literal('branch'),
  branches: z.array(z.strictObject({ when: z.string().min(1), next: stepIdSchema })).min(1),
  otherwise: stepIdSchema,
});

/**
 * `wait`: pauses for a duration (`for`), until a time (`until`, ISO 8601), or until the
 * time in a form field (`untilField`); exactly one of them.
 */
export const waitStepSchema = z
  .strictObject({
    ...stepBase,
    type: z.literal('wait'),
    for: durationSchema.optional(),
    until: z.iso.datetime({ offset: true }).optional(),
    untilField: z.string().min(1).optional(),
    next: stepIdSchema,
  })
  .refine(
    (step) =>
      [step.for, step.until, step.untilField].filter((value) => value !== undefined).length === 1,
    { params: { code: 'wait_needs_one' } },
  );

/** `notify`: writes an outbox message for the host to deliver, then goes on at once. */
export const notifyStepSchema = z.strictObject({
  ...stepBase,
  type: z.literal('notify'),
  to: assignmentSchema,
  message: localizedTextSchema,
  channel: z.string().min(1).optional(),
  next: stepIdSchema,
});

/**
 * `signup` (报名): volunteers sign up until `capacity` is reached, then join a waitlist
 * of at most `waitlist` people; a cancellation promotes the first on the waitlist. Whoever
 * `closeBy` names closes the sign-up, and the enrolled volunteers go on to `next`.
 */
export const signupStepSchema = z.strictObject({
  ...humanStepBase,
  type: z.literal('signup'),
  capacity: z.int().min(1).max(100_000),
  waitlist: z.int().min(0).max(100_000).optional(),
  closeBy: assignmentSchema,
  next: stepIdSchema,
});

/** `end`: the instance is done. `outcome` names how it ended ("served", "rejected"). */
export const endStepSchema = z.strictObject({
  ...stepBase,
  type: z.literal('end'),
  outcome: z.string().min(1).optional(),
});

/** Any built-in step, told apart by `type`. */
export const builtinStepSchema = z.discriminatedUnion('type', [
  formStepSchema,
  approvalStepSchema,
  matchStepSchema,
  serveStepSchema,
  evaluateStepSchema,
  branchStepSchema,
  waitStepSchema,
  notifyStepSchema,
  signupStepSchema,
  endStepSchema,
]);

/** A role people act with in the flow. */
export const roleSchema = z.strictObject({
  id: roleIdSchema,
  title: localizedTextSchema,
});

/**
 * A form written inline in the flow: any form definition (`parseForm` checks it; the JSON
 * Schema refers to the published form schema).
 */
export const inlineFormSchema = z.looseObject({ schemaVersion: z.literal(1), id: formIdSchema });

/** A form named by id and supplied by the caller of `parseFlow`. */
export const formRefSchema = z.strictObject({ ref: formIdSchema });

/** A form used by a step: written inline, or named by id and supplied by the caller. */
export const flowFormSchema = z.union([formRefSchema, inlineFormSchema]);

const flowId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'invalid_flow_id' });

/**
 * A flow definition document as written (JSON). Steps are checked one by one against
 * their type's config schema, so custom step types added with `defineStep` are allowed;
 * the JSON Schema lists the built-in ones.
 */
export const flowDocumentSchema = z.strictObject({
  schemaVersion: z.literal(FLOW_SCHEMA_VERSION),
  id: flowId,
  version: z.int().min(1),
  title: localizedTextSchema,
  description: z.optional(localizedTextSchema),
  roles: z.array(roleSchema).min(1),
  forms: z.array(flowFormSchema).optional(),
  /** The first step; the first of `steps` when not given. */
  start: stepIdSchema.optional(),
  steps: z.array(builtinStepSchema).min(1),
});

/** The document's shell, before each step is checked with its own type's schema. */
export const flowShellSchema = flowDocumentSchema.extend({
  steps: z.array(z.looseObject({ type: z.string(), id: z.unknown() })).min(1),
});

/** A flow document as written. */
export type FlowDocument = z.infer<typeof flowDocumentSchema>;
/** Who may act on a human task. */
export type Assignment = z.infer<typeof assignmentSchema>;
/** What happens when a human task is overdue. */
export type OverdueAction = z.infer<typeof overdueSchema>;
/** Any built-in step. */
export type BuiltinStep = z.infer<typeof builtinStepSchema>;
/** A role of a flow. */
export type RoleDefinition = z.infer<typeof roleSchema>;
/** A `form` step. */
export type FormStep = z.infer<typeof formStepSchema>;
/** An `approval` step. */
export type ApprovalStep = z.infer<typeof approvalStepSchema>;
/** A `match` step. */
export type MatchStep = z.infer<typeof matchStepSchema>;
/** A `serve` step. */
export type ServeStep = z.infer<typeof serveStepSchema>;
/** An `evaluate` step. */
export type EvaluateStep = z.infer<typeof evaluateStepSchema>;
/** A `branch` step. */
export type BranchStep = z.infer<typeof branchStepSchema>;
/** A `wait` step. */
export type WaitStep = z.infer<typeof waitStepSchema>;
/** A `notify` step. */
export type NotifyStep = z.infer<typeof notifyStepSchema>;
/** A `signup` step. */
export type SignupStep = z.infer<typeof signupStepSchema>;
/** An `end` step. */
export type EndStep = z.infer<typeof endStepSchema>;
