import {
  availableMinutes,
  checkAvailability,
  checkDistance,
  countBetween,
  type PartValues,
  partValues,
  type RequestContext,
  scoreOf,
  skillLevelFor,
  Verdict,
} from './evaluate';
import { type Box, kmToBox } from './geo';

/** The outcome of checking a team as one unit against a request. */
export interface TeamCheck {
  /** 0 when the team passes; otherwise a {@link Verdict} number. */
  readonly verdict: number;
  /** Members free in the window and within the distance limit (pool indexes). */
  readonly free: readonly number[];
  /** Sum over needed skills of the best free member's level / 5. */
  readonly skillSum: number;
  /** Distance of the nearest free member and how it was found. */
  readonly km: number;
  readonly basis: number;
  /** Most minutes of the window any free member can give. */
  readonly minutes: number;
}

/** Slack (km) between the team's distance bound and the limit, far above rounding. */
const BOUND_SLACK_KM = 1e-6;
/** Beyond this limit (km) the team's bounding box is not used (rounding near the antipode). */
const MAX_BOUNDED_KM = 5000;

/**
 * What {@link examineTeam} finds besides the verdict, reused from check to check. The
 * fractional numbers live in a typed array, where storing them allocates nothing.
 */
export class TeamFindings {
  free = 0;
  basis = 3;
  minutes = 0;
  private readonly numbers = new Float64Array(2);
  get skillSum(): number {
    return this.numbers[0] as number;
  }
  set skillSum(value: number) {
    this.numbers[0] = value;
  }
  get km(): number {
    return this.numbers[1] as number;
  }
  set km(value: number) {
    this.numbers[1] = value;
  }
}

/**
 * Whether every member of team `t` with coordinates is farther than the limit, from the
 * bounding box of their coordinates: then each fails the distance filter without a haversine.
 */
function placedBeyondReach(ctx: RequestContext, t: number): boolean {
  const { index } = ctx;
  const { maxKm } = ctx.config.distance;
  if (Number.isNaN(ctx.lat) || maxKm > MAX_BOUNDED_KM) return false;
  if (index.teamFirstPlaced[t] === (index.teamMembers[t] as Int32Array).length) return true;
  return kmToBox(ctx.lat, ctx.lng, index.teamBox[t] as Box, false) > maxKm + BOUND_SLACK_KM;
}

/** Adds free member `v` (who just passed the distance and time filters) to `out`. */
function addFree(ctx: RequestContext, v: number, out: TeamFindings, explain: boolean): void {
  ctx.index.teamFree[out.free] = v;
  out.free += 1;
  if (ctx.km < out.km) {
    out.km = ctx.km;
    out.basis = ctx.basis;
  }
  if (explain) out.minutes = Math.max(out.minutes, availableMinutes(ctx, v));
}

/**
 * Checks the distance and time of every member of team `t`, collecting the free ones.
 * Returns the failure a team without free members reports: "not available" when a member
 * within reach was busy, else the first member's failure; 0 when no member failed.
 */
function collectFree(ctx: RequestContext, t: number, out: TeamFindings, explain: boolean): number {
  const members = ctx.index.teamMembers[t] as Int32Array;
  let firstFailure = 0;
  for (let i = 0; i < members.length; i += 1) {
    const v = members[i] as number;
    const verdict = checkDistance(ctx, v) || checkAvailability(ctx, v);
    if (verdict === Verdict.pass) addFree(ctx, v, out, explain);
    else if (firstFailure === 0 || verdict === Verdict.notAvailable) firstFailure = verdict;
  }
  return firstFailure;
}

/**
 * {@link collectFree} when every member with coordinates is beyond reach
 * ({@link placedBeyondReach}): only the members without coordinates are checked, and the
 * first failure is found from the members' positions.
 */
function collectUnplaced(ctx: RequestContext, t: number, out: TeamFindings): number {
  const { index } = ctx;
  const members = index.teamMembers[t] as Int32Array;
  const unplaced = index.teamUnplaced[t] as Int32Array;
  let first = index.teamFirstPlaced[t] as number;
  let firstFailure = first < members.length ? Verdict.tooFar : 0;
  for (let i = 0; i < unplaced.length; i += 1) {
    const at = unplaced[i] as number;
    const v = members[at] as number;
    const verdict = checkDistance(ctx, v) || checkAvailability(ctx, v);
    if (verdict === Verdict.pass) addFree(ctx, v, out, false);
    else if (verdict === Verdict.notAvailable) first = -1;
    else if (at < first) {
      first = at;
      firstFailure = verdict;
    }
  }
  return first < 0 ? Verdict.notAvailable : firstFailure;
}

