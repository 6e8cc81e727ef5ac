import type { RequestContext } from './evaluate';
import { cellsWithin } from './geo';

/** Which index a ranking read its candidates from; `scan` when none narrowed the pool. */
export type CandidateSource = 'skill' | 'time' | 'place' | 'scan';

/** A set of volunteers that contains every volunteer able to pass the filters. */
interface Source {
  readonly name: CandidateSource;
  readonly lists: readonly Int32Array[];
  /** Sum of the lists' lengths: the work of reading them. */
  readonly size: number;
}

const EMPTY = new Int32Array(0);
/** Beyond this many map cells the spatial index is not worth reading. */
const MAX_CELLS = 400;

const source = (name: CandidateSource, lists: Int32Array[]): Source => ({
  name,
  lists,
  size: lists.reduce((sum, list) => sum + list.length, 0),
});

/** Volunteers with the rarest needed skill; nobody when the pool lacks a needed skill. */
function bySkill(ctx: RequestContext): Source | undefined {
  let best: Int32Array | undefined;
  for (const skill of ctx.skills) {
    const members = skill.id < 0 ? EMPTY : (ctx.index.skillMembers[skill.id] ?? EMPTY);
    if (best === undefined || members.length < best.length) best = members;
  }
  return best === undefined ? undefined : source('skill', [best]);
}

/** Volunteers free in some hour the window touches, or with extra time on one of its days. */
function byTime(ctx: RequestContext): Source | undefined {
  if (ctx.pieces.length >= 7) return undefined;
  const lists: Int32Array[] = [];
  const hours = new Set<number>();
  for (const piece of ctx.pieces) {
    const base = (piece.dayOfWeek - 1) * 24;
    for (let hour = Math.floor(piece.from / 60); hour * 60 < piece.to; hour += 1)
      hours.add(base + hour);
    const extra = ctx.index.extraByDay.get(piece.day);
    if (extra) lists.push(extra);
  }
  for (const hour of hours) lists.push(ctx.index.hourMembers[hour] as Int32Array);
  return source('time', lists);
}

/** Volunteers who can be within the distance limit: nearby map cells, community, street. */
function byPlace(ctx: RequestContext): Source | undefined {
  const { index, config } = ctx;
  const { maxKm, sameStreetKm, unknown, unknownKm } = config.distance;
  const unknownPasses = unknown === 'allow' && unknownKm <= maxKm;
  const streetPasses = sameStreetKm <= maxKm;
  const lists: Int32Array[] = [];
  if (!Number.isNaN(ctx.lat)) {
    const cells = cellsWithin({ lat: ctx.lat, lng: ctx.lng }, maxKm);
    if (cells.length > MAX_CELLS) return undefined;
    for (const cell of cells) {
      const members = index.cells.get(cell);
      if (members) lists.push(members);
    }
    // Volunteers without coordinates fall back to community and street.
    if (unknownPasses) lists.push(index.withoutCoordinates);
    else {
      if (ctx.community >= 0)
        lists.push(index.withoutCoordinatesByCommunity[ctx.community] as Int32Array);
      if (streetPasses && ctx.street >= 0)
        lists.push(index.withoutCoordinatesByStreet[ctx.street] as Int32Array);
    }
    return source('place', lists);
  }
  if (unknownPasses) return undefined;
  if (ctx.community >= 0) lists.push(index.communityMembers[ctx.community] as Int32Array);
  if (streetPasses && ctx.street >= 0) lists.push(index.streetMembers[ctx.street] as Int32Array);
  return source('place', lists);
}

/**
 * Calls `visit` once for every volunteer an index names, reading the smallest of the skill,
 * time and place indexes (or the whole pool when none narrows it). Every volunteer who can
 * pass the filters is visited; the others mostly are not. Returns the index read and how
 * many volunteers were visited.
 */
export function forEachCandidate(
  ctx: RequestContext,
  visit: (v: number) => void,
): { source: CandidateSource; visited: number } {
  const n = ctx.pool.volunteers.length;
  let chosen: Source = { name: 'scan', lists: [], size: n };
  for (const found of [bySkill(ctx), byPlace(ctx), byTime(ctx)]) {
    if (found && found.size < chosen.size) chosen = found;
  }
  if (chosen.name === 'scan') {
    for (let v = 0; v < n; v += 1) visit(v);
    return { source: 'scan', visited: n };
  }
  if (chosen.lists.length === 1) {
    const only = chosen.lists[0] as Int32Array;
    for (let i = 0; i < only.length; i += 1) visit(only[i] as number);
    return { source: chosen.name, visited: only.length };
  }
  const { index } = ctx;
  index.generation = (index.generation + 1) >>> 0;
  if (index.generation === 0) {
    index.marks.fill(0);
    index.generation = 1;
  }
  const mark = index.generation;
  let visited = 0;
  for (const list of chosen.lists) {
    for (let i = 0; i < list.length; i += 1) {
      const v = list[i] as number;
      if (index.marks[v] === mark) continue;
      index.marks[v] = mark;
      visited += 1;
      visit(v);
    }
  }
  return { source: chosen.name, visited };
}
