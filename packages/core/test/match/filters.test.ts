import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPool, explainVolunteer, rankCandidates } from '../../src/match';
import { configArbitrary, reference, requestArbitrary, volunteersArbitrary } from './arbitraries';

const world = fc.record({
  volunteers: volunteersArbitrary(12),
  request: requestArbitrary('wish'),
  config: configArbitrary,
});

describe('filters and scores (property tests against a plain reference)', () => {
  it('returns exactly the volunteers that pass every filter, never one that fails', () => {
    fc.assert(
      fc.property(world, ({ volunteers, request, config }) => {
        const pool = createPool(volunteers);
        const ranking = rankCandidates(request, pool, { ...config, topK: 1000 });
        const expected = volunteers
          .filter((v) => reference(request, v, config).eligible)
          .map((v) => v.id)
          .sort();
        expect(ranking.candidates.map((c) => c.id).sort()).toEqual(expected);
        expect(ranking.eligible).toBe(expected.length);
      }),
      { numRuns: 300 },
    );
  });

  it('names the same first failed filter as the reference', () => {
    fc.assert(
      fc.property(world, ({ volunteers, request, config }) => {
        const pool = createPool(volunteers);
        for (const v of volunteers) {
          const expected = reference(request, v, config);
          const answer = explainVolunteer(request, pool, v.id, config);
          if (expected.eligible) expect(answer?.eligible).toBe(true);
          else expect(answer?.eligible === false && answer.exclusion.filter).toBe(expected.filter);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('explains scores whose parts add up to the score, and match the reference', () => {
    fc.assert(
      fc.property(world, ({ volunteers, request, config }) => {
        const pool = createPool(volunteers);
        const ranking = rankCandidates(request, pool, { ...config, topK: 1000 });
        for (const candidate of ranking.candidates) {
          const sum = candidate.parts.reduce((total, part) => total + part.points, 0);
          expect(Math.abs(sum - candidate.score)).toBeLessThanOrEqual(1e-9);
          for (const part of candidate.parts) {
            expect(
              Math.abs(part.points - (part.name === 'recent' ? -1 : 1) * part.weight * part.value),
            ).toBeLessThanOrEqual(1e-12);
          }
          const expected = reference(
            request,
            volunteers.find((v) => v.id === candidate.id) as never,
            config,
          );
          expect(
            expected.eligible && Math.abs(expected.score - candidate.score),
          ).toBeLessThanOrEqual(1e-9);
        }
        // Highest score first.
        const scores = ranking.candidates.map((c) => c.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }),
      { numRuns: 300 },
    );
  });
});
