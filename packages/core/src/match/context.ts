import type { MatchConfig } from './config';
import type { PartValues } from './evaluate';
import { HOUR_WORDS, type Pool, type PoolIndex } from './pool';
import type { MatchRequest } from './schema';
import { type DayPiece, MINUTES_PER_DAY, parseDateTime, splitByDay } from './time';

/**
 * What a candidate list's bounding box settles about the distance filter: nothing (each
 * volunteer is checked), everyone within the limit, or everyone beyond it.
 */
export const Reach = { check: 0, within: 1, beyond: 2 } as const;

/** A skill the request needs, resolved to the pool's id. */
export interface NeededSkill {
  readonly name: string;
  /** The pool's id of the skill; -1 when no volunteer in the pool has it. */
  readonly id: number;
  readonly minLevel: number;
  readonly certificate: boolean;
}

/**
 * A request prepared against a pool and a configuration: times parsed, names resolved to
 * the pool's ids. The mutable fields after `reach` are the outputs of the last check, so
 * the hot path allocates nothing per volunteer.
 */
export interface RequestContext {
  readonly request: MatchRequest;
  readonly config: MatchConfig;
  readonly pool: Pool;
  readonly index: PoolIndex;
  readonly startMs: number;
  readonly endMs: number;
  readonly pieces: readonly DayPiece[];
  /** The pieces as minute-of-week ranges `[pieceFrom[p], pieceTo[p])`. */
  readonly pieceFrom: Int32Array;
  readonly pieceTo: Int32Array;
  /**
   * The hours of the week the window touches, as bits in the layout of the pool's
   * `freeHours` (`hourMask`), and which of its words are not zero (`hourWords`).
   */
  readonly hourMask: Int32Array;
  readonly hourWords: Int32Array;
  readonly neededMinutes: number;
  readonly skills: readonly NeededSkill[];
  readonly lat: number;
  readonly lng: number;
  readonly community: number;
  readonly street: number;
  readonly recentFromMs: number;
  /**
   * What the candidate list being read says about distance (a {@link Reach}); with
   * `reachMinKm`, a lower bound of the distance of everyone in it. Set by `forEachCandidate`.
   */
  reach: number;
  reachMinKm: number;
  km: number;
  basis: number;
  minutes: number;
  skillSum: number;
  /** Which needed skill failed (index into `skills`) and the level found, for explanations. */
  failedSkill: number;
  failedLevel: number;
  failedExpiry: number;
}

/** The fixed part of a {@link RequestContext}. */
type Prepared = Omit<
  RequestContext,
  | 'reach'
  | 'reachMinKm'
  | 'km'
  | 'basis'
  | 'minutes'
  | 'skillSum'
  | 'failedSkill'
  | 'failedLevel'
  | 'failedExpiry'
>;

const KM = 0;
const SKILL_SUM = 1;
const FAILED_EXPIRY = 2;
const REACH_MIN_KM = 3;

/**
 * The request context as an object whose fractional outputs live in a typed array: V8
 * boxes a fractional number stored in an object field (a heap allocation per store), but
 * not one stored in a `Float64Array`, and the checks store one per volunteer.
 */
class Context implements RequestContext {
  readonly request: MatchRequest;
  readonly config: MatchConfig;
  readonly pool: Pool;
  readonly index: PoolIndex;
  readonly startMs: number;
  readonly endMs: number;
  readonly pieces: readonly DayPiece[];
  readonly pieceFrom: Int32Array;
  readonly pieceTo: Int32Array;
  readonly hourMask: Int32Array;
  readonly hourWords: Int32Array;
  readonly neededMinutes: number;
  readonly skills: readonly NeededSkill[];
  readonly lat: number;
  readonly lng: number;
  readonly community: number;
  readonly street: number;
  readonly recentFromMs: number;
  reach: number = Reach.check;
  basis = 0;
  minutes = 0;
  failedSkill = -1;
  failedLevel = 0;
  private readonly numbers = new Float64Array(4);

  constructor(fixed: Prepared) {
    this.request = fixed.request;
    this.config = fixed.config;
    this.pool = fixed.pool;
    this.index = fixed.index;
    this.startMs = fixed.startMs;
    this.endMs = fixed.endMs;
    this.pieces = fixed.pieces;
    this.pieceFrom = fixed.pieceFrom;
    this.pieceTo = fixed.pieceTo;
    this.hourMask = fixed.hourMask;
    this.hourWords = fixed.hourWords;
    this.neededMinutes = fixed.neededMinutes;
    this.skills = fixed.skills;
    this.lat = fixed.lat;
    this.lng = fixed.lng;
    this.community = fixed.community;
    this.street = fixed.street;
    this.recentFromMs = fixed.recentFromMs;
  }

