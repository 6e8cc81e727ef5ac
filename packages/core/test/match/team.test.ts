// Service teams (志愿服务队) checked as units, against a plain reference built from the
// per-volunteer reference: the ranking's fast team checks (bounding boxes, early exits)
// must give the same verdicts and scores as checking every member in turn.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createPool,
  explainVolunteer,
  type MatchConfig,
  type MatchRequest,
  rankCandidates,
  type Team,
  teamSchema,
  type Volunteer,
} from '../../src/match';
import { configArbitrary, reference, requestArbitrary, volunteersArbitrary } from './arbitraries';

type TeamReference =
  | { readonly eligible: false; readonly filter: string }
  | { readonly eligible: true; readonly score: number; readonly members: readonly string[] };

/** How far a member fails a needed skill: 1 missing, 2 level too low, 3 no valid certificate; 0 meets it. */
function shortfall(member: Volunteer, need: MatchRequest['skills'][number], end: number): number {
  const own = member.skills.filter((s) => s.name === need.name);
  if (own.length === 0) return 1;
  if (own.every((s) => s.level < need.minLevel)) return 2;
  const valid = own.some(
    (s) =>
      s.level >= need.minLevel &&
      (!need.certificate ||
        (s.certificateExpires !== undefined &&
          Date.parse(`${s.certificateExpires}T24:00:00+08:00`) >= end)),
  );
  return valid ? 0 : 3;
}

/** A team checked the plain way: members one by one through the reference, in pool order. */
function teamReference(
  request: MatchRequest,
  team: Team,
  members: readonly Volunteer[],
  config: MatchConfig,
): TeamReference {
  // Distance and time only: without skills and with room for one more task, the reference
  // fails a member only on those two filters.
  const placeAndTime = members.map((m) =>
    reference({ ...request, skills: [] }, { ...m, currentLoad: 0, maxLoad: 1 }, config),
  );
  const free = members.filter((_, i) => placeAndTime[i]?.eligible);
  if (free.length === 0) {
    const failures = placeAndTime.flatMap((r) => (r.eligible ? [] : [r.filter]));
    return {
      eligible: false,
      filter: failures.includes('availability') ? 'availability' : (failures[0] ?? 'availability'),
    };
  }
  const end = Date.parse(request.window.end);
  let skillSum = 0;
  for (const need of request.skills) {
    const levels = free.flatMap((m) =>
      m.skills
        .filter(
          (s) =>
            s.name === need.name &&
            s.level >= need.minLevel &&
            (!need.certificate ||
              (s.certificateExpires !== undefined &&
                Date.parse(`${s.certificateExpires}T24:00:00+08:00`) >= end)),
        )
        .map((s) => s.level),
    );
    if (levels.length === 0) {
      const worst = Math.max(...free.map((m) => shortfall(m, need, end)));
      return { eligible: false, filter: worst === 3 ? 'certificate' : 'skill' };
    }
    skillSum += Math.max(...levels) / 5;
  }
  if (team.currentLoad >= team.maxLoad) return { eligible: false, filter: 'load' };
  const km = Math.min(
    ...free.map((m) => {
      const found = reference({ ...request, skills: [] }, { ...m, currentLoad: 0 }, config);
      return found.eligible ? found.km : Number.POSITIVE_INFINITY;
    }),
  );
  const start = Date.parse(request.window.start);
  const recent = team.assignedAt.filter((t) => {
    const ms = Date.parse(t);
    return ms >= start - config.recent.days * 86_400_000 && ms < start;
  }).length;
  const count = team.ratings?.count ?? 0;
  const smoothed =
    ((team.ratings?.average ?? 0) * count + config.rating.prior * config.rating.priorWeight) /
    (count + config.rating.priorWeight);
  const w = config.weights;
  const score =
    w.skill * (request.skills.length === 0 ? 1 : skillSum / request.skills.length) +
    w.distance * Math.max(0, 1 - km / config.distance.maxKm) +
    w.load * (1 - team.currentLoad / team.maxLoad) -
    w.recent * Math.min(1, recent / config.recent.saturation) +
    w.rating * ((smoothed - 1) / 4);
  return { eligible: true, score, members: free.map((m) => m.id) };
}

