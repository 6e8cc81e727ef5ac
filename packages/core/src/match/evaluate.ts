import type { MatchConfig } from './config';
import { type NeededSkill, Reach, type RequestContext } from './context';
import { exceptionMinutes } from './day-exception';
import { haversineKmTo } from './geo';
import { HOUR_WORDS } from './pool';
import type { DayPiece } from './time';

// Module-level copies of imported constants: the hot path reads them per volunteer, and a
// test runner that rewrites imports (vitest) would make each read a getter call.
const WITHIN = Reach.within;
const BEYOND = Reach.beyond;
const WORDS = HOUR_WORDS;

/** The hard filters, in the order they are applied; the first one failed is reported. */
export const FILTERS = ['skill', 'certificate', 'distance', 'availability', 'load'] as const;
/** A hard filter of the matching engine. */
export type FilterName = (typeof FILTERS)[number];

/** Why a volunteer failed a filter; 0 means every filter passed. */
export const Verdict = {
  pass: 0,
  skillMissing: 1,
  skillLevelLow: 2,
  certificateMissing: 3,
  certificateExpired: 4,
  tooFar: 5,
  distanceUnknown: 6,
  notAvailable: 7,
  loadFull: 8,
} as const;

/** Issue codes and filters of the verdicts, indexed by verdict number. */
export const VERDICT_CODES = [
  '',
  'skill_missing',
  'skill_level_low',
  'certificate_missing',
  'certificate_expired',
  'too_far',
  'distance_unknown',
  'not_available',
  'load_full',
] as const;
export const VERDICT_FILTERS: readonly (FilterName | '')[] = [
  '',
  'skill',
  'skill',
  'certificate',
  'certificate',
  'distance',
  'distance',
  'availability',
  'load',
];

/** Distance bases as numbers in the hot path: coordinates, community, street, unknown. */
export const BASES = ['coordinates', 'community', 'street', 'unknown'] as const;

export {
  type NeededSkill,
  partScratch,
  prepareRequest,
  Reach,
  type RequestContext,
} from './context';

/**
 * The best level (1–5) at which volunteer `v` meets the needed skill `s` of the request, or
 * minus the {@link Verdict} when they do not (and the level and certificate end found).
 */
export function skillLevelFor(ctx: RequestContext, v: number, s: number): number {
  const { index } = ctx;
  const need = ctx.skills[s] as NeededSkill;
  const to = index.skillStart[v + 1] as number;
  let found = false;
  let bestLevel = 0;
  let qualified = 0;
  let latestExpiry = Number.NEGATIVE_INFINITY;
  for (let i = index.skillStart[v] as number; i < to; i += 1) {
    if (index.skillId[i] !== need.id) continue;
    found = true;
    const level = index.skillLevel[i] as number;
    if (level > bestLevel) bestLevel = level;
    if (level < need.minLevel) continue;
    if (need.certificate) {
      const certEnd = index.skillCertEnd[i] as number;
      if (Number.isNaN(certEnd)) continue;
      if (certEnd > latestExpiry) latestExpiry = certEnd;
      if (certEnd < ctx.endMs) continue;
    }
    if (level > qualified) qualified = level;
  }
  if (qualified > 0) return qualified;
  ctx.failedLevel = bestLevel;
  ctx.failedExpiry = latestExpiry;
  if (!found) return -Verdict.skillMissing;
  if (bestLevel < need.minLevel) return -Verdict.skillLevelLow;
  return latestExpiry === Number.NEGATIVE_INFINITY
    ? -Verdict.certificateMissing
    : -Verdict.certificateExpired;
}

/** Checks the needed skills and certificates of volunteer `v`; sets `skillSum`. */
export function checkSkills(ctx: RequestContext, v: number): number {
  let sum = 0;
  for (let s = 0; s < ctx.skills.length; s += 1) {
    const level = skillLevelFor(ctx, v, s);
    if (level < 0) {
      ctx.failedSkill = s;
      return -level;
    }
    sum += level / 5;
  }
  ctx.skillSum = sum;
  return Verdict.pass;
}

/** Finds the distance from volunteer `v` to the request (sets `km`, `basis`) and checks it. */
export function checkDistance(ctx: RequestContext, v: number): number {
  const { index, config } = ctx;
  const lat = index.lat[v] as number;
  if (!Number.isNaN(ctx.lat) && !Number.isNaN(lat)) {
    ctx.km = haversineKmTo(ctx.lat, ctx.lng, index.lat, index.lng, v);
    ctx.basis = 0;
  } else if (ctx.community >= 0 && index.community[v] === ctx.community) {
    ctx.km = 0;
    ctx.basis = 1;
  } else if (ctx.street >= 0 && index.street[v] === ctx.street) {
    ctx.km = config.distance.sameStreetKm;
    ctx.basis = 2;
  } else {
    ctx.km = config.distance.unknownKm;
    ctx.basis = 3;
    if (config.distance.unknown === 'exclude') return Verdict.distanceUnknown;
  }
  return ctx.km > config.distance.maxKm ? Verdict.tooFar : Verdict.pass;
}

/**
 * Minutes of the window volunteer `v` is free, weekly availability and dated exceptions
 * combined; counting stops once `enough` minutes are found.
 */
