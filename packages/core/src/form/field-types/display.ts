import * as z from 'zod/mini';
import { expressionSchema, fieldKeySchema, localizedTextSchema } from '../field-base';
import { defineFieldType } from '../field-type';

/** Text shown between fields (instructions, a notice); holds no answer. */
export const staticFieldSchema = z.strictObject({
  type: z.literal('static'),
  key: fieldKeySchema,
  content: localizedTextSchema,
  visibleIf: z.optional(expressionSchema),
});
/** A static-text item. */
export type StaticField = z.infer<typeof staticFieldSchema>;

const computedConfig = {
  /** The expression that gives the value, e.g. `sum(items.qty)` or `age(birthDate)`. */
  expression: expressionSchema,
};
/** A value computed from other answers; shown read-only and included in the submitted data. */
export const computedFieldSchema = z.strictObject({
  type: z.literal('computed'),
  key: fieldKeySchema,
  label: localizedTextSchema,
  help: z.optional(localizedTextSchema),
  visibleIf: z.optional(expressionSchema),
  pii: z.optional(z.boolean()),
  ...computedConfig,
});
/** A computed field. */
export type ComputedField = z.infer<typeof computedFieldSchema>;

/** Static text: no value, nothing to validate. */
export const staticFieldType = defineFieldType<StaticField>({
  type: 'static',
  config: { content: localizedTextSchema },
  schema: staticFieldSchema,
  hasValue: false,
  value: () => z.never(),
  exprType: () => ({ kind: 'null' }),
});

/**
 * Computed value: its schema accepts anything, since the compiler fills the value from the
 * expression and never trusts a submitted one. Its expression type is set by the compiler.
 */
export const computedFieldType = defineFieldType<ComputedField>({
  type: 'computed',
  config: computedConfig,
  schema: computedFieldSchema,
  hasValue: true,
  value: () => z.unknown(),
  exprType: () => ({ kind: 'any' }),
});
