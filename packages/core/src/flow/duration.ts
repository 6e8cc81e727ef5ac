import { isoTime } from './iso-time';

/**
 * ISO 8601 durations ("P3D", "PT2H30M", "P1W") as definitions write deadlines, and
 * adding one to an absolute time. Years and months are calendar units in UTC; the
 * others are fixed lengths.
 */
const DURATION =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** A parsed ISO 8601 duration. */
export interface Duration {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

/** Parses an ISO 8601 duration, or returns undefined when `text` is not one (or is just "P"/"PT"). */
export function parseDuration(text: string): Duration | undefined {
  const match = DURATION.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return undefined;
  const [, y, mo, w, d, h, mi, s] = match.map((part) => (part === undefined ? 0 : Number(part)));
  return {
    years: y ?? 0,
    months: mo ?? 0,
    weeks: w ?? 0,
    days: d ?? 0,
    hours: h ?? 0,
    minutes: mi ?? 0,
    seconds: s ?? 0,
  };
}

/** Tells whether `text` is an ISO 8601 duration this build reads. */
export function isDuration(text: string): boolean {
  return parseDuration(text) !== undefined;
}

// Deadlines add the same few durations of the definitions again and again: parse each once.
const parsedDurations = new Map<string, Duration>();
const PARSED_LIMIT = 256;

function cachedDuration(text: string): Duration | undefined {
  const cached = parsedDurations.get(text);
  if (cached !== undefined) return cached;
  const parsed = parseDuration(text);
  if (parsed === undefined) return undefined;
  if (parsedDurations.size >= PARSED_LIMIT) parsedDurations.clear();
  parsedDurations.set(text, parsed);
  return parsed;
}

/**
 * Adds an ISO 8601 duration to an ISO 8601 time and returns the result as an ISO string
 * in UTC.
 *
 * @example
 * addDuration('2026-12-01T08:00:00.000Z', 'P1DT2H'); // '2026-12-02T10:00:00.000Z'
 */
export function addDuration(at: string, duration: string): string {
  const parsed = cachedDuration(duration);
  if (parsed === undefined) throw new RangeError(`"${duration}" is not an ISO 8601 duration.`);
  let time = Date.parse(at);
  if (parsed.years || parsed.months) {
    const date = new Date(time);
    date.setUTCMonth(date.getUTCMonth() + parsed.years * 12 + parsed.months);
    time = date.getTime();
  }
  const ms =
    ((((parsed.weeks * 7 + parsed.days) * 24 + parsed.hours) * 60 + parsed.minutes) * 60 +
      parsed.seconds) *
    1000;
  return isoTime(time + ms);
}