export function availableMinutes(
  ctx: RequestContext,
  v: number,
  enough = Number.POSITIVE_INFINITY,
): number {
  const { index, pieceFrom, pieceTo } = ctx;
  const slotEnd = index.slotStart[v + 1] as number;
  const days = index.hasExceptions[v] === 1 ? index.exceptions.get(v) : undefined;
  let total = 0;
  for (let p = 0; p < pieceFrom.length; p += 1) {
    const from = pieceFrom[p] as number;
    const to = pieceTo[p] as number;
    const exception = days?.get((ctx.pieces[p] as DayPiece).day);
    if (exception === undefined) {
      // The ranges are sorted and disjoint: stop at the first that starts after the piece.
      for (let i = index.slotStart[v] as number; i < slotEnd; i += 1) {
        const a = index.slotFrom[i] as number;
        if (a >= to) break;
        const b = index.slotTo[i] as number;
        if (b > from) total += Math.min(b, to) - Math.max(a, from);
      }
    } else {
      total += exceptionMinutes(ctx, v, p, exception);
    }
    if (total >= enough) return total;
  }
  return total;
}

/** Checks that volunteer `v` is free long enough in the window; sets `minutes`. */
export function checkAvailability(ctx: RequestContext, v: number): number {
  ctx.minutes = availableMinutes(ctx, v, ctx.neededMinutes);
  return ctx.minutes >= ctx.neededMinutes ? Verdict.pass : Verdict.notAvailable;
}

/** Runs every hard filter on volunteer `v` in {@link FILTERS} order; 0 when all pass. */
export function checkVolunteer(ctx: RequestContext, v: number): number {
  return (
    checkSkills(ctx, v) ||
    checkDistance(ctx, v) ||
    checkAvailability(ctx, v) ||
    ((ctx.index.currentLoad[v] as number) >= (ctx.index.maxLoad[v] as number)
      ? Verdict.loadFull
      : Verdict.pass)
  );
}

/**
 * The verdict of {@link checkVolunteer} for volunteer `v` of the list being read, reached
 * with the list's distance bounds: when they settle the distance filter, `ctx.km` is left
 * NaN (to be found by {@link settleDistance} only if the volunteer is scored).
 */
export function screenVolunteer(ctx: RequestContext, v: number): number {
  const skills = checkSkills(ctx, v);
  if (skills !== Verdict.pass) return skills;
  if (ctx.reach === BEYOND) return Verdict.tooFar;
  if (ctx.reach === WITHIN) {
    ctx.km = Number.NaN;
    ctx.basis = 0;
  } else {
    const distance = checkDistance(ctx, v);
    if (distance !== Verdict.pass) return distance;
  }
  if (!mayBeFree(ctx, v)) {
    ctx.minutes = 0;
    return Verdict.notAvailable;
  }
  return (
    checkAvailability(ctx, v) ||
    ((ctx.index.currentLoad[v] as number) >= (ctx.index.maxLoad[v] as number)
      ? Verdict.loadFull
      : Verdict.pass)
  );
}

/**
 * Whether volunteer `v` may be free in the window: false when no weekly range touches an
 * hour of it and no dated exception adds time (leave only removes it), so no minute of the
 * window is free.
 */
function mayBeFree(ctx: RequestContext, v: number): boolean {
  const { index, hourMask, hourWords } = ctx;
  if (index.hasExtraTime[v] === 1) return true;
  const base = v * WORDS;
  for (let i = 0; i < hourWords.length; i += 1) {
    const word = hourWords[i] as number;
    if (((index.freeHours[base + word] as number) & (hourMask[word] as number)) !== 0) return true;
  }
  return false;
}

function lowerBound(times: Float64Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of the ascending times `times[from…to)` fall in `[low, high)`. */
export function countBetween(
  times: Float64Array,
  from: number,
  to: number,
  low: number,
  high: number,
): number {
  if (from === to) return 0;
  return lowerBound(times, from, to, high) - lowerBound(times, from, to, low);
}

/** The values (0–1) of the five score parts, before weights. */
export interface PartValues {
  skill: number;
  distance: number;
  load: number;
  recent: number;
  rating: number;
}

/** Fills `out` with the part values of a candidate that passed the filters. */
export function partValues(
  ctx: RequestContext,
  skillSum: number,
  km: number,
  load: number,
  maxLoad: number,
  recentCount: number,
  ratingAverage: number,
  ratingCount: number,
  out: PartValues,
): PartValues {
  const { config } = ctx;
  out.skill = ctx.skills.length === 0 ? 1 : skillSum / ctx.skills.length;
  out.distance = Math.max(0, 1 - km / config.distance.maxKm);
  out.load = 1 - load / maxLoad;
  out.recent = Math.min(1, recentCount / config.recent.saturation);
  const { prior, priorWeight } = config.rating;
  const weight = ratingCount + priorWeight;
  const smoothed =
    weight === 0 ? prior : (ratingAverage * ratingCount + prior * priorWeight) / weight;
  out.rating = (smoothed - 1) / 4;
  return out;
}

/**
 * The score of part values under the configured weights. The points are added in
 * {@link SCORE_PARTS} order, and explanations add the same numbers in the same order, so
 * an explanation sums to its score exactly.
 */
export function scoreOf(config: MatchConfig, values: PartValues): number {
  const w = config.weights;
  return (
    w.skill * values.skill +
    w.distance * values.distance +
    w.load * values.load +
    -(w.recent * values.recent) +
    w.rating * values.rating
  );
}

/** Part values, score and details of a volunteer that passed every filter. */
export function scoreVolunteer(ctx: RequestContext, v: number, out: PartValues): number {
  const { index } = ctx;
  const recent = countBetween(
    index.assignedAt,
    index.assignedStart[v] as number,
    index.assignedStart[v + 1] as number,
    ctx.recentFromMs,
    ctx.startMs,
  );
  partValues(
    ctx,
    ctx.skillSum,
    ctx.km,
    index.currentLoad[v] as number,
    index.maxLoad[v] as number,
    recent,
    index.ratingAverage[v] as number,
    index.ratingCount[v] as number,
    out,
  );
  return scoreOf(ctx.config, out);
}
