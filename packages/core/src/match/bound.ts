/**
 * The ranking's shortcuts that cannot change its outcome. The filters run on every
 * volunteer an index names (the ranking counts who fails which filter), but the distance
 * of a volunteer in a map cell that lies wholly within (or beyond) the limit is settled by
 * the cell's bounding box, and an eligible volunteer whose score cannot reach the top k is
 * not scored: an upper bound of the score, from the cell's nearest possible distance and no
 * recent-assignment penalty, is below the k-th best score found so far.
 */
import {
  checkAvailability,
  checkDistance,
  checkSkills,
  type PartValues,
  partValues,
  Reach,
  type RequestContext,
  scoreOf,
  Verdict,
} from './evaluate';
import { haversineKmTo } from './geo';
import { HOUR_WORDS } from './pool';

/**
 * The verdict of {@link checkVolunteer} for volunteer `v` of the list being read, reached
 * with the list's distance bounds: when they settle the distance filter, `ctx.km` is left
 * NaN (to be found by {@link settleDistance} only if the volunteer is scored).
 */
export function screenVolunteer(ctx: RequestContext, v: number): number {
  const skills = checkSkills(ctx, v);
  if (skills !== Verdict.pass) return skills;
  if (ctx.reach === Reach.beyond) return Verdict.tooFar;
  if (ctx.reach === Reach.within) {
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
  const base = v * HOUR_WORDS;
  for (let i = 0; i < hourWords.length; i += 1) {
    const word = hourWords[i] as number;
    if (((index.freeHours[base + word] as number) & (hourMask[word] as number)) !== 0) return true;
  }
  return false;
}

/** Finds the distance the list's bounds left open, exactly as {@link checkDistance} does. */
export function settleDistance(ctx: RequestContext, v: number): void {
  if (!Number.isNaN(ctx.km)) return;
  ctx.km = haversineKmTo(ctx.lat, ctx.lng, ctx.index.lat, ctx.index.lng, v);
}

/**
 * An upper bound of the score of volunteer `v`, who passed {@link screenVolunteer}: the
 * exact skill, load and rating parts, the distance part at the list's smallest distance
 * when the distance is not known yet, and no recent-assignment penalty. Weights are not
 * negative and rounding is monotone, so the bound is never below the score.
 */
export function scoreBound(ctx: RequestContext, v: number, out: PartValues): number {
  const { index } = ctx;
  partValues(
    ctx,
    ctx.skillSum,
    Number.isNaN(ctx.km) ? ctx.reachMinKm : ctx.km,
    index.currentLoad[v] as number,
    index.maxLoad[v] as number,
    0,
    index.ratingAverage[v] as number,
    index.ratingCount[v] as number,
    out,
  );
  return scoreOf(ctx.config, out);
}
