import * as z from 'zod/mini';
import { fieldObjectSchema } from '../field-base';
import { defineFieldType } from '../field-type';

/** `YYYY-MM-DD`, a real calendar day. */
export const isoDate = z.string().check(
  z.refine(
    (value) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
      const parsed = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
    },
    { params: { code: 'invalid_date' } },
  ),
);
/** `HH:MM`, 00:00 to 23:59. */
export const isoTime = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalid_time' }));
/** `YYYY-MM-DDTHH:MM` in local time (the form's time zone), as `<input type="datetime-local">` gives it. */
export const isoLocalDateTime = z.string().check(
  z.refine(
    (value) => {
      const [date, time] = value.split('T');
      return isoDate.safeParse(date).success && isoTime.safeParse(time).success;
    },
    { params: { code: 'invalid_datetime' } },
  ),
);

const dateConfig = { default: z.optional(isoDate) };
const timeConfig = { default: z.optional(isoTime) };
const datetimeConfig = { default: z.optional(isoLocalDateTime) };

/** A calendar date. Bounds go in a `range` rule: `{ "type": "range", "min": "2026-01-01" }`. */
export const dateFieldSchema = fieldObjectSchema('date', dateConfig);
/** A time of day. */
export const timeFieldSchema = fieldObjectSchema('time', timeConfig);
/** A date with a time of day. */
export const datetimeFieldSchema = fieldObjectSchema('datetime', datetimeConfig);

/** A date field. */
export type DateField = z.infer<typeof dateFieldSchema>;
/** A time field. */
export type TimeField = z.infer<typeof timeFieldSchema>;
/** A date-and-time field. */
export type DatetimeField = z.infer<typeof datetimeFieldSchema>;

/** Date, time and datetime field types. Values are ISO strings, so they compare as text. */
export const temporalFieldTypes = [
  defineFieldType<DateField>({
    type: 'date',
    config: dateConfig,
    hasValue: true,
    value: () => isoDate,
    exprType: () => ({ kind: 'date' }),
  }),
  defineFieldType<TimeField>({
    type: 'time',
    config: timeConfig,
    hasValue: true,
    value: () => isoTime,
    exprType: () => ({ kind: 'time' }),
  }),
  defineFieldType<DatetimeField>({
    type: 'datetime',
    config: datetimeConfig,
    hasValue: true,
    value: () => isoLocalDateTime,
    exprType: () => ({ kind: 'datetime' }),
  }),
];