const teamArbitrary = (id: string) =>
  fc
    .record({
      maxLoad: fc.integer({ min: 0, max: 3 }),
      currentLoad: fc.integer({ min: 0, max: 2 }),
      recent: fc.array(fc.integer({ min: 1, max: 240 }), { maxLength: 3 }),
      ratings: fc.option(
        fc.record({
          average: fc.double({ min: 1, max: 5, noNaN: true }),
          count: fc.integer({ min: 0, max: 30 }),
        }),
        { nil: undefined },
      ),
    })
    .map((t) =>
      teamSchema.parse({
        id,
        name: `${id} 志愿服务队`,
        maxLoad: t.maxLoad,
        currentLoad: t.currentLoad,
        assignedAt: t.recent.map((hours) =>
          new Date(Date.parse('2026-12-09T00:00:00+08:00') - hours * 3_600_000).toISOString(),
        ),
        ...(t.ratings ? { ratings: t.ratings } : {}),
      }),
    );

const world = fc.record({
  volunteers: volunteersArbitrary(14),
  // Which team each volunteer joins (-1: none); three teams, so most have several members.
  membership: fc.array(fc.integer({ min: -1, max: 2 }), { minLength: 14, maxLength: 14 }),
  teams: fc.tuple(teamArbitrary('t0'), teamArbitrary('t1'), teamArbitrary('t2')),
  request: requestArbitrary('wish'),
  config: configArbitrary,
});

describe('teams as units (property tests against a plain reference)', () => {
  it('gives every team the verdict and score of checking each member in turn', () => {
    fc.assert(
      fc.property(world, ({ volunteers, membership, teams, request, config }) => {
        const joined = volunteers.map((v, i) => {
          const t = membership[i] ?? -1;
          return t < 0 ? v : { ...v, team: `t${t}` };
        });
        const pool = createPool(joined, teams);
        const wish = { ...request, teamAllowed: true };
        const ranking = rankCandidates(wish, pool, { ...config, topK: 1000 });
        const ranked = new Map(
          ranking.candidates.filter((c) => c.kind === 'team').map((c) => [c.id, c]),
        );
        let eligibleTeams = 0;
        for (const team of teams) {
          // Members in pool order, the order the engine checks them in.
          const members = pool.volunteers.filter((v) => v.team === team.id);
          const expected = teamReference(wish, team, members, config);
          const answer = explainVolunteer(wish, pool, team.id, config);
          const candidate = ranked.get(team.id);
          if (expected.eligible) {
            eligibleTeams += 1;
            expect(answer?.eligible).toBe(true);
            expect(Math.abs((candidate?.score ?? Number.NaN) - expected.score)).toBeLessThan(1e-9);
            expect(candidate?.members).toEqual(expected.members);
          } else {
            expect(candidate).toBeUndefined();
            expect(answer?.eligible === false && answer.exclusion.filter).toBe(expected.filter);
          }
        }
        const eligibleVolunteers = joined.filter((v) => reference(wish, v, config).eligible);
        expect(ranking.eligible).toBe(eligibleVolunteers.length + eligibleTeams);
      }),
      { numRuns: 200 },
    );
  });

  it('counts each excluded team under the filter that explains it', () => {
    fc.assert(
      fc.property(world, ({ volunteers, membership, teams, request, config }) => {
        const joined = volunteers.map((v, i) => {
          const t = membership[i] ?? -1;
          return t < 0 ? v : { ...v, team: `t${t}` };
        });
        const pool = createPool(joined, teams);
        const wish = { ...request, teamAllowed: true };
        const withTeams = rankCandidates(wish, pool, config);
        const without = rankCandidates({ ...wish, teamAllowed: false }, pool, config);
        const counts = { skill: 0, certificate: 0, distance: 0, availability: 0, load: 0 };
        for (const team of teams) {
          const answer = explainVolunteer(wish, pool, team.id, config);
          if (answer?.eligible === false) counts[answer.exclusion.filter] += 1;
        }
        for (const filter of Object.keys(counts) as (keyof typeof counts)[]) {
          expect(withTeams.excludedBy[filter] - without.excludedBy[filter]).toBe(counts[filter]);
        }
      }),
      { numRuns: 150 },
    );
  });
});
