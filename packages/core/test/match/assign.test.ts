import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignBatch,
  type BatchAssignment,
  createPool,
  DEFAULT_MATCH_CONFIG,
  explainVolunteer,
  type MatchConfig,
  type MatchRequest,
  type Pool,
} from '../../src/match';
import { configArbitrary, requestArbitrary, volunteersArbitrary } from './arbitraries';
import { gini, simulateMonth } from './simulate';

/** Eligible (request, volunteer) pairs and their scores, found one by one with explainVolunteer. */
function eligiblePairs(requests: readonly MatchRequest[], pool: Pool, config: MatchConfig) {
  return requests.map((request) =>
    pool.volunteers.flatMap((v) => {
      const answer = explainVolunteer(request, pool, v.id, config);
      return answer?.eligible ? [{ id: v.id, score: answer.candidate.score }] : [];
    }),
  );
}

/** The objective of assignBatch, written out: scores less the load part each extra assignment costs. */
function objective(
  chosen: readonly { id: string; score: number }[],
  pool: Pool,
  config: MatchConfig,
): number {
  const counts = new Map<string, number>();
  let total = 0;
  for (const { id, score } of chosen) {
    const j = counts.get(id) ?? 0;
    const v = pool.volunteers.find((candidate) => candidate.id === id);
    total += score - (config.weights.load * j) / (v?.maxLoad ?? 1);
    counts.set(id, j + 1);
  }
  return total;
}

/** The best total over every assignment that respects the capacities, by enumeration. */
function bruteForce(requests: readonly MatchRequest[], pool: Pool, config: MatchConfig): number {
  const pairs = eligiblePairs(requests, pool, config);
  const free = new Map(pool.volunteers.map((v) => [v.id, v.maxLoad - v.currentLoad]));
  let best = 0;
  const chosen: { id: string; score: number }[] = [];
  const subsets = (r: number): void => {
    if (r === requests.length) {
      best = Math.max(best, objective(chosen, pool, config));
      return;
    }
    const options = pairs[r] ?? [];
    const need = (requests[r] as MatchRequest).volunteersNeeded;
    const pick = (from: number, taken: number): void => {
      subsets(r + 1);
      if (taken === need) return;
      for (let i = from; i < options.length; i += 1) {
        const option = options[i] as { id: string; score: number };
        const left = free.get(option.id) ?? 0;
        if (left <= 0) continue;
        free.set(option.id, left - 1);
        chosen.push(option);
        pick(i + 1, taken + 1);
        chosen.pop();
        free.set(option.id, left);
      }
    };
    pick(0, 0);
  };
  subsets(0);
  return best;
}

function checkCapacities(
  result: BatchAssignment,
  requests: readonly MatchRequest[],
  pool: Pool,
): void {
  const perVolunteer = new Map<string, number>();
  for (const request of requests) {
    const ids = result.assignments.filter((a) => a.requestId === request.id).map((a) => a.id);
    expect(ids.length).toBeLessThanOrEqual(request.volunteersNeeded);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) perVolunteer.set(id, (perVolunteer.get(id) ?? 0) + 1);
  }
  for (const v of pool.volunteers) {
    expect(perVolunteer.get(v.id) ?? 0).toBeLessThanOrEqual(v.maxLoad - v.currentLoad);
  }
}

const batch = fc.record({
  volunteers: volunteersArbitrary(5),
  requests: fc.tuple(requestArbitrary('r0'), requestArbitrary('r1'), requestArbitrary('r2')),
  config: configArbitrary,
});

describe('assignBatch', () => {
  it('finds the best total score under the capacities (brute force on small instances)', () => {
    fc.assert(
      fc.property(batch, ({ volunteers, requests, config }) => {
        // A wide limit and a long overlap keep most pairs eligible, so capacities bind.
        const wide = {
          ...config,
          distance: { ...config.distance, maxKm: 50, unknown: 'allow' as const, unknownKm: 10 },
        };
        const pool = createPool(
          volunteers.map((v) => ({
            ...v,
            availability: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, from: '00:00', to: '24:00' })),
          })),
        );
        // Half the requests need no skill: everyone free competes, so capacities and the load part decide.
        const open = requests.map((request, r) =>
          r % 2 === 0 ? { ...request, skills: [] } : request,
        );
        const result = assignBatch(open, pool, wide);
        expect(Math.abs(result.totalScore - bruteForce(open, pool, wide))).toBeLessThanOrEqual(
          1e-9,
        );
        checkCapacities(result, open, pool);
        checkCapacities(result.greedy, open, pool);
        expect(result.gain).toBeGreaterThanOrEqual(-1e-9);
        // The reported total is the objective of the reported assignments.
        expect(
          Math.abs(result.totalScore - objective(result.assignments, pool, wide)),
        ).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('matches brute force with the filters as generated, too', () => {
    fc.assert(
      fc.property(batch, ({ volunteers, requests, config }) => {
        const pool = createPool(volunteers);
        const result = assignBatch(requests, pool, config);
        expect(
          Math.abs(result.totalScore - bruteForce(requests, pool, config)),
        ).toBeLessThanOrEqual(1e-9);
        checkCapacities(result, requests, pool);
      }),
      { numRuns: 200 },
    );
  });

  it('beats greedy where greedy takes the one volunteer a later request needs', () => {
    const volunteer = (id: string, skills: { name: string; level: number }[]) => ({
      id,
      name: id,
      skills,
      home: { community: '尚德社区' },
      availability: [{ day: 6, from: '08:00', to: '18:00' }],
      exceptions: [],
      maxLoad: 1,
      currentLoad: 0,
      assignedAt: [],
    });
    const pool = createPool([
      volunteer('both', [
        { name: '理发', level: 5 },
        { name: '心理咨询', level: 5 },
      ]),
      volunteer('barber', [{ name: '理发', level: 4 }]),
    ]);
    const wish = (id: string, skill: string): MatchRequest => ({
      id,
      skills: [{ name: skill, minLevel: 1, certificate: false }],
      place: { community: '尚德社区' },
      window: { start: '2026-12-05T09:00', end: '2026-12-05T10:00' },
      volunteersNeeded: 1,
      teamAllowed: false,
    });
    const result = assignBatch([wish('haircut', '理发'), wish('counselling', '心理咨询')], pool);
    expect(result.greedy.assignments.map((a) => `${a.requestId}:${a.id}`)).toEqual([
      'haircut:both',
    ]);
    expect(result.assignments.map((a) => `${a.requestId}:${a.id}`)).toEqual([
      'haircut:barber',
      'counselling:both',
    ]);
    expect(result.unfilled).toEqual([]);
    expect(result.greedy.unfilled).toEqual([{ requestId: 'counselling', missing: 1 }]);
    expect(result.gain).toBeGreaterThan(0.5);
  });
});

describe('load spread over a simulated month', () => {
  it('computes the Gini coefficient', () => {
    expect(gini([1, 1, 1, 1])).toBe(0);
    expect(gini([0, 0, 0, 4])).toBe(0.75);
    expect(gini([])).toBe(0);
  });

  it('spreads the work more evenly with the load penalty than without', () => {
    const withPenalty = simulateMonth(DEFAULT_MATCH_CONFIG);
    const withoutPenalty = simulateMonth({
      ...DEFAULT_MATCH_CONFIG,
      weights: { ...DEFAULT_MATCH_CONFIG.weights, load: 0, recent: 0 },
    });
    expect(withPenalty.assignments).toBeGreaterThan(500);
    expect(withPenalty.gini).toBeLessThan(withoutPenalty.gini);
    expect(withPenalty.max).toBeLessThanOrEqual(withoutPenalty.max);
  });
});
