// Deterministic demo data for the matching engine's tests and benchmarks: volunteers, teams
// and micro-wishes of a district like Luling New District (庐陵新区), from a seeded PRNG.
import type { MatchRequest, Team, Volunteer } from '../../src/match';

/** A seeded PRNG (mulberry32): the same seed gives the same data on every machine. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;
const int = (random: Random, low: number, high: number): number =>
  low + Math.floor(random() * (high - low + 1));
function weighted<T>(random: Random, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let at = random() * total;
  for (const [item, weight] of items) {
    at -= weight;
    if (at < 0) return item;
  }
  return (items.at(-1) as readonly [T, number])[0];
}

/** Streets (街道) and their communities (社区), with map centres around Ji'an. */
export const STREETS: readonly (readonly [string, readonly string[]])[] = [
  ['文山街道', ['崇文社区', '解放桥社区', '尚德社区', '余家河社区', '湖滨社区']],
  ['白塘街道', ['百联首府社区', '中央公园社区', '扬帆社区', '手牵手社区']],
  ['习溪桥街道', ['庐陵社区', '白鹭洲社区', '井冈社区', '螺湖社区']],
  ['古南街道', ['青原社区', '后河社区', '天华社区', '神岗社区']],
];

interface Community {
  readonly name: string;
  readonly street: string;
  readonly lat: number;
  readonly lng: number;
}

/**
 * The communities of a pool of `volunteers`: the named ones, then numbered ones (about 500
 * volunteers per community, five communities per street) on a grid about 2.5 km apart, so
 * a larger pool covers a larger city instead of crowding one district.
 */
export function communities(volunteers: number): Community[] {
  const named = STREETS.flatMap(([street, names]) => names.map((name) => ({ name, street })));
  const count = Math.max(named.length, Math.ceil(volunteers / 500));
  const side = Math.ceil(Math.sqrt(count));
  return Array.from({ length: count }, (_, i) => {
    const own = named[i] ?? {
      name: `第${i + 1}社区`,
      street: `第${Math.floor((i - named.length) / 5) + STREETS.length + 1}街道`,
    };
    return { ...own, lat: 27.05 + Math.floor(i / side) * 0.023, lng: 114.93 + (i % side) * 0.025 };
  });
}

/** Skills with how common they are and whether serving needs a certificate. */
export const SKILLS: readonly (readonly [string, number, boolean])[] = [
  ['陪伴老人', 30, false],
  ['家电维修', 12, false],
  ['理发', 10, false],
  ['环境整治', 14, false],
  ['心理咨询', 4, true],
  ['法律咨询', 4, true],
  ['幼儿托管', 8, true],
  ['文艺汇演', 8, false],
  ['理论宣讲', 5, false],
  ['矛盾调解', 5, false],
  ['代购代办', 12, false],
  ['医疗护理', 4, true],
];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗高林';
const GIVEN = ['秀英', '建国', '丽华', '志强', '桂兰', '海燕', '伟', '敏', '静', '磊', '芳', '军'];