/**
 * The check of team `t` behind {@link checkTeam} and {@link teamVerdict}: the free members
 * go to the pool's scratch array, the rest to `out`. With `explain`, every member is
 * checked in turn, the most minutes any free member can give are found, and `ctx` keeps
 * what an exclusion reports; without, members beyond reach are skipped by the team's box.
 */
function examineTeam(ctx: RequestContext, t: number, out: TeamFindings, explain: boolean): number {
  const free = ctx.index.teamFree;
  out.free = 0;
  out.skillSum = 0;
  out.km = Number.POSITIVE_INFINITY;
  out.basis = 3;
  out.minutes = 0;
  const firstFailure =
    explain || !placedBeyondReach(ctx, t)
      ? collectFree(ctx, t, out, explain)
      : collectUnplaced(ctx, t, out);
  if (out.free === 0) return firstFailure || Verdict.notAvailable;

  for (let s = 0; s < ctx.skills.length; s += 1) {
    // Each needed skill on its own: one member may bring one skill and another the next.
    let best = 0;
    let worst = -1;
    let level = 0;
    let expiry = 0;
    for (let i = 0; i < out.free; i += 1) {
      const found = skillLevelFor(ctx, free[i] as number, s);
      if (found > best) best = found;
      else if (found < 0 && -found > worst) {
        // Report the nearest miss: an expired certificate before a missing skill.
        worst = -found;
        level = ctx.failedLevel;
        expiry = ctx.failedExpiry;
      }
    }
    if (best === 0) {
      ctx.failedSkill = s;
      ctx.failedLevel = level;
      ctx.failedExpiry = expiry;
      out.skillSum = 0;
      return worst;
    }
    out.skillSum += best / 5;
  }
  const team = ctx.pool.teams[t];
  if (team === undefined || team.currentLoad >= team.maxLoad) {
    out.skillSum = 0;
    return Verdict.loadFull;
  }
  return Verdict.pass;
}

/**
 * Checks team `t` as a unit. Its free members are those who pass the time and distance
 * filters themselves; together they must cover every needed skill (level and certificate),
 * and the team must be under its own load limit. The first failure is reported.
 */
export function checkTeam(ctx: RequestContext, t: number): TeamCheck {
  const out = new TeamFindings();
  const verdict = examineTeam(ctx, t, out, true);
  return {
    verdict,
    free: Array.from(ctx.index.teamFree.subarray(0, out.free)),
    skillSum: out.skillSum,
    km: out.km,
    basis: out.basis,
    minutes: out.minutes,
  };
}

/** What a ranking needs of a team check to score it; reused from team to team. */
export type TeamScoring = Pick<TeamCheck, 'skillSum' | 'km'>;

/** Creates the reusable findings of {@link teamVerdict}. */
export const teamScoring = (): TeamFindings => new TeamFindings();

/**
 * The verdict of {@link checkTeam} for team `t`, without its explanation (no member list,
 * no minutes): the ranking's hot path. Fills `out` with what {@link scoreTeam} needs.
 */
export function teamVerdict(ctx: RequestContext, t: number, out: TeamFindings): number {
  return examineTeam(ctx, t, out, false);
}

/** Part values and score of a team that passed {@link checkTeam}. */
export function scoreTeam(
  ctx: RequestContext,
  t: number,
  check: TeamScoring,
  out: PartValues,
): number {
  const team = ctx.pool.teams[t];
  if (team === undefined) return Number.NaN;
  const times = ctx.index.teamAssignedAt[t] as Float64Array;
  partValues(
    ctx,
    check.skillSum,
    check.km,
    team.currentLoad,
    team.maxLoad,
    countBetween(times, 0, times.length, ctx.recentFromMs, ctx.startMs),
    team.ratings?.average ?? 0,
    team.ratings?.count ?? 0,
    out,
  );
  return scoreOf(ctx.config, out);
}
