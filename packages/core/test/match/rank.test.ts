import { describe, expect, it } from 'vitest';
import {
  createPool,
  DEFAULT_MATCH_CONFIG,
  explainVolunteer,
  type MatchRequest,
  matchRequestSchema,
  rankCandidates,
  teamSchema,
  type Volunteer,
  type VolunteerInput,
  volunteerSchema,
} from '../../src/match';
import { generateRequests, generateVolunteers } from './generate';

// 崇文社区, Saturday 5 December 2026, 09:30–10:30 Beijing time: a haircut for an elderly resident.
const HOME = { lat: 27.1, lng: 114.98 };
const near = (km: number) => ({ lat: HOME.lat + km / 111.195, lng: HOME.lng });
const saturday = [{ day: 6, from: '09:00', to: '12:00' }];

const volunteer = (input: Partial<VolunteerInput> & { id: string; name: string }): Volunteer =>
  volunteerSchema.parse({
    skills: [{ name: '理发', level: 3 }],
    home: { community: '崇文社区', street: '文山街道', location: near(0.5) },
    availability: saturday,
    maxLoad: 2,
    ...input,
  });

const request: MatchRequest = matchRequestSchema.parse({
  id: 'wish-haircut',
  title: '为 86 岁独居老人上门理发',
  skills: [{ name: '理发' }],
  place: { community: '崇文社区', street: '文山街道', location: HOME },
  window: { start: '2026-12-05T09:30', end: '2026-12-05T10:30' },
});

const volunteers = [
  volunteer({
    id: 'v1',
    name: '王秀英',
    skills: [{ name: '理发', level: 4 }],
    home: { community: '崇文社区', location: near(1) },
    ratings: { average: 4.8, count: 10 },
  }),
  volunteer({
    id: 'v2',
    name: '李建国',
    skills: [{ name: '理发', level: 2 }],
    home: { community: '崇文社区' },
    availability: [{ day: 6, from: '08:00', to: '11:00' }],
    maxLoad: 3,
    currentLoad: 1,
    assignedAt: ['2026-12-01T19:00', '2026-12-03T19:00', '2026-11-20T10:00'],
  }),
  volunteer({ id: 'v3', name: '张丽华', skills: [{ name: '家电维修', level: 5 }] }),
  volunteer({
    id: 'v4',
    name: '刘志强',
    skills: [{ name: '理发', level: 5 }],
    home: { community: '湖滨社区', location: near(10) },
  }),
  volunteer({ id: 'v5', name: '陈桂兰', availability: [{ day: 7, from: '09:00', to: '12:00' }] }),
  volunteer({ id: 'v6', name: '杨海燕', currentLoad: 2 }),
  volunteer({ id: 'v7', name: '黄敏', exceptions: [{ date: '2026-12-05', available: false }] }),
];
const pool = createPool(volunteers);

