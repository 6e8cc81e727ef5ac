import { groupBy, intern, lists, mergeRanges } from './collect';
import { type Box, boxOf, cellKey } from './geo';
import type { Coordinates, Team, Volunteer } from './schema';
import { dayNumberOfDate, endOfDateMs, MINUTES_PER_DAY, minutesOfDay, parseDateTime } from './time';

/** Extra and blocked minutes of one volunteer on one date (from dated exceptions). */
export interface DayException {
  /** `[from, to)` minute ranges of the day added to the weekly availability. */
  readonly add: readonly (readonly [number, number])[];
  /** `[from, to)` minute ranges of the day the volunteer is away. */
  readonly remove: readonly (readonly [number, number])[];
}

/**
 * The indexes and column arrays of a pool. Internal to the matching engine: read-only after
 * {@link createPool}, shared by every ranking, laid out as typed arrays so a ranking over
 * 100,000 volunteers touches numbers, not records.
 */
export interface PoolIndex {
  readonly byId: ReadonlyMap<string, number>;
  readonly skillIds: ReadonlyMap<string, number>;
  /** Per skill id: the volunteers who have it, ascending. */
  readonly skillMembers: readonly Int32Array[];
  /** Volunteer v's skills are entries `skillStart[v] … skillStart[v + 1] - 1`. */
  readonly skillStart: Int32Array;
  readonly skillId: Int32Array;
  readonly skillLevel: Uint8Array;
  /** Epoch ms when the skill's certificate stops being valid; NaN when there is none. */
  readonly skillCertEnd: Float64Array;
  /** Coordinates in degrees; NaN when unknown. */
  readonly lat: Float64Array;
  readonly lng: Float64Array;
  readonly communityIds: ReadonlyMap<string, number>;
  readonly streetIds: ReadonlyMap<string, number>;
  /** Street id of each community, from any record that names both; -1 when unknown. */
  readonly communityStreet: Int32Array;
  readonly community: Int32Array;
  readonly street: Int32Array;
  readonly communityMembers: readonly Int32Array[];
  /** Volunteers without coordinates, all and per community. */
  readonly withoutCoordinates: Int32Array;
  readonly withoutCoordinatesByCommunity: readonly Int32Array[];
  /** Volunteers per street (own or inferred from the community), all and without coordinates. */
  readonly streetMembers: readonly Int32Array[];
  readonly withoutCoordinatesByStreet: readonly Int32Array[];
  /**
   * Place and skill together: the volunteers with one skill in one place, keyed by
   * {@link placeSkillKey}. A ranking reads these small lists instead of intersecting a
   * large place list with a large skill list.
   */
  readonly placeSkill: ReadonlyMap<number, Int32Array>;
  /** Spatial grid: volunteers with coordinates per cell (see `geo.ts`), and their bounding box. */
  readonly cells: ReadonlyMap<number, Int32Array>;
  readonly cellBox: ReadonlyMap<number, Box>;
  /** Weekly availability: merged `[from, to)` minute-of-week ranges per volunteer. */
  readonly slotStart: Int32Array;
  readonly slotFrom: Int32Array;
  readonly slotTo: Int32Array;
  /** Per hour of the week (0 = Monday 00:00–01:00): volunteers free at some time in it. */
  readonly hourMembers: readonly Int32Array[];
  /**
   * The same per volunteer: bit `h % 32` of word `v * HOUR_WORDS + h / 32` is set when
   * volunteer `v` is free at some time in hour `h` of the week (dated exceptions aside).
   */
  readonly freeHours: Int32Array;
  /** 1 for volunteers with dated exceptions, so the common case skips a map lookup. */
  readonly hasExceptions: Uint8Array;
  /** 1 for volunteers with a dated exception that adds time (the others only lose time). */
  readonly hasExtraTime: Uint8Array;
  /** Dated exceptions per volunteer per day number. */
  readonly exceptions: ReadonlyMap<number, ReadonlyMap<number, DayException>>;
  /** Per day number: volunteers with extra availability that day. */
  readonly extraByDay: ReadonlyMap<number, Int32Array>;
  readonly maxLoad: Int32Array;
  readonly currentLoad: Int32Array;
  /** Past assignment times (epoch ms, ascending) per volunteer, `assignedStart` offsets. */
  readonly assignedStart: Int32Array;
  readonly assignedAt: Float64Array;
  readonly ratingAverage: Float64Array;
  readonly ratingCount: Int32Array;
  /** Team index of each volunteer, -1 when none; members per team. */
  readonly team: Int32Array;
  readonly teamMembers: readonly Int32Array[];
  readonly teamById: ReadonlyMap<string, number>;
  readonly teamAssignedAt: readonly Float64Array[];
  /**
   * Per team: the bounding box of the members with coordinates, the position (in
   * `teamMembers`) of the first of them, and the positions of the members without.
   */
  readonly teamBox: readonly Box[];
  readonly teamFirstPlaced: Int32Array;
  readonly teamUnplaced: readonly Int32Array[];
  /** Scratch for the free members of a team check, as long as the largest team. */
  readonly teamFree: Int32Array;
  /** Scratch marks for de-duplicating candidates: `marks[v] === generation` means seen. */
  readonly marks: Uint32Array;
  generation: number;
}

