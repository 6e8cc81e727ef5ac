import * as z from 'zod/mini';

const localeText = z.string().check(z.minLength(1));

/** A label, help text or placeholder: one string, or one string per locale. */
export const localizedTextSchema = z.union([
  localeText,
  z.strictObject({ 'zh-CN': z.optional(localeText), en: z.optional(localeText) }).check(
    z.refine((text) => text['zh-CN'] !== undefined || text.en !== undefined, {
      params: { code: 'empty_localized_text' },
    }),
  ),
]);

/** A field key: a letter, then letters, digits or underscores. It names the submitted value. */
export const fieldKeySchema = z
  .string()
  .check(z.regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, { error: 'invalid_field_key' }));

/** An expression in the Yizhan expression language (see docs/expressions.md). */
export const expressionSchema = z.string().check(z.minLength(1));

/** A check name registered by the server for an asynchronous rule, e.g. `phoneNotRegistered`. */
export const checkNameSchema = z
  .string()
  .check(z.regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, { error: 'invalid_check_name' }));

/** One validation rule of a field. Each may carry its own message for people. */
export const ruleSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('length'),
    min: z.optional(z.int().check(z.minimum(0))),
    max: z.optional(z.int().check(z.minimum(1))),
    message: z.optional(localizedTextSchema),
  }),
  z.strictObject({
    type: z.literal('range'),
    min: z.optional(z.union([z.number(), z.string()])),
    max: z.optional(z.union([z.number(), z.string()])),
    message: z.optional(localizedTextSchema),
  }),
  z.strictObject({
    type: z.literal('pattern'),
    pattern: z.string().check(z.minLength(1)),
    message: localizedTextSchema,
  }),
  z.strictObject({
    type: z.literal('expression'),
    expression: expressionSchema,
    message: localizedTextSchema,
  }),
  z.strictObject({
    type: z.literal('async'),
    check: checkNameSchema,
    message: z.optional(localizedTextSchema),
  }),
]);

/** The properties every field shares. */
export const fieldBaseShape = {
  key: fieldKeySchema,
  label: localizedTextSchema,
  help: z.optional(localizedTextSchema),
  /** `true`, `false`, or an expression that says when an answer is required. */
  required: z.optional(z.union([z.boolean(), expressionSchema])),
  visibleIf: z.optional(expressionSchema),
  readonlyIf: z.optional(expressionSchema),
  /** Personal data (ID numbers, phones): masked in lists, logs and exports. */
  pii: z.optional(z.boolean()),
  rules: z.optional(z.array(ruleSchema)),
};

/** Builds the strict zod schema of one field type: the common properties, `type`, and its own. */
export function fieldObjectSchema<Type extends string, Config extends z.core.$ZodShape>(
  type: Type,
  config: Config,
) {
  return z.strictObject({ ...fieldBaseShape, type: z.literal(type), ...config });
}

/** A validation rule of a field. */
export type FieldRule = z.infer<typeof ruleSchema>;
