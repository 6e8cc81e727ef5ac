/**
 * Dates, times and date-times as the expression language sees them: ISO text, read in the
 * evaluation context's time zone through `Intl.DateTimeFormat`, so Node and browsers agree.
 */

/** The time zone `today()` and `age()` use when the context names none. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const MS_PER_DAY = 86_400_000;

/** Thrown when an evaluation context names a time zone the JavaScript engine does not know. */
export class InvalidTimeZoneError extends Error {
  override readonly name = 'InvalidTimeZoneError';
  constructor(readonly timeZone: string) {
    super(
      `Unknown time zone "${timeZone}" in the evaluation context. Use an IANA name such as "Asia/Shanghai".`,
    );
  }
}

/** A calendar date. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.(\d{1,9}))?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;
const LOOSE_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

// Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not.
function utcMillis(year: number, month: number, day: number, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() + ms;
}

function validDate(year: number, month: number, day: number): CivilDate | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(utcMillis(year, month + 1, 0)).getUTCDate();
  return day <= daysInMonth ? { year, month, day } : undefined;
}

/** Reads `YYYY-MM-DD`; undefined for anything else or an impossible date. */
export function parseDate(text: string): CivilDate | undefined {
  const m = DATE.exec(text);
  return m ? validDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** Tells whether text is `HH:MM` or `HH:MM:SS`. */
export const isTimeText = (text: string): boolean => TIME.test(text);

/** Tells whether text is an ISO date-time, with or without a zone offset. */
export const isDateTimeText = (text: string): boolean => parseDateTime(text) !== undefined;

interface DateTimeParts extends CivilDate {
  readonly millisOfDay: number;
  readonly offsetMinutes: number | undefined;
}

function parseDateTime(text: string): DateTimeParts | undefined {
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const date = validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!date) return undefined;
  const fraction = Number(`0.${m[7] ?? '0'}`);
  const millisOfDay =
    ((Number(m[4]) * 60 + Number(m[5])) * 60 + Number(m[6] ?? 0)) * 1000 +
    Math.round(fraction * 1000);
  const zone = m[8];
  let offsetMinutes: number | undefined;
  if (zone === 'Z') offsetMinutes = 0;
  else if (zone !== undefined) {
    const digits = zone.replace(':', '');
    const sign = digits.startsWith('-') ? -1 : 1;
    offsetMinutes = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  return { ...date, millisOfDay, offsetMinutes };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new InvalidTimeZoneError(timeZone);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading in `timeZone` at an instant, as milliseconds on a UTC calendar. */
function wallMillis(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const seconds = ((parts.hour ?? 0) * 60 + (parts.minute ?? 0)) * 60 + (parts.second ?? 0);
  const ms = ((instant % 1000) + 1000) % 1000;
  return utcMillis(parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1, seconds * 1000 + ms);
}

// The last date looked up per time zone, by minute: zone offsets are whole minutes, so one
// minute never spans two dates, and formatToParts (microseconds) runs once per minute.
const lastDate = new Map<string, { minute: number; date: CivilDate }>();

/** The calendar date in `timeZone` at an instant. */
export function dateAt(instant: number, timeZone: string): CivilDate {
  const minute = Math.floor(instant / 60_000);
  const cached = lastDate.get(timeZone);
  if (cached?.minute === minute) return cached.date;
  const wall = new Date(wallMillis(instant, timeZone));
  const date = {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
  };
  lastDate.set(timeZone, { minute, date });
  return date;
}

/** The instant when the wall clock in `timeZone` shows `wall` (a UTC-calendar reading). */
function instantOfWall(wall: number, timeZone: string): number {
  // Two rounds settle the offset, also next to a daylight-saving change.
  const first = wall - (wallMillis(wall, timeZone) - wall);
  return wall - (wallMillis(first, timeZone) - first);
}

/** Writes a calendar date as `YYYY-MM-DD`. */
export function formatDate({ year, month, day }: CivilDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 of a calendar date. */
export const epochDay = ({ year, month, day }: CivilDate): number =>
  Math.round(utcMillis(year, month, day) / MS_PER_DAY);

/**
 * The calendar date that a date or date-time text stands for in `timeZone` (a date-time
 * with an offset may fall on another day there); undefined for other text.
 */
export function toCivilDate(text: string, timeZone: string): CivilDate | undefined {
  const date = parseDate(text);
  if (date) return date;
  const dateTime = parseDateTime(text);
  if (!dateTime) return undefined;
  if (dateTime.offsetMinutes === undefined) return dateTime;
  const instant = utcMillis(dateTime.year, dateTime.month, dateTime.day, dateTime.millisOfDay);
  return dateAt(instant - dateTime.offsetMinutes * 60_000, timeZone);
}

/**
 * The instant a date or date-time text stands for: a date is its midnight in `timeZone`,
 * and a date-time without an offset is wall-clock time there. Undefined for other text.
 */
export function toInstant(text: string, timeZone: string): number | undefined {
  const date = parseDate(text);
  if (date) return instantOfWall(utcMillis(date.year, date.month, date.day), timeZone);
  const dt = parseDateTime(text);
  if (!dt) return undefined;
  const wall = utcMillis(dt.year, dt.month, dt.day, dt.millisOfDay);
  return dt.offsetMinutes === undefined
    ? instantOfWall(wall, timeZone)
    : wall - dt.offsetMinutes * 60_000;
}

/**
 * Reads a date the way people write one: `2026-11-28`, `2026-1-5`, `2026/11/28`,
 * `2026.11.28`, `2026年11月28日`, or a date-time (its date in `timeZone`).
 */
export function readDate(text: string, timeZone: string): CivilDate | undefined {
  const trimmed = text.trim();
  const m = LOOSE_DATE.exec(trimmed);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return toCivilDate(trimmed, timeZone);
}

/** Full years from `birth` to `today`: a birthday counts from its day on. */
export function fullYears(birth: CivilDate, today: CivilDate): number {
  const beforeBirthday =
    today.month < birth.month || (today.month === birth.month && today.day < birth.day);
  return today.year - birth.year - (beforeBirthday ? 1 : 0);
}