/**
 * Volunteers (and teams) prepared for matching: built once with {@link createPool}, then
 * reused by every `rankCandidates` and `assignBatch` call. Immutable from outside.
 */
export interface Pool {
  /** The volunteers, grouped by community and map cell (the order rankings break ties by). */
  readonly volunteers: readonly Volunteer[];
  readonly teams: readonly Team[];
  /** @internal The engine's indexes; their layout may change between versions. */
  readonly index: PoolIndex;
}

/** 32-bit words per volunteer in {@link PoolIndex.freeHours}: 168 hours of the week. */
export const HOUR_WORDS = 6;

/** The kinds of place a volunteer list can be restricted to. */
export type PlaceKind =
  | 'community'
  | 'street'
  | 'cell'
  | 'noCoordinates'
  | 'noCoordinatesCommunity'
  | 'noCoordinatesStreet';

const PLACE_KINDS: readonly PlaceKind[] = [
  'community',
  'street',
  'cell',
  'noCoordinates',
  'noCoordinatesCommunity',
  'noCoordinatesStreet',
];

/** The key of the volunteers with skill `skill` in place `place` of kind `kind`. */
export function placeSkillKey(
  kind: PlaceKind,
  place: number,
  skill: number,
  skillCount: number,
): number {
  return (place * PLACE_KINDS.length + PLACE_KINDS.indexOf(kind)) * skillCount + skill;
}

/**
 * The volunteers ordered by community, then map cell: neighbours sit next to each other in
 * the pool's arrays, so a ranking reads a few cache lines instead of scattered memory.
 */
function inPlaceOrder(records: readonly Volunteer[]): Volunteer[] {
  const community = new Map<string, number>();
  const keys = records.map((volunteer, i) => {
    const { home } = volunteer;
    const c = intern(community, home.community);
    const cell = home.location ? cellKey(home.location.lat, home.location.lng) : -1;
    return { c, cell, i };
  });
  keys.sort((a, b) => a.c - b.c || a.cell - b.cell || a.i - b.i);
  return keys.map((key) => records[key.i] as Volunteer);
}

const hasPoint = (location: Coordinates | undefined): location is Coordinates =>
  location !== undefined;

/**
 * Builds the candidate indexes (by skill, community and street, map cell, hour of the
 * week and dated exception) over validated volunteers and teams, once. Rankings then look
 * at the few volunteers an index names instead of scanning everyone.
 *
 * @example
 * const pool = createPool(volunteers, teams);
 * const ranking = rankCandidates(request, pool, config);
 */
