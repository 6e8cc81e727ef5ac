import * as z from 'zod/mini';
import { fieldObjectSchema, localizedTextSchema } from '../field-base';
import { defineFieldType } from '../field-type';
import { MAINLAND_MOBILE_PATTERN, readResidentId } from '../resident-id';

const config = { placeholder: z.optional(localizedTextSchema), default: z.optional(z.string()) };

/** A mainland China mobile phone number (手机号码). Personal data: mark it `pii`. */
export const phoneFieldSchema = fieldObjectSchema('phone', config);
/** An 18-digit resident ID number (居民身份证号码), checksum checked. Personal data: mark it `pii`. */
export const idNumberFieldSchema = fieldObjectSchema('id-number', config);

/** A mainland mobile phone field. */
export type PhoneField = z.infer<typeof phoneFieldSchema>;
/** A resident ID number field. */
export type IdNumberField = z.infer<typeof idNumberFieldSchema>;

/** The phone and resident ID number field types. */
export const identityFieldTypes = [
  defineFieldType<PhoneField>({
    type: 'phone',
    config,
    hasValue: true,
    value: () => z.string().check(z.regex(MAINLAND_MOBILE_PATTERN, { error: 'invalid_phone' })),
    exprType: () => ({ kind: 'string' }),
  }),
  defineFieldType<IdNumberField>({
    type: 'id-number',
    config,
    hasValue: true,
    value: () =>
      z.string().check(
        z.superRefine((value, context) => {
          const result = readResidentId(value);
          if (!result.ok) context.addIssue({ code: 'custom', params: { code: result.problem } });
        }),
      ),
    exprType: () => ({ kind: 'string' }),
  }),
];
