import { Reach, type RequestContext } from './evaluate';
import { cellsWithin, kmToBox } from './geo';
import { type PlaceKind, placeSkillKey } from './pool';

/** An index a ranking read candidates from. */
export type CandidateSource = 'skill' | 'place' | 'place+skill' | 'time';

/** A set of volunteers that contains every volunteer able to pass the filters. */
interface Source {
  readonly name: CandidateSource;
  readonly lists: readonly Int32Array[];
  /** The map cell of each list, -1 when the list is not one cell's (community, street…). */
  readonly cells: readonly number[];
  /** Sum of the lists' lengths: the work of reading them. */
  readonly size: number;
}

const EMPTY = new Int32Array(0);
/** Beyond this many map cells the spatial index is not worth reading. */
const MAX_CELLS = 400;
/** A set this many times larger than the smallest costs more to mark than it saves. */
const MAX_MARKING_RATIO = 8;

/** Beyond this limit (km) the distance bounds of cells are not used (rounding near the antipode). */
const MAX_BOUNDED_KM = 5000;
/** Slack (km) between a bound and the limit, far above the rounding of the haversine formula. */
const BOUND_SLACK_KM = 1e-6;

const source = (name: CandidateSource, lists: Int32Array[], cells: number[] = []): Source => ({
  name,
  lists,
  cells,
  size: lists.reduce((sum, list) => sum + list.length, 0),
});

/**
 * Places as two parallel lists, `kinds[i]` and `ids[i]` (pairs would be an array each,
 * about 25 of them per ranking).
 */
interface Places {
  readonly kinds: PlaceKind[];
  readonly ids: number[];
}

/**
 * The places a volunteer within the distance limit can be in: nearby map cells, and for
 * volunteers (or a request) without coordinates, the community and street. `undefined`
 * when the place does not narrow the pool (unknown distances allowed, or a huge radius).
 */
function placesFor(ctx: RequestContext): Places | undefined {
  const { maxKm, sameStreetKm, unknown, unknownKm } = ctx.config.distance;
  const unknownPasses = unknown === 'allow' && unknownKm <= maxKm;
  const streetPasses = sameStreetKm <= maxKm;
  if (!Number.isNaN(ctx.lat)) {
    const ids = cellsWithin({ lat: ctx.lat, lng: ctx.lng }, maxKm);
    if (ids.length > MAX_CELLS) return undefined;
    const kinds = new Array<PlaceKind>(ids.length).fill('cell');
    const add = (kind: PlaceKind, id: number) => {
      kinds.push(kind);
      ids.push(id);
    };
    // Volunteers without coordinates fall back to community and street.
    if (unknownPasses) add('noCoordinates', 0);
    else {
      if (ctx.community >= 0) add('noCoordinatesCommunity', ctx.community);
      if (streetPasses && ctx.street >= 0) add('noCoordinatesStreet', ctx.street);
    }
    return { kinds, ids };
  }
  if (unknownPasses) return undefined;
  const places: Places = { kinds: [], ids: [] };
  if (ctx.community >= 0) {
    places.kinds.push('community');
    places.ids.push(ctx.community);
  }
  if (streetPasses && ctx.street >= 0) {
    places.kinds.push('street');
    places.ids.push(ctx.street);
  }
  return places;
}

function placeList(ctx: RequestContext, kind: PlaceKind, place: number): Int32Array | undefined {
  const { index } = ctx;
  switch (kind) {
    case 'cell':
      return index.cells.get(place);
    case 'community':
      return index.communityMembers[place];
    case 'street':
      return index.streetMembers[place];
    case 'noCoordinates':
      return index.withoutCoordinates;
    case 'noCoordinatesCommunity':
      return index.withoutCoordinatesByCommunity[place];
    case 'noCoordinatesStreet':
      return index.withoutCoordinatesByStreet[place];
  }
}

/** Volunteers with each needed skill, within reach when the place narrows the pool. */
function bySkill(ctx: RequestContext, places: Places | undefined): Source[] {
  const { index } = ctx;
  const skillCount = index.skillIds.size;
  return ctx.skills.map((skill) => {
    if (skill.id < 0) return source('skill', [EMPTY]);
    if (places === undefined) return source('skill', [index.skillMembers[skill.id] ?? EMPTY]);
    const lists: Int32Array[] = [];
    const cells: number[] = [];
    for (let i = 0; i < places.ids.length; i += 1) {
      const kind = places.kinds[i] as PlaceKind;
      const place = places.ids[i] as number;
      const list = index.placeSkill.get(placeSkillKey(kind, place, skill.id, skillCount));
      if (!list) continue;
      lists.push(list);
      cells.push(kind === 'cell' ? place : -1);
    }
    return source('place+skill', lists, cells);
  });
}

/**
 * Volunteers within reach, when no needed skill narrows the place: with a skill, the
 * place-and-skill lists are already inside the place lists, and marking them again with
 * the place would remove nobody.
 */
