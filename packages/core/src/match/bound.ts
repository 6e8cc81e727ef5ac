/**
 * The ranking's top-k cut-off, which cannot change its outcome. The filters run on every
 * volunteer an index names (`screenVolunteer` in `evaluate.ts`: the ranking counts who
 * fails which filter), but an eligible volunteer whose score cannot reach the top k is not
 * scored: an upper bound of the score, from the cell's nearest possible distance and no
 * recent-assignment penalty, is below the k-th best score found so far.
 */
import { type PartValues, partValues, type RequestContext, scoreOf } from './evaluate';
import { haversineKmTo } from './geo';

/** Finds the distance the list's bounds left open, exactly as {@link checkDistance} does. */
export function settleDistance(ctx: RequestContext, v: number): void {
  if (!Number.isNaN(ctx.km)) return;
  ctx.km = haversineKmTo(ctx.lat, ctx.lng, ctx.index.lat, ctx.index.lng, v);
}

/**
 * An upper bound of the score of volunteer `v`, who passed {@link screenVolunteer}: the
 * exact skill, load and rating parts, the distance part at the list's smallest distance
 * when the distance is not known yet, and no recent-assignment penalty. Weights are not
 * negative and rounding is monotone, so the bound is never below the score. Stored in
 * `into[0]` rather than returned: V8 boxes a fractional number a call returns when it
 * does not inline the call, an allocation per eligible volunteer.
 */
export function scoreBound(
  ctx: RequestContext,
  v: number,
  out: PartValues,
  into: Float64Array,
): void {
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
  into[0] = scoreOf(ctx.config, out);
}
