import * as z from 'zod/mini';
import { publishJsonSchema } from '../describe-json-schema';
import type { FieldTypeRegistry } from './field-type';
import { FORM_DESCRIPTIONS } from './form-descriptions';
import { defaultFieldTypes, formSchemaFor } from './registry';

/** Where the published JSON Schema of form definitions lives. */
export const FORM_SCHEMA_ID = 'https://yizhan.dev/schemas/form.schema.json';

/**
 * The JSON Schema (draft 2020-12) of form definitions, generated from the zod schemas that
 * `parseForm` uses, with the descriptions of `FORM_DESCRIPTIONS`, so editors can validate,
 * complete and explain definitions as coordinators type.
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
  // The field union is recursive (groups hold fields), so it is a definition: name it.
  const named = JSON.parse(
    JSON.stringify(generated).replaceAll('"#/$defs/__schema0"', '"#/$defs/field"'),
  ) as Record<string, unknown>;
  const { __schema0: field, ...otherDefinitions } = (named.$defs ?? {}) as Record<string, unknown>;
  if (field !== undefined) named.$defs = { field, ...otherDefinitions };
  return publishJsonSchema(
    named,
    {
      id: FORM_SCHEMA_ID,
      title: 'Yizhan form definition',
      description:
        'A form as data: fields, sections, pages, repeat groups, rules and expressions. See docs/forms.md.',
    },
    FORM_DESCRIPTIONS,
  );
}
