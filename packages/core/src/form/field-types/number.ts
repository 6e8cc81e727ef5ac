import * as z from 'zod/mini';
import { fieldObjectSchema, localizedTextSchema } from '../field-base';
import { defineFieldType } from '../field-type';
import { toJsonPointer } from '../json-pointer';

const numberConfig = {
  placeholder: z.optional(localizedTextSchema),
  default: z.optional(z.number()),
  step: z.optional(z.number().check(z.positive())),
  unit: z.optional(localizedTextSchema),
};
const ratingConfig = {
  max: z.optional(z.int().check(z.minimum(2), z.maximum(10))),
  default: z.optional(z.int().check(z.minimum(1))),
};

/** A number, decimals allowed. */
export const numberFieldSchema = fieldObjectSchema('number', numberConfig);
/** A whole number. */
const integerConfig = { ...numberConfig, default: z.optional(z.int()) };
export const integerFieldSchema = fieldObjectSchema('integer', integerConfig);
/** A rating from 1 to `max` stars (default 5), as in a service evaluation. */
export const ratingFieldSchema = fieldObjectSchema('rating', ratingConfig);

/** A number field. */
export type NumberField = z.infer<typeof numberFieldSchema>;
/** An integer field. */
export type IntegerField = z.infer<typeof integerFieldSchema>;
/** A rating field. */
export type RatingField = z.infer<typeof ratingFieldSchema>;

/** The number of stars of a rating field. */
export function ratingMax(field: RatingField): number {
  return field.max ?? 5;
}

const finite = z
  .number()
  .check(z.refine(Number.isFinite, { params: { code: 'wrong_value_type', expected: 'number' } }));

/** Number, integer and rating field types. */
export const numberFieldTypes = [
  defineFieldType<NumberField>({
    type: 'number',
    config: numberConfig,
    hasValue: true,
    value: () => finite,
    exprType: () => ({ kind: 'number' }),
  }),
  defineFieldType<IntegerField>({
    type: 'integer',
    config: integerConfig,
    hasValue: true,
    value: () => z.int(),
    exprType: () => ({ kind: 'number' }),
  }),
  defineFieldType<RatingField>({
    type: 'rating',
    config: ratingConfig,
    hasValue: true,
    value: (field) => z.int().check(z.minimum(1), z.maximum(ratingMax(field))),
    exprType: () => ({ kind: 'number' }),
    check: (field, path) =>
      field.default !== undefined && field.default > ratingMax(field)
        ? [
            {
              code: 'too_big',
              path: toJsonPointer([...path, 'default']),
              params: { maximum: ratingMax(field), origin: 'number' },
            },
          ]
        : [],
  }),
];
