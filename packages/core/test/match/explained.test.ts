import { describe, expect, it } from 'vitest';
import { createPool, explainVolunteer, rankCandidates } from '../../src/match';
import { localizeCandidate, localizeExclusion } from '../../src/match/explain';
import { generateRequests, generateTeams, generateVolunteers } from './generate';

// Candidates and exclusions build their words on first read (explained.ts). These tests
// check that nothing a caller can observe differs from the plain objects they replace.
const teams = generateTeams(20, 3);
const pool = createPool(generateVolunteers(3_000, 4, teams), teams);
const requests = generateRequests(30, 5, { volunteers: 3_000 }).map((request, i) =>
  i % 3 === 0 ? { ...request, teamAllowed: true } : request,
);

const CANDIDATE_KEYS = [
  'kind',
  'id',
  'name',
  'score',
  'parts',
  'distanceKm',
  'distanceBasis',
  'availableMinutes',
];
const PART_KEYS = ['name', 'value', 'weight', 'points', 'params', 'text'];
const EXCLUSION_KEYS = ['kind', 'id', 'name', 'filter', 'code', 'params', 'message'];

describe('explanations built on first read', () => {
  it('have the keys of plain objects, in the same order, for JSON and spreading', () => {
    let teamsSeen = 0;
    for (const request of requests) {
      const ranking = rankCandidates(request, pool);
      for (const candidate of ranking.candidates) {
        const keys = candidate.members
          ? [...CANDIDATE_KEYS, 'members', 'text']
          : [...CANDIDATE_KEYS, 'text'];
        if (candidate.members) teamsSeen += 1;
        expect(Object.keys(candidate)).toEqual(keys);
        expect(Object.keys(JSON.parse(JSON.stringify(candidate)))).toEqual(keys);
        expect(Object.keys({ ...candidate })).toEqual(keys);
        for (const part of candidate.parts) expect(Object.keys(part)).toEqual(PART_KEYS);
      }
      for (const exclusion of ranking.excluded) {
        expect(Object.keys(exclusion)).toEqual(EXCLUSION_KEYS);
        expect(Object.keys(JSON.parse(JSON.stringify(exclusion)))).toEqual(EXCLUSION_KEYS);
      }
    }
    // Teams (with `members`) are among the candidates checked.
    expect(teamsSeen).toBeGreaterThan(0);
  });

  it('give the same words as an eager build, whichever is read first', () => {
    for (const [i, request] of requests.entries()) {
      const locale = i % 2 === 0 ? 'zh-CN' : 'en';
      const textFirst = rankCandidates(request, pool, undefined, { locale });
      const partsFirst = rankCandidates(request, pool, undefined, { locale });
      for (const candidate of textFirst.candidates) expect(candidate.text).not.toBe('');
      for (const candidate of partsFirst.candidates)
        for (const part of candidate.parts) expect(part.text).not.toBe('');
      // localizeCandidate builds every text at once, as the engine did before.
      const eager = textFirst.candidates.map((candidate) => localizeCandidate(candidate, locale));
      expect(JSON.stringify(textFirst.candidates)).toBe(JSON.stringify(eager));
      expect(JSON.stringify(partsFirst.candidates)).toBe(JSON.stringify(eager));
      expect(textFirst.candidates).toEqual(eager);
      const eagerExcluded = textFirst.excluded.map((e) => localizeExclusion(e, locale));
      expect(JSON.stringify(textFirst.excluded)).toBe(JSON.stringify(eagerExcluded));
      expect(textFirst.excluded).toEqual(eagerExcluded);
    }
  });

  it('build the parts once and keep them', () => {
    const ranking = requests
      .map((request) => rankCandidates(request, pool))
      .find((some) => some.candidates.length > 0);
    const candidate = ranking?.candidates[0];
    expect(candidate).toBeDefined();
    expect(candidate?.parts).toBe(candidate?.parts);
    expect(candidate?.parts[0]).toBe(candidate?.parts[0]);
  });

  it('read nothing a later check changes (explainVolunteer and the ranking agree)', () => {
    const request = requests[2] as (typeof requests)[number];
    const ranking = rankCandidates(request, pool);
    // The ranking's last checks (near misses) ran after its candidates were made.
    for (const candidate of ranking.candidates) {
      const alone = explainVolunteer(request, pool, candidate.id);
      expect(alone?.eligible && JSON.stringify(alone.candidate)).toBe(JSON.stringify(candidate));
    }
    for (const exclusion of ranking.excluded) {
      const alone = explainVolunteer(request, pool, exclusion.id);
      expect(alone?.eligible === false && alone.exclusion.message).toBe(exclusion.message);
    }
  });
});
