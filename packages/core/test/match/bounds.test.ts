// The ranking's shortcuts must not change its outcome: the distance bounds of map cells and
// teams (geo.ts), and the top-k cut-off that skips volunteers whose score cannot reach the
// list. Checked against a full scan that runs the exact filters and score on everyone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createPool,
  DEFAULT_MATCH_CONFIG,
  haversineKm,
  type MatchConfig,
  type MatchRequest,
  rankCandidates,
} from '../../src/match';
import {
  checkVolunteer,
  type PartValues,
  prepareRequest,
  scoreVolunteer,
} from '../../src/match/evaluate';
import { boxOf, kmToBox } from '../../src/match/geo';
import { generateRequests, generateVolunteers } from './generate';

const latitude = fc.double({ min: -89.9, max: 89.9, noNaN: true });
const longitude = fc.double({ min: -180, max: 180, noNaN: true });

describe('kmToBox', () => {
  it('bounds the distance to every point of the box, near or far, small box or wide', () => {
    fc.assert(
      fc.property(
        latitude,
        longitude,
        fc.array(fc.tuple(latitude, longitude), { minLength: 1, maxLength: 6 }),
        fc.double({ min: 1e-4, max: 1, noNaN: true }),
        (lat, lng, offsets, spread) => {
          // Points around a corner of the world, some boxes tiny and some a hemisphere wide.
          const [baseLat, baseLng] = offsets[0] as [number, number];
          const points = offsets.map(([a, b]) => [
            Math.max(-90, Math.min(90, baseLat + (a - baseLat) * spread)),
            Math.max(-180, Math.min(180, baseLng + (b - baseLng) * spread)),
          ]);
          const box = boxOf(
            Float64Array.from(points, (p) => p[0] as number),
            Float64Array.from(points, (p) => p[1] as number),
            points.map((_, i) => i),
          );
          const low = kmToBox(lat, lng, box, false);
          const high = kmToBox(lat, lng, box, true);
          for (const [a, b] of points) {
            const km = haversineKm(lat, lng, a as number, b as number);
            expect(km).toBeGreaterThanOrEqual(low - 1e-6);
            expect(km).toBeLessThanOrEqual(high + 1e-6);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('is exact for a box of one point', () => {
    const box = boxOf(Float64Array.of(27.1), Float64Array.of(114.98), [0]);
    const km = haversineKm(27.12, 114.95, 27.1, 114.98);
    expect(kmToBox(27.12, 114.95, box, false)).toBeCloseTo(km, 9);
    expect(kmToBox(27.12, 114.95, box, true)).toBeCloseTo(km, 9);
  });
});

// About 4,000 volunteers in eight communities ~2.5 km apart: map cells wholly within reach,
// wholly beyond it, and cut by the limit, with hundreds of eligible volunteers per request.
const volunteers = generateVolunteers(4_000, 7);
const pool = createPool(volunteers);
const requests = generateRequests(200, 8, { volunteers: 4_000 });

/** The exact filters and score on every volunteer, best first (ties: pool order). */
function fullScan(request: MatchRequest, config: MatchConfig, topK: number) {
  const ctx = prepareRequest(request, pool, config);
  const values: PartValues = { skill: 0, distance: 0, load: 0, recent: 0, rating: 0 };
  const found: { v: number; score: number }[] = [];
  for (let v = 0; v < pool.volunteers.length; v += 1) {
    if (checkVolunteer(ctx, v) === 0) found.push({ v, score: scoreVolunteer(ctx, v, values) });
  }
  found.sort((a, b) => b.score - a.score || a.v - b.v);
  return {
    eligible: found.length,
    top: found.slice(0, topK).map(({ v, score }) => [pool.volunteers[v]?.id, score]),
  };
}

describe('rankCandidates with distance bounds and the top-k cut-off', () => {
  it('finds the same top k and the same number of eligible volunteers as a full scan', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: requests.length - 1 }),
        fc.record({
          maxKm: fc.double({ min: 0.2, max: 9, noNaN: true }),
          unknown: fc.constantFrom('allow' as const, 'exclude' as const),
          topK: fc.integer({ min: 1, max: 40 }),
          distance: fc.double({ min: 0, max: 3, noNaN: true }),
          load: fc.double({ min: 0, max: 1, noNaN: true }),
          minOverlapMinutes: fc.integer({ min: 15, max: 120 }),
        }),
        (r, c) => {
          const config: MatchConfig = {
            ...DEFAULT_MATCH_CONFIG,
            topK: c.topK,
            weights: { ...DEFAULT_MATCH_CONFIG.weights, distance: c.distance, load: c.load },
            distance: { ...DEFAULT_MATCH_CONFIG.distance, maxKm: c.maxKm, unknown: c.unknown },
            availability: { minOverlapMinutes: c.minOverlapMinutes },
          };
          const request = { ...(requests[r] as MatchRequest), teamAllowed: false };
          const ranking = rankCandidates(request, pool, config);
          const expected = fullScan(request, config, c.topK);
          expect(ranking.eligible).toBe(expected.eligible);
          expect(ranking.candidates.map((candidate) => [candidate.id, candidate.score])).toEqual(
            expected.top,
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