export function createPool(records: readonly Volunteer[], teams: readonly Team[] = []): Pool {
  const volunteers = inPlaceOrder(records);
  const n = volunteers.length;
  const byId = new Map<string, number>();
  const skillIds = new Map<string, number>();
  const communityIds = new Map<string, number>();
  const streetIds = new Map<string, number>();
  const teamById = new Map<string, number>();
  for (const [t, team] of teams.entries()) teamById.set(team.id, t);

  const skillStart = new Int32Array(n + 1);
  const slotStart = new Int32Array(n + 1);
  const assignedStart = new Int32Array(n + 1);
  volunteers.forEach((volunteer, v) => {
    byId.set(volunteer.id, v);
    skillStart[v + 1] = (skillStart[v] as number) + volunteer.skills.length;
    assignedStart[v + 1] = (assignedStart[v] as number) + volunteer.assignedAt.length;
  });
  const skillId = new Int32Array(skillStart[n] as number);
  const skillLevel = new Uint8Array(skillId.length);
  const skillCertEnd = new Float64Array(skillId.length);
  const assignedAt = new Float64Array(assignedStart[n] as number);
  const lat = new Float64Array(n).fill(Number.NaN);
  const lng = new Float64Array(n).fill(Number.NaN);
  const community = new Int32Array(n);
  const streetOwn = new Int32Array(n).fill(-1);
  const maxLoad = new Int32Array(n);
  const currentLoad = new Int32Array(n);
  const ratingAverage = new Float64Array(n);
  const ratingCount = new Int32Array(n);
  const team = new Int32Array(n).fill(-1);
  const slots: [number, number][][] = [];
  const exceptions = new Map<number, Map<number, DayException>>();
  const extra: [number, number][] = [];
  const streetOfCommunity = new Map<number, number>();

  volunteers.forEach((volunteer, v) => {
    volunteer.skills.forEach((skill, i) => {
      const at = (skillStart[v] as number) + i;
      skillId[at] = intern(skillIds, skill.name);
      skillLevel[at] = skill.level;
      skillCertEnd[at] =
        skill.certificateExpires === undefined
          ? Number.NaN
          : endOfDateMs(dayNumberOfDate(skill.certificateExpires));
    });
    const times = volunteer.assignedAt.map(parseDateTime).sort((a, b) => a - b);
    assignedAt.set(times, assignedStart[v] as number);
    const { home } = volunteer;
    if (hasPoint(home.location)) {
      lat[v] = home.location.lat;
      lng[v] = home.location.lng;
    }
    community[v] = intern(communityIds, home.community);
    if (home.street !== undefined) {
      streetOwn[v] = intern(streetIds, home.street);
      if (!streetOfCommunity.has(community[v] as number)) {
        streetOfCommunity.set(community[v] as number, streetOwn[v] as number);
      }
    }
    maxLoad[v] = volunteer.maxLoad;
    currentLoad[v] = volunteer.currentLoad;
    ratingAverage[v] = volunteer.ratings?.average ?? 0;
    ratingCount[v] = volunteer.ratings?.count ?? 0;
    team[v] = volunteer.team === undefined ? -1 : (teamById.get(volunteer.team) ?? -1);
    slots.push(
      mergeRanges(
        volunteer.availability.map((slot) => [
          (slot.day - 1) * MINUTES_PER_DAY + minutesOfDay(slot.from),
          (slot.day - 1) * MINUTES_PER_DAY + minutesOfDay(slot.to),
        ]),
      ),
    );
    if (volunteer.exceptions.length > 0) {
      const days = new Map<number, { add: [number, number][]; remove: [number, number][] }>();
      for (const exception of volunteer.exceptions) {
        const day = dayNumberOfDate(exception.date);
        const range: [number, number] =
          exception.from === undefined || exception.to === undefined
            ? [0, MINUTES_PER_DAY]
            : [minutesOfDay(exception.from), minutesOfDay(exception.to)];
        let entry = days.get(day);
        if (!entry) {
          entry = { add: [], remove: [] };
          days.set(day, entry);
        }
        (exception.available ? entry.add : entry.remove).push(range);
        if (exception.available) extra.push([day, v]);
      }
      exceptions.set(v, days);
    }
  });

  const communityStreet = new Int32Array(communityIds.size).fill(-1);
  for (const [c, s] of streetOfCommunity) communityStreet[c] = s;
  const street = streetOwn.map((own, v) =>
    own >= 0 ? own : (communityStreet[community[v] as number] as number),
  );

  slotStart[0] = 0;
  slots.forEach((ranges, v) => {
    slotStart[v + 1] = (slotStart[v] as number) + ranges.length;
  });
  const slotFrom = new Int32Array(slotStart[n] as number);
  const slotTo = new Int32Array(slotFrom.length);
  slots.forEach((ranges, v) => {
    ranges.forEach(([from, to], i) => {
      slotFrom[(slotStart[v] as number) + i] = from;
      slotTo[(slotStart[v] as number) + i] = to;
    });
  });

  const withoutCoordinates: number[] = [];
  const cellEntries: [number, number][] = [];
  const placeSkillEntries: [number, number][] = [];
  const skillCount = skillIds.size;
  for (let v = 0; v < n; v += 1) {
    const hasCoordinates = !Number.isNaN(lat[v]);
    const cell = hasCoordinates ? cellKey(lat[v] as number, lng[v] as number) : -1;
    if (hasCoordinates) cellEntries.push([cell, v]);
    else withoutCoordinates.push(v);
    const places: [PlaceKind, number][] = [['community', community[v] as number]];
    if ((street[v] as number) >= 0) places.push(['street', street[v] as number]);
    if (hasCoordinates) places.push(['cell', cell]);
    else {
      places.push(['noCoordinates', 0], ['noCoordinatesCommunity', community[v] as number]);
      if ((street[v] as number) >= 0) places.push(['noCoordinatesStreet', street[v] as number]);
    }
    const own = new Set<number>();
    for (let i = skillStart[v] as number; i < (skillStart[v + 1] as number); i += 1)
      own.add(skillId[i] as number);
    for (const skill of own) {
      for (const [kind, place] of places) {
        placeSkillEntries.push([placeSkillKey(kind, place, skill, skillCount), v]);
      }
    }
  }

  const cells = groupBy(cellEntries);
  const freeHours = new Int32Array(n * HOUR_WORDS);
  const hourMembers = lists(168, (push) => {
    for (let v = 0; v < n; v += 1) {
      for (let i = slotStart[v] as number; i < (slotStart[v + 1] as number); i += 1) {
        const last = Math.floor(((slotTo[i] as number) - 1) / 60);
        for (let hour = Math.floor((slotFrom[i] as number) / 60); hour <= last; hour += 1) {
          push(hour, v);
          const word = v * HOUR_WORDS + (hour >> 5);
          freeHours[word] = (freeHours[word] as number) | (1 << (hour & 31));
        }
      }
    }
  });
  const teamMembers = lists(teams.length, (push) => {
    for (let v = 0; v < n; v += 1) if ((team[v] as number) >= 0) push(team[v] as number, v);
  });
  const index: PoolIndex = {
    byId,
    skillIds,
    skillMembers: lists(skillIds.size, (push) => {
      for (let v = 0; v < n; v += 1) {
        for (let i = skillStart[v] as number; i < (skillStart[v + 1] as number); i += 1)
          push(skillId[i] as number, v);
      }
    }),
    skillStart,
    skillId,
    skillLevel,
    skillCertEnd,
    lat,
    lng,
    communityIds,
    streetIds,
    communityStreet,
    community,
    street,
    communityMembers: lists(communityIds.size, (push) => {
      for (let v = 0; v < n; v += 1) push(community[v] as number, v);
    }),
    withoutCoordinates: Int32Array.from(withoutCoordinates),
    withoutCoordinatesByCommunity: lists(communityIds.size, (push) => {
      for (const v of withoutCoordinates) push(community[v] as number, v);
    }),
    streetMembers: lists(streetIds.size, (push) => {
      for (let v = 0; v < n; v += 1) if ((street[v] as number) >= 0) push(street[v] as number, v);
    }),
    withoutCoordinatesByStreet: lists(streetIds.size, (push) => {
      for (const v of withoutCoordinates)
        if ((street[v] as number) >= 0) push(street[v] as number, v);
    }),
    placeSkill: groupBy(placeSkillEntries),
    cells,
    cellBox: new Map([...cells].map(([key, list]) => [key, boxOf(lat, lng, list)])),
    slotStart,
    slotFrom,
    slotTo,
    hourMembers,
    freeHours,
    hasExceptions: Uint8Array.from({ length: n }, (_, v) => (exceptions.has(v) ? 1 : 0)),
    hasExtraTime: extra.reduce((marks, [, v]) => {
      marks[v] = 1;
      return marks;
    }, new Uint8Array(n)),
    exceptions,
    extraByDay: groupBy(extra),
    maxLoad,
    currentLoad,
    assignedStart,
    assignedAt,
    ratingAverage,
    ratingCount,
    team,
    teamMembers,
    teamById,
    teamAssignedAt: teams.map((t) => Float64Array.from(t.assignedAt.map(parseDateTime)).sort()),
    teamBox: teamMembers.map((members) => boxOf(lat, lng, members)),
    teamFirstPlaced: Int32Array.from(teamMembers, (members) => {
      const at = members.findIndex((v) => !Number.isNaN(lat[v]));
      return at < 0 ? members.length : at;
    }),
    teamUnplaced: teamMembers.map((members) =>
      Int32Array.from(members.keys()).filter((at) => Number.isNaN(lat[members[at] as number])),
    ),
    teamFree: new Int32Array(teamMembers.reduce((most, list) => Math.max(most, list.length), 0)),
    marks: new Uint32Array(n),
    generation: 0,
  };
  const pool: Pool = { volunteers, teams, index };
  pools.add(pool);
  return pool;
}

const pools = new WeakSet<object>();

/** Whether `value` is a pool {@link createPool} made (and not records to make one from). */
export function isPool(value: unknown): value is Pool {
  return typeof value === 'object' && value !== null && pools.has(value);
}
