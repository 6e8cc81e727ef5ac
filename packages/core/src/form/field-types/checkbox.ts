import * as z from 'zod/mini';
import { fieldObjectSchema } from '../field-base';
import { defineFieldType, isBlank } from '../field-type';

const config = { default: z.optional(z.boolean()) };

/** A yes/no answer; `required` means it must be ticked (a consent, say). */
export const checkboxFieldSchema = fieldObjectSchema('checkbox', config);
/** A checkbox field. */
export type CheckboxField = z.infer<typeof checkboxFieldSchema>;

/** The checkbox field type. An unticked required box counts as not answered. */
export const checkboxFieldType = defineFieldType<CheckboxField>({
  type: 'checkbox',
  config,
  hasValue: true,
  value: () => z.boolean(),
  exprType: () => ({ kind: 'boolean' }),
  isEmpty: (value) => isBlank(value) || value === false,
});
