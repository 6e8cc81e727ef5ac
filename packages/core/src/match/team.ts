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

/**
 * Checks team `t` as a unit. Its free members are those who pass the time and distance
 * filters themselves; together they must cover every needed skill (level and certificate),
 * and the team must be under its own load limit. The first failure is reported.
 */
export function checkTeam(ctx: RequestContext, t: number): TeamCheck {
  const { index } = ctx;
  const members = index.teamMembers[t] as Int32Array;
  const free: number[] = [];
  let nearest = Number.POSITIVE_INFINITY;
  let basis = 3;
  let minutes = 0;
  let firstFailure = 0;
  for (const v of members) {
    const verdict = checkDistance(ctx, v) || checkAvailability(ctx, v);
    if (verdict !== Verdict.pass) {
      if (firstFailure === 0 || verdict === Verdict.notAvailable) firstFailure = verdict;
      continue;
    }
    free.push(v);
    if (ctx.km < nearest) {
      nearest = ctx.km;
      basis = ctx.basis;
    }
    minutes = Math.max(minutes, availableMinutes(ctx, v));
  }
  const fail = (verdict: number): TeamCheck => ({
    verdict,
    free,
    skillSum: 0,
    km: nearest,
    basis,
    minutes,
  });
  if (free.length === 0) return fail(firstFailure || Verdict.notAvailable);

  let skillSum = 0;
  for (let s = 0; s < ctx.skills.length; s += 1) {
    // Each needed skill on its own: one member may bring one skill and another the next.
    let best = 0;
    let worst = -1;
    let level = 0;
    let expiry = 0;
    for (const v of free) {
      const found = skillLevelFor(ctx, v, s);
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
      return fail(worst);
    }
    skillSum += best / 5;
  }
  const team = ctx.pool.teams[t];
  if (team === undefined || team.currentLoad >= team.maxLoad) return fail(Verdict.loadFull);
  return { verdict: Verdict.pass, free, skillSum, km: nearest, basis, minutes };
}

/** Part values and score of a team that passed {@link checkTeam}. */
export function scoreTeam(
  ctx: RequestContext,
  t: number,
  check: TeamCheck,
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
