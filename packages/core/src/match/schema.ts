import * as z from 'zod';
import { isDate, isDateTime, isTimeOfDay, minutesOfDay, parseDateTime } from './time';

/*
 * The data the matching engine reads, as zod schemas. Records come from a store or a form
 * submission and may carry more fields (phone, ID number…): unknown keys are dropped, not
 * refused, so the engine never holds personal data it does not use.
 */

const code = (name: string) => ({ params: { code: name } });

const id = z.string().min(1).max(128);
const text = z.string().min(1).max(200);

/** A time of day `HH:MM` in Asia/Shanghai local time; `24:00` ends a day. */
export const timeOfDaySchema = z.string().refine(isTimeOfDay, code('invalid_time_of_day'));

/** A calendar date `YYYY-MM-DD`. */
export const dateSchema = z.string().refine(isDate, code('invalid_date'));

/** An ISO datetime; without an offset it is local time in Asia/Shanghai. */
export const dateTimeSchema = z.string().refine(isDateTime, code('invalid_datetime'));

/** A point on the map (WGS-84 degrees). */
export const coordinatesSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

/** A skill a volunteer has, with a level from 1 (beginner) to 5 (expert) and its certificate. */
export const volunteerSkillSchema = z.object({
  name: text,
  level: z.int().min(1).max(5),
  /** The last day the certificate for this skill is valid, if the volunteer holds one. */
  certificateExpires: dateSchema.optional(),
});

const timeRange = {
  from: timeOfDaySchema,
  to: timeOfDaySchema,
};
// A bad time is reported by itself, not again as a reversed range.
const ordered = (range: { from: string; to: string }) =>
  !isTimeOfDay(range.from) ||
  !isTimeOfDay(range.to) ||
  minutesOfDay(range.from) < minutesOfDay(range.to);

/** A weekly time a volunteer is free: ISO day of week (1 = Monday … 7 = Sunday) and hours. */
export const weeklySlotSchema = z
  .object({ day: z.int().min(1).max(7), ...timeRange })
  .refine(ordered, { ...code('time_range_reversed'), path: ['to'] });

/**
 * A dated change to the weekly availability: leave (`available: false`) or an extra time
 * (`available: true`), for the whole day when `from`/`to` are left out.
 */
export const availabilityExceptionSchema = z
  .object({
    date: dateSchema,
    available: z.boolean(),
    from: timeOfDaySchema.optional(),
    to: timeOfDaySchema.optional(),
  })
  .refine((range) => (range.from === undefined) === (range.to === undefined), {
    ...code('time_range_incomplete'),
    path: ['to'],
  })
  .refine(
    (range) => range.from === undefined || range.to === undefined || ordered(range as never),
    {
      ...code('time_range_reversed'),
      path: ['to'],
    },
  );

/** Quality ratings residents gave after past services: their average (1–5 stars) and count. */
export const ratingSummarySchema = z.object({
  average: z.number().min(1).max(5),
  count: z.int().min(0),
});

/** Where a volunteer lives or a service takes place: community, optional street and point. */
export const placeSchema = z.object({
  community: text,
  street: text.optional(),
  location: coordinatesSchema.optional(),
});

/** A registered volunteer (志愿者) as the matching engine sees them. */
export const volunteerSchema = z.object({
  id,
  name: text,
  skills: z.array(volunteerSkillSchema).max(50),
  home: placeSchema,
  availability: z.array(weeklySlotSchema).max(100),
  exceptions: z.array(availabilityExceptionSchema).max(400).default([]),
  /** How many open assignments the volunteer accepts at once. */
  maxLoad: z.int().min(0).max(1000),
  /** How many open assignments the volunteer has now. */
  currentLoad: z.int().min(0).default(0),
  /** When past assignments were made; recent ones lower the score (load balance). */
  assignedAt: z.array(dateTimeSchema).max(1000).default([]),
  ratings: ratingSummarySchema.optional(),
  /** The id of the volunteer's service team (志愿服务队), if any. */
  team: id.optional(),
});

/** A service team (志愿服务队) that can take a request as one unit. */
export const teamSchema = z.object({
  id,
  name: text,
  maxLoad: z.int().min(0).max(1000),
  currentLoad: z.int().min(0).default(0),
  assignedAt: z.array(dateTimeSchema).max(1000).default([]),
  ratings: ratingSummarySchema.optional(),
});

/** A skill a request needs: its name, the lowest acceptable level, and whether a valid certificate is required. */
export const requiredSkillSchema = z.object({
  name: text,
  minLevel: z.int().min(1).max(5).default(1),
  certificate: z.boolean().default(false),
});

/** A request to match: a micro-wish (微心愿) or any service need, with place and time window. */
export const matchRequestSchema = z
  .object({
    id,
    title: text.optional(),
    skills: z.array(requiredSkillSchema).max(20).default([]),
    place: placeSchema,
    window: z.object({ start: dateTimeSchema, end: dateTimeSchema }),
    /** How many volunteers (or team units) the request needs. */
    volunteersNeeded: z.int().min(1).max(1000).default(1),
    /** Whether a service team may take the request as a unit (it fills one place). */
    teamAllowed: z.boolean().default(false),
  })
  // A window whose ends do not parse is reported once, at the bad end.
  .refine(
    ({ window }) =>
      !isDateTime(window.start) ||
      !isDateTime(window.end) ||
      parseDateTime(window.end) > parseDateTime(window.start),
    {
      ...code('window_reversed'),
      path: ['window', 'end'],
    },
  );

/** A volunteer record accepted by {@link volunteerSchema}. */
export type Volunteer = z.infer<typeof volunteerSchema>;
/** Input accepted by {@link volunteerSchema} (defaults not yet applied). */
export type VolunteerInput = z.input<typeof volunteerSchema>;
/** A team record accepted by {@link teamSchema}. */
export type Team = z.infer<typeof teamSchema>;
/** A request accepted by {@link matchRequestSchema}. */
export type MatchRequest = z.infer<typeof matchRequestSchema>;
/** Input accepted by {@link matchRequestSchema} (defaults not yet applied). */
export type MatchRequestInput = z.input<typeof matchRequestSchema>;
/** A place: community, optional street, optional coordinates. */
export type Place = z.infer<typeof placeSchema>;
/** Latitude and longitude in degrees. */
export type Coordinates = z.infer<typeof coordinatesSchema>;
