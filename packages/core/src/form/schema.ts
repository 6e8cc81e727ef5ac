import * as z from 'zod';

/** The definition format version this build of Yizhan reads. */
export const FORM_SCHEMA_VERSION = 1;

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

const fieldBase = {
  key: fieldKeySchema,
  label: localizedTextSchema,
  help: localizedTextSchema.optional(),
  required: z.boolean().optional(),
};

/** A single-line text answer. */
export const textFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('text'),
  placeholder: localizedTextSchema.optional(),
  maxLength: z.int().min(1).max(10_000).optional(),
  default: z.string().optional(),
});

/** One choice of a select field: the stored value and the text people see. */
export const optionSchema = z.strictObject({
  value: z.string().min(1),
  label: localizedTextSchema,
});

/** A choice of one option from a list. */
export const selectFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('select'),
  placeholder: localizedTextSchema.optional(),
  options: z.array(optionSchema).min(1),
  default: z.string().optional(),
});

/** A yes/no answer; `required` means it must be ticked (a consent, say). */
export const checkboxFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('checkbox'),
  default: z.boolean().optional(),
});

/** Any field of a form, told apart by `type`. */
export const fieldSchema = z.discriminatedUnion('type', [
  textFieldSchema,
  selectFieldSchema,
  checkboxFieldSchema,
]);

/** The field types this build knows, in the order error messages list them. */
export const FIELD_TYPES = ['text', 'select', 'checkbox'] as const;

/** A whole form definition, before the cross-field checks of `parseForm`. */
export const formDefinitionSchema = z.strictObject({
  schemaVersion: z.literal(FORM_SCHEMA_VERSION),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'invalid_form_id' }),
  version: z.int().min(1),
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  fields: z.array(fieldSchema).min(1),
});

/** A form definition that `parseForm` accepted. */
export type FormDefinition = z.infer<typeof formDefinitionSchema>;
/** Any field of a {@link FormDefinition}. */
export type FieldDefinition = z.infer<typeof fieldSchema>;
/** A single-line text field. */
export type TextFieldDefinition = z.infer<typeof textFieldSchema>;
/** A select field with its options. */
export type SelectFieldDefinition = z.infer<typeof selectFieldSchema>;
/** A checkbox field. */
export type CheckboxFieldDefinition = z.infer<typeof checkboxFieldSchema>;
/** One option of a select field. */
export type OptionDefinition = z.infer<typeof optionSchema>;
