import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MATCH_CONFIG,
  matchConfigSchema,
  parseMatchConfig,
  parseMatchRequest,
  parseMatchRequests,
  parseTeams,
  parseVolunteers,
} from '../../src/match';

const volunteer = {
  id: 'v1',
  name: '王秀英',
  skills: [{ name: '理发', level: 4 }],
  home: { community: '崇文社区', street: '文山街道' },
  availability: [{ day: 6, from: '09:00', to: '12:00' }],
  maxLoad: 2,
  phone: '13800000000',
};

const request = {
  id: 'wish-1',
  skills: [{ name: '理发' }],
  place: { community: '崇文社区' },
  window: { start: '2026-12-05T09:30', end: '2026-12-05T10:30' },
};

describe('parseVolunteers', () => {
  it('accepts records, applies defaults and drops fields the engine does not use', () => {
    const result = parseVolunteers([volunteer]);
    expect(result).toEqual({
      ok: true,
      value: [
        {
          id: 'v1',
          name: '王秀英',
          skills: [{ name: '理发', level: 4 }],
          home: { community: '崇文社区', street: '文山街道' },
          availability: [{ day: 6, from: '09:00', to: '12:00' }],
          exceptions: [],
          maxLoad: 2,
          currentLoad: 0,
          assignedAt: [],
        },
      ],
    });
  });

  it('reports every problem with its JSON pointer, as data', () => {
    const result = parseVolunteers([
      {
        ...volunteer,
        skills: [{ name: '理发', level: 7, certificateExpires: '2026-02-30' }],
        availability: [
          { day: 1, from: '21:00', to: '18:30' },
          { day: 2, from: '8:00', to: '10:00' },
        ],
        exceptions: [{ date: '2026-12-01', available: false, from: '09:00' }],
      },
      { ...volunteer, maxLoad: 1.5 },
      { ...volunteer, id: 'v2', name: undefined },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(({ code, path }) => `${code} ${path}`)).toEqual([
      'too_big /0/skills/0/level',
      'invalid_date /0/skills/0/certificateExpires',
      'time_range_reversed /0/availability/0/to',
      'invalid_time_of_day /0/availability/1/from',
      'time_range_incomplete /0/exceptions/0/to',
      'not_an_integer /1/maxLoad',
      'missing_property /2/name',
    ]);
  });

  it('refuses duplicate ids once the records themselves are valid', () => {
    const result = parseVolunteers([volunteer, volunteer], { locale: 'en' });
    expect(result).toMatchObject({
      ok: false,
      issues: [
        {
          code: 'duplicate_id',
          path: '/1/id',
          message: 'The id "v1" is used twice (first at /0/id). Every record needs its own id.',
        },
      ],
    });
  });

  it('says how to fix a problem, in zh-CN by default and in English on request', () => {
    const bad = [{ ...volunteer, availability: [{ day: 1, from: '25:00', to: '26:00' }] }];
    const zh = parseVolunteers(bad);
    const en = parseVolunteers(bad, { locale: 'en' });
    expect(zh.ok || zh.issues[0]?.message).toMatchInlineSnapshot(
      `"时间 "25:00" 无效，请写成 24 小时制的 "HH:MM"，例如 "08:30"。"`,
    );
    expect(en.ok || en.issues[0]?.message).toMatchInlineSnapshot(
      `"The time "25:00" is not valid. Write it as 24-hour "HH:MM", for example "08:30"."`,
    );
  });

  it('refuses what is not a list', () => {
    expect(parseVolunteers({ volunteers: [] })).toMatchObject({
      ok: false,
      issues: [
        { code: 'invalid_type', path: '', params: { expected: 'array', received: 'object' } },
      ],
    });
  });
});

describe('parseMatchRequest', () => {
  it('accepts a micro-wish with defaults: one volunteer, no team, level 1, no certificate', () => {
    const result = parseMatchRequest(request);
    expect(result).toEqual({
      ok: true,
      value: {
        ...request,
        skills: [{ name: '理发', minLevel: 1, certificate: false }],
        volunteersNeeded: 1,
        teamAllowed: false,
      },
    });
  });

  it('refuses a window that ends before it starts, and a time that is not ISO', () => {
    const reversed = parseMatchRequest({
      ...request,
      window: { start: '2026-12-05T10:30+08:00', end: '2026-12-05T01:30Z' },
    });
    expect(reversed).toMatchObject({
      ok: false,
      issues: [{ code: 'window_reversed', path: '/window/end' }],
    });
    const garbled = parseMatchRequest({
      ...request,
      window: { start: 'tomorrow', end: request.window.end },
    });
    expect(garbled).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_datetime', path: '/window/start' }],
    });
  });

  it('checks batches for unique ids', () => {
    const result = parseMatchRequests([request, request]);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'duplicate_id', path: '/1/id' }] });
  });
});

describe('parseTeams', () => {
  it('accepts a team with its own load limit', () => {
    expect(parseTeams([{ id: 't1', name: '湖滨社区"老班长"服务队', maxLoad: 3 }])).toEqual({
      ok: true,
      value: [
        { id: 't1', name: '湖滨社区"老班长"服务队', maxLoad: 3, currentLoad: 0, assignedAt: [] },
      ],
    });
  });
});

describe('matchConfigSchema', () => {
  it('makes {} (and nothing) a complete configuration', () => {
    expect(matchConfigSchema.parse(undefined)).toEqual(DEFAULT_MATCH_CONFIG);
    expect(DEFAULT_MATCH_CONFIG).toEqual({
      weights: { skill: 0.35, distance: 0.25, load: 0.2, recent: 0.1, rating: 0.1 },
      topK: 10,
      distance: { maxKm: 5, sameStreetKm: 2, unknown: 'exclude', unknownKm: 5 },
      availability: { minOverlapMinutes: 60 },
      recent: { days: 7, saturation: 3 },
      rating: { prior: 4, priorWeight: 5 },
      explainExcluded: 10,
    });
  });

  it('keeps the defaults a partial configuration leaves out', () => {
    const result = parseMatchConfig({ weights: { distance: 0.5 }, distance: { maxKm: 3 } });
    expect(result.ok && result.value.weights).toEqual({
      ...DEFAULT_MATCH_CONFIG.weights,
      distance: 0.5,
    });
    expect(result.ok && result.value.distance).toEqual({
      ...DEFAULT_MATCH_CONFIG.distance,
      maxKm: 3,
    });
  });

  it('refuses unknown keys and out-of-range values, so a typo in a flow does not pass silently', () => {
    const result = parseMatchConfig({
      weights: { skil: 1, load: -1 },
      distance: { unknown: 'maybe' },
    });
    expect(result.ok ? [] : result.issues.map(({ code, path }) => `${code} ${path}`)).toEqual([
      'too_small /weights/load',
      'unknown_property /weights',
      'invalid_value /distance/unknown',
    ]);
  });
});