function byPlace(ctx: RequestContext, places: Places | undefined): Source | undefined {
  if (places === undefined || ctx.skills.length > 0) return undefined;
  const lists: Int32Array[] = [];
  const cells: number[] = [];
  for (let i = 0; i < places.ids.length; i += 1) {
    const kind = places.kinds[i] as PlaceKind;
    const place = places.ids[i] as number;
    const list = placeList(ctx, kind, place);
    if (!list || list.length === 0) continue;
    lists.push(list);
    cells.push(kind === 'cell' ? place : -1);
  }
  return source('place', lists, cells);
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

function nextMark(ctx: RequestContext): number {
  const { index } = ctx;
  index.generation = (index.generation + 1) >>> 0;
  if (index.generation === 0) {
    index.marks.fill(0);
    index.generation = 1;
  }
  return index.generation;
}

/**
 * Calls `visit` once for every volunteer the pool's indexes name for the request: the
 * place-and-skill lists (map cells, community, street, each per skill), else the skill or
 * place lists, and the time lists (hours of the week, dated extra time). It reads the
 * smallest set and keeps those also in the other sets that are not much larger (tested by
 * marks), so a ranking looks at few volunteers, never the whole pool unless no index
 * applies. Every volunteer who can pass the filters is visited, and `ctx.reach` tells what
 * the map cell of the list being read settles about distance. With `nearestFirst`, the
 * lists of the nearest cells are read first. Returns the indexes read, smallest first, and
 * how many volunteers were visited.
 */
export function forEachCandidate(
  ctx: RequestContext,
  visit: (v: number) => void,
  nearestFirst = false,
): { indexes: CandidateSource[]; visited: number } {
  const places = placesFor(ctx);
  const found = [...bySkill(ctx, places), byPlace(ctx, places), byTime(ctx)]
    .filter((entry): entry is Source => entry !== undefined)
    .sort((a, b) => a.size - b.size);
  const smallest = found[0];
  if (smallest === undefined) {
    const n = ctx.pool.volunteers.length;
    for (let v = 0; v < n; v += 1) visit(v);
    return { indexes: [], visited: n };
  }
  const others = found.slice(1).filter((entry) => entry.size <= smallest.size * MAX_MARKING_RATIO);
  const { marks } = ctx.index;
  // Each further set keeps the marks of those in every set so far.
  let required = -1;
  for (const other of others) {
    const mark = nextMark(ctx);
    for (const list of other.lists) {
      for (let i = 0; i < list.length; i += 1) {
        const v = list[i] as number;
        if (required < 0 || marks[v] === required) marks[v] = mark;
      }
    }
    required = mark;
  }
  const seen = nextMark(ctx);
  let visited = 0;
  const reaches = cellReaches(ctx, smallest);
  for (let at = 0; at < smallest.lists.length; at += 1) {
    const l = reaches === undefined || !nearestFirst ? at : (reaches.order[at] as number);
    const list = smallest.lists[l] as Int32Array;
    ctx.reach = reaches === undefined ? Reach.check : (reaches.reach[l] as number);
    ctx.reachMinKm = reaches === undefined ? 0 : (reaches.minKm[l] as number);
    for (let i = 0; i < list.length; i += 1) {
      const v = list[i] as number;
      const current = marks[v];
      if (current === seen || (required >= 0 && current !== required)) continue;
      marks[v] = seen;
      visited += 1;
      visit(v);
    }
  }
  ctx.reach = Reach.check;
  ctx.reachMinKm = 0;
  return { indexes: [smallest, ...others].map((entry) => entry.name), visited };
}

/**
 * What the bounding box of each map cell of `source` settles about the distance filter,
 * a lower bound of the distance of its volunteers, and the lists nearest first (so the best
 * candidates tend to come early and a ranking's top-k cut-off rises soon).
 */
function cellReaches(
  ctx: RequestContext,
  source: Source,
): { reach: Int8Array; minKm: Float64Array; order: Int32Array } | undefined {
  const { maxKm } = ctx.config.distance;
  if (Number.isNaN(ctx.lat) || maxKm > MAX_BOUNDED_KM || !source.cells.some((c) => c >= 0))
    return undefined;
  const count = source.lists.length;
  const reach = new Int8Array(count);
  const minKm = new Float64Array(count);
  for (let l = 0; l < count; l += 1) {
    const box = ctx.index.cellBox.get(source.cells[l] as number);
    if (box === undefined) continue;
    const near = kmToBox(ctx.lat, ctx.lng, box, false);
    minKm[l] = Math.max(0, near - BOUND_SLACK_KM);
    if (near > maxKm + BOUND_SLACK_KM) reach[l] = Reach.beyond;
    else if (kmToBox(ctx.lat, ctx.lng, box, true) < maxKm - BOUND_SLACK_KM) reach[l] = Reach.within;
  }
  const order = new Int32Array(count);
  for (let l = 0; l < count; l += 1) order[l] = l;
  // A comparator that returns small integers: a fractional difference would be boxed.
  order.sort((a, b) => {
    const x = minKm[a] as number;
    const y = minKm[b] as number;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  return { reach, minKm, order };
}
