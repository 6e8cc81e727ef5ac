import * as z from 'zod';

const localeText = z.string().min(1);

/** A label, help text or placeholder: one string, or one string per locale. */
export const localizedTextSchema = z.union([
  localeText,
  z
    .strictObject({ 'zh-CN': localeText.optional(), en: localeText.optional() })
    .refine((text) => text['zh-CN'] !== undefined || text.en !== undefined, {
      params: { code: 'empty_localized_text' },
    }),
]);

/** A field key: a letter, then letters, digits or underscores. It names the submitted value. */
export const fieldKeySchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, {
  error: 'invalid_field_key',
});

/** An expression in the Yizhan expression language (see docs/expressions.md). */
export const expressionSchema = z.string().min(1);

/** A check name registered by the server for an asynchronous rule, e.g. `phoneNotRegistered`. */
export const checkNameSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, {
  error: 'invalid_check_name',
});

/** One validation rule of a field. Each may carry its own message for people. */
export const ruleSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('length'),
    min: z.int().min(0).optional(),
    max: z.int().min(1).optional(),
    message: localizedTextSchema.optional(),
  }),
  z.strictObject({
    type: z.literal('range'),
    min: z.union([z.number(), z.string()]).optional(),
    max: z.union([z.number(), z.string()]).optional(),
    message: localizedTextSchema.optional(),
  }),
  z.strictObject({
    type: z.literal('pattern'),
    pattern: z.string().min(1),
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
    message: localizedTextSchema.optional(),
  }),
]);

/** The properties every field shares. */
export const fieldBaseShape = {
  key: fieldKeySchema,
  label: localizedTextSchema,
  help: localizedTextSchema.optional(),
  /** `true`, `false`, or an expression that says when an answer is required. */
  required: z.union([z.boolean(), expressionSchema]).optional(),
  visibleIf: expressionSchema.optional(),
  readonlyIf: expressionSchema.optional(),
  /** Personal data (ID numbers, phones): masked in lists, logs and exports. */
  pii: z.boolean().optional(),
  rules: z.array(ruleSchema).optional(),
};

/** Builds the strict zod schema of one field type: the common properties, `type`, and its own. */
export function fieldObjectSchema<Type extends string, Config extends z.ZodRawShape>(
  type: Type,
  config: Config,
) {
  return z.strictObject({ ...fieldBaseShape, type: z.literal(type), ...config });
}

/** A validation rule of a field. */
export type FieldRule = z.infer<typeof ruleSchema>;