describe('rankCandidates', () => {
  it('ranks the eligible volunteers by score and explains the near misses', () => {
    const ranking = rankCandidates(request, pool);
    expect(ranking.candidates.map((c) => [c.id, Number(c.score.toFixed(6))])).toEqual([
      ['v1', 0.768333],
      ['v2', 0.531667],
    ]);
    expect(ranking.eligible).toBe(2);
    // Near misses among the volunteers the indexes named, the one who passed most filters first.
    expect(ranking.excluded.map((e) => `${e.id} ${e.filter} ${e.code}`)).toEqual([
      'v6 load load_full',
      'v7 availability not_available',
    ]);
    expect(ranking.excludedBy).toEqual({
      skill: 0,
      certificate: 0,
      distance: 0,
      availability: 1,
      load: 1,
    });
  });

  it('names the filter that excludes each volunteer, whether or not an index named them', () => {
    const reasons = ['v3', 'v4', 'v5', 'v6', 'v7'].map((id) => {
      const answer = explainVolunteer(request, pool, id);
      return answer?.eligible === false
        ? `${id} ${answer.exclusion.filter} ${answer.exclusion.code}`
        : id;
    });
    expect(reasons).toEqual([
      'v3 skill skill_missing',
      'v4 distance too_far',
      'v5 availability not_available',
      'v6 load load_full',
      'v7 availability not_available',
    ]);
  });

  it('gives the score parts as data that add up to the score', () => {
    const [best] = rankCandidates(request, pool).candidates;
    expect(
      best?.parts.map(({ name, value, weight }) => [name, Number(value.toFixed(6)), weight]),
    ).toEqual([
      ['skill', 0.8, 0.35],
      ['distance', 0.8, 0.25],
      ['load', 1, 0.2],
      ['recent', 0, 0.1],
      ['rating', 0.883333, 0.1],
    ]);
    expect(best?.parts.reduce((sum, part) => sum + part.points, 0)).toBe(best?.score);
    expect(best?.distanceBasis).toBe('coordinates');
    expect(best?.availableMinutes).toBe(60);
  });

  it('explains in words, in zh-CN by default and in English', () => {
    const zh = rankCandidates(request, pool);
    const en = rankCandidates(request, pool, undefined, { locale: 'en' });
    expect(zh.candidates[1]?.text).toMatchInlineSnapshot(
      `"李建国：得分 0.532。技能 理发 2 级：+0.140；距离 0.0 公里（同一社区）：+0.250；当前负荷 1/3：+0.133；近 7 天接单 2 次：−0.067；暂无评分，按 4.0 计：+0.075"`,
    );
    expect(en.candidates[1]?.text).toMatchInlineSnapshot(
      `"李建国: score 0.532. skill 理发 level 2: +0.140; 0.0 km away (same community): +0.250; load 1 of 3: +0.133; 2 assignment(s) in the last 7 days: −0.067; not rated yet, counted as 4.0: +0.075"`,
    );
    expect(zh.excluded.map((e) => e.message)).toMatchInlineSnapshot(`
      [
        "杨海燕：未通过「负荷」筛选。当前已承担 2 项任务，达到上限 2 项。",
        "黄敏：未通过「时间」筛选。服务时间内只有 0 分钟有空，需要至少 60 分钟；可询问其是否愿意调整时间。",
      ]
    `);
    expect(en.excluded[0]?.message).toMatchInlineSnapshot(
      `"杨海燕: excluded by the load filter. Already has 2 open assignment(s), the limit of 2."`,
    );
  });

  it('returns at most topK candidates and explains at most explainExcluded', () => {
    const ranking = rankCandidates(request, pool, {
      ...DEFAULT_MATCH_CONFIG,
      topK: 1,
      explainExcluded: 2,
    });
    expect(ranking.candidates.map((c) => c.id)).toEqual(['v1']);
    expect(ranking.excluded.map((e) => e.filter)).toEqual(['load', 'availability']);
  });

  it('reports an expired certificate and a level below the minimum', () => {
    const strict = matchRequestSchema.parse({
      ...request,
      skills: [{ name: '理发', minLevel: 3, certificate: true }],
    });
    const certified = createPool([
      volunteer({
        id: 'c1',
        name: '赵芳',
        skills: [{ name: '理发', level: 4, certificateExpires: '2026-12-04' }],
      }),
      volunteer({
        id: 'c2',
        name: '孙磊',
        skills: [{ name: '理发', level: 2, certificateExpires: '2027-12-31' }],
      }),
      volunteer({
        id: 'c3',
        name: '周静',
        skills: [{ name: '理发', level: 3, certificateExpires: '2026-12-05' }],
      }),
      volunteer({ id: 'c4', name: '吴伟', skills: [{ name: '理发', level: 5 }] }),
    ]);
    const ranking = rankCandidates(strict, certified, undefined, { locale: 'en' });
    expect(ranking.candidates.map((c) => c.id)).toEqual(['c3']);
    const reasons = Object.fromEntries(ranking.excluded.map((e) => [e.id, e.message]));
    expect(reasons).toMatchInlineSnapshot(`
      {
        "c1": "赵芳: excluded by the certificate filter. The certificate for "理发" was valid until 2026-12-04 and has expired by the service date 2026-12-05. Remind the volunteer to renew it.",
        "c2": "孙磊: excluded by the skill filter. Has "理发" at level 2; at least level 3 is needed.",
        "c4": "吴伟: excluded by the certificate filter. "理发" needs a valid certificate and none is recorded. Ask the volunteer to add it.",
      }
    `);
  });

  it('offers a team as one unit when the request allows it', () => {
    const team = teamSchema.parse({ id: 'team-1', name: '湖滨社区"老班长"', maxLoad: 3 });
    const members = [
      volunteer({
        id: 'm1',
        name: '郭军',
        skills: [{ name: '陪伴老人', level: 4 }],
        team: 'team-1',
      }),
      volunteer({ id: 'm2', name: '何芳', skills: [{ name: '理发', level: 5 }], team: 'team-1' }),
      volunteer({ id: 'm3', name: '罗静', availability: [], team: 'team-1' }),
    ];
    const teamPool = createPool(members, [team]);
    const visit = matchRequestSchema.parse({
      ...request,
      skills: [{ name: '理发' }, { name: '陪伴老人' }],
      teamAllowed: true,
    });
    const ranking = rankCandidates(visit, teamPool);
    expect(ranking.candidates.map((c) => [c.kind, c.id, c.members])).toEqual([
      ['team', 'team-1', ['m1', 'm2']],
    ]);
    expect(ranking.candidates[0]?.parts[0]?.value).toBe((5 / 5 + 4 / 5) / 2);
    const noTeams = rankCandidates({ ...visit, teamAllowed: false }, teamPool);
    expect(noTeams.candidates).toEqual([]);
  });
});

describe('explainVolunteer', () => {
  it('answers "why not 刘志强?" with the filter and the numbers', () => {
    const answer = explainVolunteer(request, pool, 'v4', undefined, { locale: 'en' });
    expect(answer).toMatchObject({
      eligible: false,
      exclusion: { id: 'v4', filter: 'distance', code: 'too_far', params: { maxKm: 5 } },
    });
    if (answer?.eligible !== false) return;
    expect(Number(answer.exclusion.params.km)).toBeCloseTo(10, 4);
  });

  it('explains an eligible volunteer exactly as the ranking does', () => {
    const answer = explainVolunteer(request, pool, 'v2');
    expect(answer).toEqual({
      eligible: true,
      candidate: rankCandidates(request, pool).candidates[1],
    });
    expect(explainVolunteer(request, pool, 'nobody')).toBeUndefined();
  });
});

describe('indexes', () => {
  it('reads a small part of a large pool', () => {
    const large = createPool(generateVolunteers(20_000, 3));
    const [wish] = generateRequests(1, 4, { volunteers: 20_000 });
    const ranking = rankCandidates(wish as MatchRequest, large);
    expect(ranking.indexes.length).toBeGreaterThan(0);
    expect(ranking.examined).toBeLessThan(20_000 / 10);
  });
});
