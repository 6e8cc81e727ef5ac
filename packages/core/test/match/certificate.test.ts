// The certificate filter at its boundary. A certificate valid "until 2026-12-05" is valid to
// the end of that day, 24:00 Beijing time (2026-12-05T16:00Z); a service window may end at
// that instant, not one millisecond later.
import { describe, expect, it } from 'vitest';
import {
  assignBatch,
  createPool,
  explainVolunteer,
  type MatchRequest,
  matchRequestSchema,
  rankCandidates,
  teamSchema,
  volunteerSchema,
} from '../../src/match';

const HOME = { lat: 27.1, lng: 114.98 };

// 赵芳, a counsellor whose certificate for 心理咨询 runs until 2026-12-05, free on Saturday
// 2026-12-05 from 20:00 to midnight and on Sunday from midnight to 02:00.
const counsellor = volunteerSchema.parse({
  id: 'c1',
  name: '赵芳',
  skills: [{ name: '心理咨询', level: 4, certificateExpires: '2026-12-05' }],
  home: { community: '崇文社区', street: '文山街道', location: HOME },
  availability: [
    { day: 6, from: '20:00', to: '24:00' },
    { day: 7, from: '00:00', to: '02:00' },
  ],
  maxLoad: 2,
  team: 'team-1',
});
const team = teamSchema.parse({ id: 'team-1', name: '崇文社区心理援助队', maxLoad: 2 });
const pool = createPool([counsellor], [team]);

/** An evening visit that starts at 22:00 and ends at `end`. */
const visit = (end: string): MatchRequest =>
  matchRequestSchema.parse({
    id: `wish-${end}`,
    title: '独居老人夜间心理疏导',
    skills: [{ name: '心理咨询', minLevel: 3, certificate: true }],
    place: { community: '崇文社区', street: '文山街道', location: HOME },
    window: { start: '2026-12-05T22:00+08:00', end },
    teamAllowed: true,
  });

/**
 * Whether the volunteer and the team are candidates, the volunteer's exclusion code, and how
 * many places a batch fills (one: the volunteer and the team tie, either may take it).
 */
function outcome(request: MatchRequest) {
  const ranking = rankCandidates(request, pool, undefined, { locale: 'en' });
  const answer = explainVolunteer(request, pool, 'c1', undefined, { locale: 'en' });
  const batch = assignBatch([request], pool);
  return {
    candidates: ranking.candidates.map((c) => c.id),
    eligible: ranking.eligible,
    code: answer?.eligible === false ? answer.exclusion.code : 'eligible',
    filled: batch.filled,
  };
}

describe('certificate expiry at the end of the service window', () => {
  it('accepts a window that ends exactly when the certificate expires (24:00 Beijing time)', () => {
    const expected = {
      candidates: ['c1', 'team-1'],
      eligible: 2,
      code: 'eligible',
      filled: 1,
    };
    expect(outcome(visit('2026-12-06T00:00:00.000+08:00'))).toEqual(expected);
    // The same instant written in UTC and without an offset (Beijing time).
    expect(outcome(visit('2026-12-05T16:00:00Z'))).toEqual(expected);
    expect(outcome(visit('2026-12-06T00:00'))).toEqual(expected);
  });

  it('accepts a window that ends one millisecond before', () => {
    expect(outcome(visit('2026-12-05T23:59:59.999+08:00'))).toEqual({
      candidates: ['c1', 'team-1'],
      eligible: 2,
      code: 'eligible',
      filled: 1,
    });
  });

  it('refuses a window that ends one millisecond after, and says when it expired', () => {
    const late = visit('2026-12-06T00:00:00.001+08:00');
    expect(outcome(late)).toEqual({
      candidates: [],
      eligible: 0,
      code: 'certificate_expired',
      filled: 0,
    });
    const answer = explainVolunteer(late, pool, 'c1', undefined, { locale: 'en' });
    expect(answer?.eligible === false && answer.exclusion).toMatchObject({
      filter: 'certificate',
      params: { skill: '心理咨询', expires: '2026-12-05', serviceDate: '2026-12-06' },
    });
    const teamAnswer = explainVolunteer(late, pool, 'team-1');
    expect(teamAnswer?.eligible === false && teamAnswer.exclusion.code).toBe('certificate_expired');
    const ranking = rankCandidates(late, pool);
    expect(ranking.excludedBy.certificate).toBe(2);
  });
});
