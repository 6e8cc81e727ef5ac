import * as z from 'zod/mini';
import { fieldObjectSchema, localizedTextSchema } from '../field-base';
import { defineFieldType } from '../field-type';

const textConfig = {
  placeholder: z.optional(localizedTextSchema),
  default: z.optional(z.string()),
};

/** A single-line text answer. */
export const textFieldSchema = fieldObjectSchema('text', textConfig);
/** A multi-line text answer. */
const textareaConfig = {
  ...textConfig,
  rows: z.optional(z.int().check(z.minimum(2), z.maximum(20))),
};
export const textareaFieldSchema = fieldObjectSchema('textarea', textareaConfig);
/** An e-mail address. */
export const emailFieldSchema = fieldObjectSchema('email', textConfig);

/** A single-line text field. */
export type TextField = z.infer<typeof textFieldSchema>;
/** A multi-line text field. */
export type TextareaField = z.infer<typeof textareaFieldSchema>;
/** An e-mail field. */
export type EmailField = z.infer<typeof emailFieldSchema>;

/** Text answers are at most this long unless a length rule says otherwise. */
export const MAX_TEXT_LENGTH = 10_000;
const anyText = z.string().check(z.maxLength(MAX_TEXT_LENGTH));
// A pragmatic address check: something@something.tld, no spaces. Full RFC 5322 is not the point.
const emailPattern = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Text, textarea and email field types. */
export const textFieldTypes = [
  defineFieldType<TextField>({
    type: 'text',
    config: textConfig,
    hasValue: true,
    value: () => anyText,
    exprType: () => ({ kind: 'string' }),
  }),
  defineFieldType<TextareaField>({
    type: 'textarea',
    config: textareaConfig,
    hasValue: true,
    value: () => anyText,
    exprType: () => ({ kind: 'string' }),
  }),
  defineFieldType<EmailField>({
    type: 'email',
    config: textConfig,
    hasValue: true,
    value: () =>
      z.string().check(z.maxLength(254), z.regex(emailPattern, { error: 'invalid_email' })),
    exprType: () => ({ kind: 'string' }),
  }),
];
