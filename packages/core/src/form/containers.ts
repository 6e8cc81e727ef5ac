import * as z from 'zod';
import {
  expressionSchema,
  fieldBaseShape,
  fieldKeySchema,
  localizedTextSchema,
} from './field-base';

/** Builds the section schema around the schema of the items it may hold. */
export function sectionSchemaOf(item: () => z.ZodType) {
  return z.strictObject({
    type: z.literal('section'),
    key: fieldKeySchema,
    title: localizedTextSchema,
    help: localizedTextSchema.optional(),
    visibleIf: expressionSchema.optional(),
    get fields() {
      return z.array(item()).min(1);
    },
  });
}

/** Builds the repeat-group schema: a list of rows, each a small form of its own fields. */
export function repeatSchemaOf(item: () => z.ZodType) {
  const { rules: _rules, ...base } = fieldBaseShape;
  return z.strictObject({
    ...base,
    type: z.literal('repeat'),
    minItems: z.int().min(0).optional(),
    maxItems: z.int().min(1).max(1000).optional(),
    /** The label of the "add a row" button, e.g. "添加一位家庭成员". */
    addLabel: localizedTextSchema.optional(),
    get fields() {
      return z.array(item()).min(1);
    },
  });
}

/** Builds the page schema of a multi-page (wizard) form. */
export function pageSchemaOf(item: () => z.ZodType) {
  return z.strictObject({
    key: fieldKeySchema,
    title: localizedTextSchema,
    visibleIf: expressionSchema.optional(),
    fields: z.array(item()).min(1),
  });
}