const two = (value: number): string => String(value).padStart(2, '0');
const time = (minutes: number): string => `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;

/** Weekly availability patterns: workers' evenings and weekends, retirees' days. */
function availability(random: Random): Volunteer['availability'] {
  const kind = weighted(random, [
    ['evenings', 4],
    ['weekends', 3],
    ['retired', 3],
  ] as const);
  if (kind === 'evenings') {
    const days = [1, 2, 3, 4, 5].filter(() => random() < 0.7);
    return days.map((day) => ({ day, from: '18:30', to: '21:00' }));
  }
  if (kind === 'weekends') {
    return [6, 7]
      .filter(() => random() < 0.85)
      .map((day) => ({
        day,
        from: time(int(random, 8, 10) * 60),
        to: time(int(random, 15, 18) * 60),
      }));
  }
  return [1, 2, 3, 4, 5, 6]
    .filter(() => random() < 0.6)
    .flatMap((day) => [
      { day, from: '08:00', to: '11:30' },
      { day, from: '14:30', to: '17:30' },
    ]);
}

/** The month the simulation and benchmarks take place in. */
export const MONTH_START = Date.parse('2026-12-01T00:00:00+08:00');
const DAY_MS = 86_400_000;
const dateOf = (ms: number): string => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

/** `count` volunteers, the same for the same seed. */
export function generateVolunteers(
  count: number,
  seed: number,
  teams: readonly Team[] = [],
): Volunteer[] {
  const random = createRandom(seed);
  const places = communities(count);
  // Team t belongs to community t (wrapping round) and has about 20 members from there.
  const inTeam = Math.min(0.5, (20 * places.length) / Math.max(1, count));
  const teamsOf = places.map((_, c) => teams.filter((_, t) => t % places.length === c));
  return Array.from({ length: count }, (_, i): Volunteer => {
    const homeIndex = Math.floor(random() * places.length);
    const home = places[homeIndex] as Community;
    const skills = new Map<string, Volunteer['skills'][number]>();
    for (let s = int(random, 1, 3); s > 0; s -= 1) {
      const [name, , certified] = weighted(
        random,
        SKILLS.map((skill) => [skill, skill[1]] as const),
      );
      const level = weighted(random, [
        [1, 2],
        [2, 3],
        [3, 3],
        [4, 2],
        [5, 1],
      ] as const);
      skills.set(name, {
        name,
        level,
        ...(certified && random() < 0.75
          ? { certificateExpires: dateOf(MONTH_START + int(random, -200, 700) * DAY_MS) }
          : {}),
      });
    }
    const maxLoad = int(random, 1, 4);
    const exceptions: Volunteer['exceptions'] =
      random() < 0.15
        ? [{ date: dateOf(MONTH_START + int(random, 0, 29) * DAY_MS), available: false }]
        : random() < 0.1
          ? [
              {
                date: dateOf(MONTH_START + int(random, 0, 29) * DAY_MS),
                available: true,
                from: '09:00',
                to: '12:00',
              },
            ]
          : [];
    return {
      id: `v${i}`,
      name: `${pick(random, [...SURNAMES])}${pick(random, GIVEN)}`,
      skills: [...skills.values()],
      home: {
        community: home.name,
        ...(random() < 0.7 ? { street: home.street } : {}),
        ...(random() < 0.85
          ? {
              location: {
                lat: home.lat + (random() - 0.5) * 0.012,
                lng: home.lng + (random() - 0.5) * 0.012,
              },
            }
          : {}),
      },
      availability: availability(random),
      exceptions,
      maxLoad,
      currentLoad: random() < 0.7 ? 0 : int(random, 0, maxLoad),
      assignedAt: Array.from({ length: int(random, 0, 3) }, () =>
        new Date(MONTH_START - int(random, 1, 20) * DAY_MS).toISOString(),
      ),
      ...(random() < 0.6
        ? { ratings: { average: 3 + Math.round(random() * 20) / 10, count: int(random, 1, 40) } }
        : {}),
      ...((teamsOf[homeIndex]?.length ?? 0) > 0 && random() < inTeam
        ? { team: pick(random, teamsOf[homeIndex] as Team[]).id }
        : {}),
    };
  });
}

/** `count` service teams (志愿服务队), one or more per community. */
export function generateTeams(count: number, seed: number): Team[] {
  const random = createRandom(seed);
  return Array.from(
    { length: count },
    (_, i): Team => ({
      id: `t${i}`,
      name: `${STREETS[i % STREETS.length]?.[1][0]}志愿服务${Math.floor(i / STREETS.length) + 1}队`,
      maxLoad: int(random, 2, 6),
      currentLoad: int(random, 0, 1),
      assignedAt: [],
      ...(random() < 0.7 ? { ratings: { average: 4 + random(), count: int(random, 5, 60) } } : {}),
    }),
  );
}

/** Request times: weekday evenings, weekend days, weekday mornings (Shanghai time). */
function window(random: Random, day: number): MatchRequest['window'] {
  const dayMs = MONTH_START + day * DAY_MS;
  const weekday = ((Math.floor((dayMs + 8 * 3_600_000) / DAY_MS) + 3) % 7) + 1;
  const startMinutes =
    weekday >= 6 ? int(random, 9, 15) * 60 : random() < 0.5 ? 19 * 60 : int(random, 8, 15) * 60;
  const length = int(random, 1, 2) * 60;
  const start = dayMs + startMinutes * 60_000;
  return {
    start: new Date(start).toISOString(),
    end: new Date(start + length * 60_000).toISOString(),
  };
}

/** `count` micro-wishes (微心愿) spread over `days` days from {@link MONTH_START}. */
/** Where and when {@link generateRequests} places its requests. */
export interface RequestOptions {
  /** Spread over this many days from {@link MONTH_START} plus `firstDay`. */
  readonly days?: number;
  readonly firstDay?: number;
  /** The size of the pool the requests are for: it decides the communities. */
  readonly volunteers?: number;
}

export function generateRequests(
  count: number,
  seed: number,
  options: RequestOptions = {},
): MatchRequest[] {
  const { days = 30, firstDay = 0, volunteers = 10_000 } = options;
  const random = createRandom(seed);
  const places = communities(volunteers);
  return Array.from({ length: count }, (_, i): MatchRequest => {
    const place = pick(random, places);
    const skills = new Map<string, MatchRequest['skills'][number]>();
    for (let s = random() < 0.8 ? 1 : 2; s > 0; s -= 1) {
      const [name, , certified] = weighted(
        random,
        SKILLS.map((skill) => [skill, skill[1]] as const),
      );
      skills.set(name, {
        name,
        minLevel: int(random, 1, 3),
        certificate: certified && random() < 0.6,
      });
    }
    return {
      id: `r${i}`,
      title: `${place.name}微心愿 ${i}`,
      skills: [...skills.values()],
      place: {
        community: place.name,
        ...(random() < 0.7
          ? {
              location: {
                lat: place.lat + (random() - 0.5) * 0.01,
                lng: place.lng + (random() - 0.5) * 0.01,
              },
            }
          : {}),
      },
      window: window(random, firstDay + Math.floor((i / count) * days)),
      volunteersNeeded: weighted(random, [
        [1, 7],
        [2, 2],
        [3, 1],
      ] as const),
      teamAllowed: random() < 0.2,
    };
  });
}
