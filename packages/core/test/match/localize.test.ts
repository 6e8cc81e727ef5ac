import { describe, expect, it } from 'vitest';
import { createPool, rankCandidates } from '../../src/match';
import { localizeCandidate, localizeExclusion } from '../../src/match/explain';
import { generateRequests, generateTeams, generateVolunteers } from './generate';

describe('localizeCandidate and localizeExclusion', () => {
  it('give the texts a ranking made in the other locale has, from the data alone', () => {
    const teams = generateTeams(20, 3);
    const pool = createPool(generateVolunteers(3_000, 4, teams), teams);
    let candidates = 0;
    let exclusions = 0;
    for (const request of generateRequests(40, 5, { volunteers: 3_000 })) {
      const zh = rankCandidates(request, pool, undefined, { locale: 'zh-CN' });
      const en = rankCandidates(request, pool, undefined, { locale: 'en' });
      expect(zh.candidates.map((c) => localizeCandidate(c, 'en'))).toEqual(en.candidates);
      expect(en.candidates.map((c) => localizeCandidate(c, 'zh-CN'))).toEqual(zh.candidates);
      expect(zh.excluded.map((e) => localizeExclusion(e, 'en'))).toEqual(en.excluded);
      candidates += zh.candidates.length;
      exclusions += zh.excluded.length;
    }
    // The data set is not empty: most requests have candidates and near misses.
    expect(candidates).toBeGreaterThan(200);
    expect(exclusions).toBeGreaterThan(200);
  });
});
