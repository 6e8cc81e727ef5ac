import * as z from 'zod';
import { fieldObjectSchema, localizedTextSchema } from '../field-base';
import { defineFieldType } from '../field-type';
import { toJsonPointer } from '../json-pointer';

const numberConfig = {
  placeholder: localizedTextSchema.optional(),
  default: z.number().optional(),
  step: z.number().positive().optional(),
  unit: localizedTextSchema.optional(),
};
const ratingConfig = { max: z.int().min(2).max(10).optional(), default: z.int().min(1).optional() };

/** A number, decimals allowed. */
export const numberFieldSchema = fieldObjectSchema('number', numberConfig);
/** A whole number. */
const integerConfig = { ...numberConfig, default: z.int().optional() };
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
  .refine(Number.isFinite, { params: { code: 'wrong_value_type', expected: 'number' } });

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
    value: (field) => z.int().min(1).max(ratingMax(field)),
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
