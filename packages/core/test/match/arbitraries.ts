// fast-check arbitraries for small matching worlds, and a reference implementation of the
// filters and the score written plainly (minute by minute, no indexes) to check against.
import fc from 'fast-check';
import {
  DEFAULT_MATCH_CONFIG,
  haversineKm,
  type MatchConfig,
  type MatchRequest,
  matchRequestSchema,
  type Volunteer,
  volunteerSchema,
} from '../../src/match';

const SKILL_NAMES = ['理发', '家电维修', '心理咨询'];
/** Community → street: the reference assumes every record names its street. */
const PLACES = [
  ['崇文社区', '文山街道'],
  ['尚德社区', '文山街道'],
  ['湖滨社区', '白塘街道'],
] as const;
const BASE = Date.parse('2026-12-07T00:00:00+08:00'); // a Monday
const two = (n: number) => String(n).padStart(2, '0');
const hhmm = (minutes: number) => `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
const dateOf = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

const place = fc.record({
  at: fc.constantFrom(...PLACES),
  location: fc.option(
    fc.record({
      lat: fc.double({ min: 27.05, max: 27.15, noNaN: true }),
      lng: fc.double({ min: 114.9, max: 115.0, noNaN: true }),
    }),
    { nil: undefined },
  ),
});

const range = fc
  .tuple(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 1, max: 24 }))
  .map(([start, length]) => ({
    from: hhmm(start * 15),
    to: hhmm(Math.min(96, start + length) * 15),
  }));

/** A volunteer of a small world; `id` is filled in by {@link world}. */
const volunteer = fc
  .record({
    skills: fc.uniqueArray(
      fc.record({
        name: fc.constantFrom(...SKILL_NAMES),
        level: fc.integer({ min: 1, max: 5 }),
        certificateExpires: fc.option(
          fc.integer({ min: -3, max: 10 }).map((days) => dateOf(BASE + days * 86_400_000)),
          { nil: undefined },
        ),
      }),
      { selector: (skill) => skill.name, maxLength: 3 },
    ),
    home: place,
    availability: fc.array(fc.tuple(fc.integer({ min: 1, max: 7 }), range), { maxLength: 4 }),
    exceptions: fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 8 }),
        available: fc.boolean(),
        range: fc.option(range, { nil: undefined }),
      }),
      { maxLength: 2 },
    ),
    maxLoad: fc.integer({ min: 1, max: 3 }),
    currentLoad: fc.integer({ min: 0, max: 3 }),
    recent: fc.array(fc.integer({ min: 1, max: 240 }), { maxLength: 4 }),
    ratings: fc.option(
      fc.record({
        average: fc.double({ min: 1, max: 5, noNaN: true }),
        count: fc.integer({ min: 0, max: 30 }),
      }),
      { nil: undefined },
    ),
  })
  .map(
    (v) =>
      (id: string): Volunteer =>
        volunteerSchema.parse({
          id,
          name: `志愿者${id}`,
          skills: v.skills.map((s) => ({
            name: s.name,
            level: s.level,
            ...(s.certificateExpires ? { certificateExpires: s.certificateExpires } : {}),
          })),
          home: {
            community: v.home.at[0],
            street: v.home.at[1],
            ...(v.home.location ? { location: v.home.location } : {}),
          },
          availability: v.availability.map(([day, r]) => ({ day, ...r })),
          exceptions: v.exceptions.map((e) => ({
            date: dateOf(BASE + e.day * 86_400_000),
            available: e.available,
            ...(e.range ?? {}),
          })),
          maxLoad: v.maxLoad,
          currentLoad: Math.min(v.currentLoad, v.maxLoad),
          assignedAt: v.recent.map((hours) =>
            new Date(BASE + 2 * 86_400_000 - hours * 3_600_000).toISOString(),
          ),
          ...(v.ratings ? { ratings: v.ratings } : {}),
        }),
  );

/** A request of a small world; windows of 15 minutes to 5 hours, some across midnight. */
export const requestArbitrary = (id: string) =>
  fc
    .record({
      skills: fc.uniqueArray(
        fc.record({
          name: fc.constantFrom(...SKILL_NAMES),
          minLevel: fc.integer({ min: 1, max: 4 }),
          certificate: fc.boolean(),
        }),
        { selector: (skill) => skill.name, maxLength: 2 },
      ),
      place,
      start: fc.integer({ min: 0, max: 7 * 96 }),
      length: fc.integer({ min: 1, max: 20 }),
      volunteersNeeded: fc.integer({ min: 1, max: 2 }),
    })
    .map(
      (r): MatchRequest =>
        matchRequestSchema.parse({
          id,
          skills: r.skills,
          place: {
            community: r.place.at[0],
            street: r.place.at[1],
            ...(r.place.location ? { location: r.place.location } : {}),
          },
          window: {
            start: new Date(BASE + r.start * 15 * 60_000).toISOString(),
            end: new Date(BASE + (r.start + r.length) * 15 * 60_000).toISOString(),
          },
          volunteersNeeded: r.volunteersNeeded,
        }),
    );

/** Configurations around the defaults: the limits move, so every filter gets exercised. */
export const configArbitrary: fc.Arbitrary<MatchConfig> = fc
  .record({
    maxKm: fc.double({ min: 0.5, max: 12, noNaN: true }),
    unknown: fc.constantFrom('allow' as const, 'exclude' as const),
    minOverlapMinutes: fc.integer({ min: 15, max: 180 }),
    load: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map((c) => ({
    ...DEFAULT_MATCH_CONFIG,
    weights: { ...DEFAULT_MATCH_CONFIG.weights, load: c.load },
    distance: { ...DEFAULT_MATCH_CONFIG.distance, maxKm: c.maxKm, unknown: c.unknown },
    availability: { minOverlapMinutes: c.minOverlapMinutes },
  }));

/** Small pools of volunteers with ids v0, v1, … */
export const volunteersArbitrary = (maxLength: number) =>
  fc
    .array(volunteer, { minLength: 1, maxLength })
    .map((makers) => makers.map((make, i) => make(`v${i}`)));

const local = (ms: number) => new Date(ms + 8 * 3_600_000);
const minutesOf = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));

/** Whether the volunteer is free in the minute starting at `ms`, checked the plain way. */
function freeAt(v: Volunteer, ms: number): boolean {
  const at = local(ms);
  const day = at.getUTCDay() === 0 ? 7 : at.getUTCDay();
  const minute = at.getUTCHours() * 60 + at.getUTCMinutes();
  const date = at.toISOString().slice(0, 10);
  const inRange = (r: { from?: string; to?: string }) =>
    r.from === undefined ||
    r.to === undefined ||
    (minutesOf(r.from) <= minute && minute < minutesOf(r.to));
  const todays = v.exceptions.filter((e) => e.date === date);
  if (todays.some((e) => !e.available && inRange(e))) return false;
  return (
    v.availability.some((s) => s.day === day && inRange(s)) ||
    todays.some((e) => e.available && inRange(e))
  );
}

/** What the reference finds for a volunteer: the filter that fails first, or the score. */
export type Reference =
  | { readonly eligible: false; readonly filter: string }
  | { readonly eligible: true; readonly score: number; readonly km: number };

/** The filters and the score of the matching engine, written out plainly. */
export function reference(request: MatchRequest, v: Volunteer, config: MatchConfig): Reference {
  const start = Date.parse(request.window.start);
  const end = Date.parse(request.window.end);
  let skillSum = 0;
  for (const need of request.skills) {
    const own = v.skills.filter((s) => s.name === need.name);
    if (own.length === 0 || own.every((s) => s.level < need.minLevel))
      return { eligible: false, filter: 'skill' };
    const valid = own.filter(
      (s) =>
        s.level >= need.minLevel &&
        (!need.certificate ||
          (s.certificateExpires !== undefined &&
            Date.parse(`${s.certificateExpires}T24:00:00+08:00`) >= end)),
    );
    if (valid.length === 0) return { eligible: false, filter: 'certificate' };
    skillSum += Math.max(...valid.map((s) => s.level)) / 5;
  }
  const a = request.place;
  const b = v.home;
  let km: number;
  if (a.location && b.location)
    km = haversineKm(a.location.lat, a.location.lng, b.location.lat, b.location.lng);
  else if (a.community === b.community) km = 0;
  else if (a.street === b.street) km = config.distance.sameStreetKm;
  else if (config.distance.unknown === 'exclude') return { eligible: false, filter: 'distance' };
  else km = config.distance.unknownKm;
  if (km > config.distance.maxKm) return { eligible: false, filter: 'distance' };
  let free = 0;
  for (let ms = start; ms < end; ms += 60_000) if (freeAt(v, ms)) free += 1;
  if (free < Math.min((end - start) / 60_000, config.availability.minOverlapMinutes)) {
    return { eligible: false, filter: 'availability' };
  }
  if (v.currentLoad >= v.maxLoad) return { eligible: false, filter: 'load' };
  const w = config.weights;
  const recent = v.assignedAt.filter((t) => {
    const ms = Date.parse(t);
    return ms >= start - config.recent.days * 86_400_000 && ms < start;
  }).length;
  const count = v.ratings?.count ?? 0;
  const smoothed =
    ((v.ratings?.average ?? 0) * count + config.rating.prior * config.rating.priorWeight) /
    (count + config.rating.priorWeight);
  const score =
    w.skill * (request.skills.length === 0 ? 1 : skillSum / request.skills.length) +
    w.distance * Math.max(0, 1 - km / config.distance.maxKm) +
    w.load * (1 - v.currentLoad / v.maxLoad) -
    w.recent * Math.min(1, recent / config.recent.saturation) +
    w.rating * ((smoothed - 1) / 4);
  return { eligible: true, score, km };
}
