import * as z from 'zod';
import { fieldValueRule } from './field-values';
import type { FormDefinition } from './schema';

/**
 * The JSON Schema (draft 2020-12) of a form's cleaned submission data, for hosts that
 * validate elsewhere or generate types. Kept apart from `compileForm` so that bundles which
 * only validate do not carry zod's JSON Schema generator.
 */
export function submissionJsonSchema(definition: FormDefinition): Record<string, unknown> {
  const shape: Record<string, z.ZodType> = {};
  for (const field of definition.fields) {
    const { schema } = fieldValueRule(field);
    shape[field.key] = field.required ? schema : schema.optional();
  }
  return z.toJSONSchema(z.strictObject(shape), { unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
}
