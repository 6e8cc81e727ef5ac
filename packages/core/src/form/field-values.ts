import * as z from 'zod';
import type { FieldDefinition } from './schema';

/** A submitted value of one field: text and select give strings, a checkbox a boolean. */
export type FieldValue = string | boolean;

/** What a field's value checker needs: its zod schema and how to tell "no answer". */
export interface FieldValueRule {
  readonly schema: z.ZodType<FieldValue>;
  readonly expected: 'string' | 'boolean';
  isEmpty(value: unknown): boolean;
}

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Builds the zod schema a field's submitted value must satisfy. Rule failures carry a
 * Yizhan message code in `params.code`, so messages stay localized and say how to fix.
 */
export function fieldValueRule(field: FieldDefinition): FieldValueRule {
  switch (field.type) {
    case 'text': {
      const max = field.maxLength ?? 10_000;
      return {
        schema: z.string().max(max),
        expected: 'string',
        isEmpty: (value) => isBlank(value) || (typeof value === 'string' && value.trim() === ''),
      };
    }
    case 'select': {
      const allowed = field.options.map((option) => option.value);
      const set = new Set(allowed);
      return {
        schema: z
          .string()
          .refine((value) => set.has(value), { params: { code: 'not_an_option', allowed } }),
        expected: 'string',
        isEmpty: isBlank,
      };
    }
    case 'checkbox':
      // An unticked box is "no answer" for a required consent, and `false` otherwise.
      return {
        schema: z.boolean(),
        expected: 'boolean',
        isEmpty: (value) => isBlank(value) || (field.required === true && value === false),
      };
  }
}
