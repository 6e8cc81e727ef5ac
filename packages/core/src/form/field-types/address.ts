import * as z from 'zod/mini';
import { fieldObjectSchema } from '../field-base';
import { defineFieldType } from '../field-type';

/** The parts of a structured address, in the order they are shown. */
export const ADDRESS_PARTS = ['region', 'building', 'unit', 'room', 'detail'] as const;
/** One part of a structured address. */
export type AddressPart = (typeof ADDRESS_PARTS)[number];

const part = z.string().check(z.trim(), z.maxLength(100));
/** An answer to an address field: region (e.g. 街道/社区), building (栋), unit (单元), room (室), detail. */
export const addressValueSchema = z.looseObject({
  region: z.optional(part),
  building: z.optional(part),
  unit: z.optional(part),
  room: z.optional(part),
  detail: z.optional(part),
});
/** A structured address answer. */
export type AddressValue = z.infer<typeof addressValueSchema>;

const config = {
  /** Which parts to ask for; default building, unit and room. */
  parts: z.optional(z.array(z.enum(ADDRESS_PARTS)).check(z.minLength(1))),
  /** Which of those must be filled when the field is required; default all asked parts. */
  requiredParts: z.optional(z.array(z.enum(ADDRESS_PARTS))),
  /** A named data source for the region choices, provided by the host. */
  regionSource: z.optional(z.string().check(z.minLength(1))),
  default: z.optional(addressValueSchema),
};

/** A structured address such as 5栋1单元2103 (building 5, unit 1, room 2103), with an optional region. */
export const addressFieldSchema = fieldObjectSchema('address', config);
/** An address field. */
export type AddressField = z.infer<typeof addressFieldSchema>;

/** The parts an address field asks for. */
export function addressParts(field: AddressField): readonly AddressPart[] {
  return field.parts ?? ['building', 'unit', 'room'];
}

/** The address field type. Empty when every asked part is blank. */
export const addressFieldType = defineFieldType<AddressField>({
  type: 'address',
  config,
  hasValue: true,
  value: (field) => {
    const asked = new Set(addressParts(field));
    const needed = field.requiredParts ?? [...asked];
    return addressValueSchema.check(
      z.superRefine((value, context) => {
        for (const key of Object.keys(value) as AddressPart[]) {
          if (!asked.has(key))
            context.addIssue({
              code: 'custom',
              path: [key],
              params: { code: 'unknown_address_part', part: key },
            });
        }
        if (field.required !== true) return;
        for (const key of needed) {
          if (!value[key])
            context.addIssue({
              code: 'custom',
              path: [key],
              params: { code: 'required', part: key },
            });
        }
      }),
    );
  },
  exprType: () => ({
    kind: 'object',
    fields: Object.fromEntries(ADDRESS_PARTS.map((key) => [key, { kind: 'string' } as const])),
  }),
  isEmpty: (value) =>
    value === undefined ||
    value === null ||
    (typeof value === 'object' &&
      Object.values(value as Record<string, unknown>).every((part) => !part)),
});
