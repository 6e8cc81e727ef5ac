import * as z from 'zod/mini';
import type { FieldTypeRegistry } from './field-type';
import { defaultFieldTypes, formSchemaFor } from './registry';

/** Where the published JSON Schema of form definitions lives. */
export const FORM_SCHEMA_ID = 'https://yizhan.dev/schemas/form.schema.json';

/**
 * The JSON Schema (draft 2020-12) of form definitions, generated from the zod schemas that
 * `parseForm` uses, so editors can validate and complete definitions as coordinators type.
 * `packages/core/schemas/form.schema.json` is this, committed; a test keeps it current.
 */
export function formDefinitionJsonSchema(
  registry: FieldTypeRegistry = defaultFieldTypes,
): Record<string, unknown> {
  const generated = z.toJSONSchema(formSchemaFor(registry), {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    cycles: 'ref',
  }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: FORM_SCHEMA_ID,
    title: 'Yizhan form definition',
    description:
      'A form as data: fields, sections, pages, repeat groups, rules and expressions. See docs/forms.md.',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}
