/**
 * Time in the matching engine. Weekly availability is local time in Asia/Shanghai, which has
 * kept UTC+8 without daylight saving since 1991, so a fixed offset converts exactly and no
 * time-zone database is needed (the core also runs in browsers with a different zone).
 */

/** Minutes in a day and in a week. */
export const MINUTES_PER_DAY = 1440;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

const SHANGHAI_OFFSET_MINUTES = 8 * 60;
const MS_PER_MINUTE = 60_000;

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?$/i;

/** Tells whether `text` is a calendar date `YYYY-MM-DD` that exists (no 30 February). */
export function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(text);
}

/**
 * Tells whether `text` is an ISO datetime `YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]`; without an
 * offset it is read as Asia/Shanghai local time.
 */
export function isDateTime(text: string): boolean {
  const match = DATE_TIME.exec(text);
  return match !== null && isDate(match[1] as string) && !Number.isNaN(parseDateTime(text));
}

/** Tells whether `text` is a time of day `HH:MM` from 00:00 to 24:00. */
export function isTimeOfDay(text: string): boolean {
  return TIME_OF_DAY.test(text);
}

/** Minutes since midnight of a `HH:MM` time of day (`24:00` is 1440). */
export function minutesOfDay(text: string): number {
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}

/**
 * Epoch milliseconds of an ISO datetime. A datetime without an offset is local time in
 * Asia/Shanghai, never the local time of the machine that happens to run the code.
 */
export function parseDateTime(text: string): number {
  return Date.parse(HAS_OFFSET.test(text) ? text : `${text}+08:00`);
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` calendar date (the date's number, zone-free). */
export function dayNumberOfDate(text: string): number {
  const match = DATE.exec(text);
  if (!match) return Number.NaN;
  return Math.floor(
    Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000,
  );
}

/** Shanghai local minutes since 1970-01-01 00:00 local of an epoch millisecond instant. */
export function localMinutes(epochMs: number): number {
  return epochMs / MS_PER_MINUTE + SHANGHAI_OFFSET_MINUTES;
}

/** Epoch milliseconds of the end of a calendar date (24:00 local time in Shanghai). */
export function endOfDateMs(dayNumber: number): number {
  return ((dayNumber + 1) * MINUTES_PER_DAY - SHANGHAI_OFFSET_MINUTES) * MS_PER_MINUTE;
}

/** ISO day of week (1 = Monday … 7 = Sunday) of a local day number; day 0 was a Thursday. */
export function dayOfWeek(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/**
 * A request's time window cut at local midnights: one piece per local day it touches, each
 * with the day's number, its ISO day of week and the covered minutes `[from, to)` of that day.
 */
export interface DayPiece {
  readonly day: number;
  readonly dayOfWeek: number;
  readonly from: number;
  readonly to: number;
}

/** Cuts the window `[startMs, endMs)` into {@link DayPiece}s of Shanghai local days. */
export function splitByDay(startMs: number, endMs: number): DayPiece[] {
  const start = localMinutes(startMs);
  const end = localMinutes(endMs);
  const pieces: DayPiece[] = [];
  for (let day = Math.floor(start / MINUTES_PER_DAY); day * MINUTES_PER_DAY < end; day += 1) {
    const base = day * MINUTES_PER_DAY;
    const from = Math.max(start, base) - base;
    const to = Math.min(end, base + MINUTES_PER_DAY) - base;
    if (to > from) pieces.push({ day, dayOfWeek: dayOfWeek(day), from, to });
  }
  return pieces;
}

/** Length in minutes of the overlap of `[a, b)` and `[c, d)`. */
export function overlapLength(a: number, b: number, c: number, d: number): number {
  return Math.max(0, Math.min(b, d) - Math.max(a, c));
}
