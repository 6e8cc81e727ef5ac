import * as z from 'zod/mini';
import {
  expressionSchema,
  fieldBaseShape,
  fieldKeySchema,
  localizedTextSchema,
} from './field-base';

/** Builds the section schema around the schema of the items it may hold. */
export function sectionSchemaOf(item: () => z.core.$ZodType) {
  return z.strictObject({
    type: z.literal('section'),
    key: fieldKeySchema,
    title: localizedTextSchema,
    help: z.optional(localizedTextSchema),
    visibleIf: z.optional(expressionSchema),
    get fields() {
      return z.array(item()).check(z.minLength(1));
    },
  });
}

/** Builds the repeat-group schema: a list of rows, each a small form of its own fields. */
export function repeatSchemaOf(item: () => z.core.$ZodType) {
  const { rules: _rules, ...base } = fieldBaseShape;
  return z.strictObject({
    ...base,
    type: z.literal('repeat'),
    minItems: z.optional(z.int().check(z.minimum(0))),
    maxItems: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
    /** The label of the "add a row" button, e.g. "添加一位家庭成员". */
    addLabel: z.optional(localizedTextSchema),
    get fields() {
      return z.array(item()).check(z.minLength(1));
    },
  });
}

/** Builds the page schema of a multi-page (wizard) form. */
export function pageSchemaOf(item: () => z.core.$ZodType) {
  return z.strictObject({
    key: fieldKeySchema,
    title: localizedTextSchema,
    visibleIf: z.optional(expressionSchema),
    fields: z.array(item()).check(z.minLength(1)),
  });
}
