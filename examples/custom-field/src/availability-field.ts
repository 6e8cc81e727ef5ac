import { defineFieldType, fieldObjectSchema } from '@yizhan/core/form';
import * as z from 'zod';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** One weekly slot a volunteer can serve in, e.g. Saturday 09:00–11:30. */
export const slotSchema = z.strictObject({ day: z.enum(DAYS), from: time, to: time });
/** A weekly slot. */
export type Slot = z.infer<typeof slotSchema>;

const config = {
  /** At most this many slots (default 14). */
  maxSlots: z.int().min(1).max(50).optional(),
  /** The earliest hour a slot may start, e.g. "07:00" for a station that opens at seven. */
  opensAt: time.optional(),
};

/** The definition schema of the field, for typing forms that use it. */
export const availabilityFieldSchema = fieldObjectSchema('example:availability', config);
/** A weekly-availability field as a definition writes it. */
export type AvailabilityField = z.infer<typeof availabilityFieldSchema>;

/**
 * A volunteer's weekly availability (每周可服务时段): a list of day + time-range slots that
 * the matching engine can read. Registered like any built-in type:
 *
 * @example
 * const fieldTypes = createFieldTypeRegistry([availabilityField]);
 * parseForm(definition, { fieldTypes });
 * compileForm(parsed.value, { fieldTypes });
 */
export const availabilityField = defineFieldType<AvailabilityField>({
  type: 'example:availability',
  config,
  hasValue: true,
  value: (field) =>
    z.array(slotSchema).superRefine((slots, context) => {
      const maximum = field.maxSlots ?? 14;
      if (slots.length > maximum)
        context.addIssue({ code: 'custom', params: { code: 'too_many_items', maximum } });
      slots.forEach((slot, index) => {
        if (slot.from >= slot.to) {
          context.addIssue({
            code: 'custom',
            path: [index, 'to'],
            params: { code: 'below_minimum', minimum: slot.from },
          });
        }
        if (field.opensAt !== undefined && slot.from < field.opensAt) {
          context.addIssue({
            code: 'custom',
            path: [index, 'from'],
            params: { code: 'below_minimum', minimum: field.opensAt },
          });
        }
      });
    }),
  exprType: () => ({
    kind: 'list',
    item: {
      kind: 'object',
      fields: { day: { kind: 'string' }, from: { kind: 'time' }, to: { kind: 'time' } },
    },
  }),
});