  get km(): number {
    return this.numbers[KM] as number;
  }
  set km(value: number) {
    this.numbers[KM] = value;
  }
  get skillSum(): number {
    return this.numbers[SKILL_SUM] as number;
  }
  set skillSum(value: number) {
    this.numbers[SKILL_SUM] = value;
  }
  get failedExpiry(): number {
    return this.numbers[FAILED_EXPIRY] as number;
  }
  set failedExpiry(value: number) {
    this.numbers[FAILED_EXPIRY] = value;
  }
  get reachMinKm(): number {
    return this.numbers[REACH_MIN_KM] as number;
  }
  set reachMinKm(value: number) {
    this.numbers[REACH_MIN_KM] = value;
  }
}

/** Prepares `request` for checks against `pool` under `config`. */
export function prepareRequest(
  request: MatchRequest,
  pool: Pool,
  config: MatchConfig,
): RequestContext {
  const { index } = pool;
  const startMs = parseDateTime(request.window.start);
  const endMs = parseDateTime(request.window.end);
  const windowMinutes = (endMs - startMs) / 60_000;
  const pieces = splitByDay(startMs, endMs);
  const community = index.communityIds.get(request.place.community) ?? -1;
  const ownStreet =
    request.place.street === undefined ? -1 : (index.streetIds.get(request.place.street) ?? -2);
  // Plain loops: `Int32Array.from` over an array goes through an iterator (garbage per element).
  const pieceFrom = new Int32Array(pieces.length);
  const pieceTo = new Int32Array(pieces.length);
  const hourMask = new Int32Array(HOUR_WORDS);
  for (let p = 0; p < pieces.length; p += 1) {
    const piece = pieces[p] as DayPiece;
    const base = (piece.dayOfWeek - 1) * MINUTES_PER_DAY;
    pieceFrom[p] = base + piece.from;
    pieceTo[p] = base + piece.to;
    for (let hour = Math.floor((base + piece.from) / 60); hour * 60 < base + piece.to; hour += 1)
      hourMask[hour >> 5] = (hourMask[hour >> 5] as number) | (1 << (hour & 31));
  }
  let words = 0;
  for (let word = 0; word < HOUR_WORDS; word += 1) if (hourMask[word] !== 0) words += 1;
  const hourWords = new Int32Array(words);
  for (let word = 0, at = 0; word < HOUR_WORDS; word += 1)
    if (hourMask[word] !== 0) hourWords[at++] = word;
  return new Context({
    request,
    config,
    pool,
    index,
    startMs,
    endMs,
    pieces,
    pieceFrom,
    pieceTo,
    hourMask,
    hourWords,
    neededMinutes: Math.min(windowMinutes, config.availability.minOverlapMinutes),
    skills: request.skills.map((skill) => ({
      name: skill.name,
      id: index.skillIds.get(skill.name) ?? -1,
      minLevel: skill.minLevel,
      certificate: skill.certificate,
    })),
    lat: request.place.location?.lat ?? Number.NaN,
    lng: request.place.location?.lng ?? Number.NaN,
    community,
    // A street the pool never saw matches nobody; a missing one is inferred from the community.
    street:
      ownStreet === -1 && community >= 0 ? (index.communityStreet[community] as number) : ownStreet,
    recentFromMs: startMs - config.recent.days * 86_400_000,
  });
}

/**
 * Part values whose numbers live in a typed array: the ranking refills one per volunteer,
 * and a fractional number stored in an object field would be a heap allocation each time.
 */
class PartScratch implements PartValues {
  private readonly numbers = new Float64Array(5);
  get skill(): number {
    return this.numbers[0] as number;
  }
  set skill(value: number) {
    this.numbers[0] = value;
  }
  get distance(): number {
    return this.numbers[1] as number;
  }
  set distance(value: number) {
    this.numbers[1] = value;
  }
  get load(): number {
    return this.numbers[2] as number;
  }
  set load(value: number) {
    this.numbers[2] = value;
  }
  get recent(): number {
    return this.numbers[3] as number;
  }
  set recent(value: number) {
    this.numbers[3] = value;
  }
  get rating(): number {
    return this.numbers[4] as number;
  }
  set rating(value: number) {
    this.numbers[4] = value;
  }
}

/** Reusable part values for filling again and again (all zero at first). */
export const partScratch = (): PartValues => new PartScratch();
