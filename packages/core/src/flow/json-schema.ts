import * as z from 'zod';
import { publishJsonSchema } from '../describe-json-schema';
import { FLOW_DESCRIPTIONS } from './flow-descriptions';
import { flowDocumentSchema, inlineFormSchema } from './schema';

/** Where the published JSON Schema of flow definitions lives. */
export const FLOW_SCHEMA_ID = 'https://yizhan.dev/schemas/flow.schema.json';
const FORM_SCHEMA_REF = 'https://yizhan.dev/schemas/form.schema.json';

/**
 * The JSON Schema (draft 2020-12) of flow definitions with the built-in step types,
 * generated from the zod schemas `parseFlow` uses, with the descriptions of
 * `FLOW_DESCRIPTIONS`; inline forms refer to the form schema.
 * `packages/core/schemas/flow.schema.json` is this, committed; a test keeps it current.
 */
export function flowJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(flowDocumentSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: (context) => {
      if (context.zodSchema === inlineFormSchema) {
        for (const key of Object.keys(context.jsonSchema)) delete context.jsonSchema[key];
        context.jsonSchema.$ref = FORM_SCHEMA_REF;
      }
    },
  }) as Record<string, unknown>;
  return publishJsonSchema(
    generated,
    {
      id: FLOW_SCHEMA_ID,
      title: 'Yizhan flow definition',
      description:
        'A flow as data: roles, forms and steps (form, approval, match, serve, evaluate, branch, wait, notify, signup, end). See docs/flows.md.',
    },
    FLOW_DESCRIPTIONS,
  );
}
