import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { flowJsonSchema, parseFlow } from '../../src/flow';
import { haircutFlow, haircutFlowJson } from './match-step-fixture';

const issuesOf = (match: Record<string, unknown>, locale: 'zh-CN' | 'en' = 'zh-CN') => {
  const parsed = parseFlow(haircutFlowJson(match), { locale });
  return parsed.ok ? [] : parsed.issues.map(({ code, path, message }) => ({ code, path, message }));
};

const request = {
  skills: 'skill',
  place: 'community',
  window: { start: 'serviceAt', duration: 'PT1H' },
};

describe('the match step’s ranking configuration', () => {
  it('accepts fields or fixed values, and the engine’s weights and limits', () => {
    const step = haircutFlow({
      ranking: {
        request: {
          skills: [{ name: '理发', minLevel: 3 }, '陪伴老人'],
          place: { community: '尚德社区', street: '河东街道' },
          window: { start: 'serviceAt', duration: 'PT2H' },
          volunteersNeeded: 2,
          teamAllowed: true,
        },
        weights: { distance: 0.4 },
        distance: { maxKm: 3 },
        topK: 5,
      },
    }).steps.find((s) => s.id === 'match');
    // Defaults are not written into the definition: the step fills them in when it is built.
    expect(step).toMatchObject({ ranking: { weights: { distance: 0.4 }, distance: { maxKm: 3 } } });
    expect((step as unknown as { ranking: { weights: object } }).ranking.weights).toEqual({
      distance: 0.4,
    });
  });

  it('reports unknown fields with JSON pointers, in zh-CN and en', () => {
    const ranking = {
      request: {
        skills: 'skills',
        place: '尚德社区',
        window: { start: 'serviceAt', end: 'finish' },
      },
    };
    expect(issuesOf({ ranking }).map(({ code, path }) => [code, path])).toEqual([
      ['unknown_field', '/steps/1/ranking/request/skills'],
      ['unknown_field', '/steps/1/ranking/request/place'],
      ['unknown_field', '/steps/1/ranking/request/window/end'],
    ]);
    expect(issuesOf({ ranking })[1]?.message).toBe(
      '没有键为 "尚德社区" 的字段，请改为流程中某个表单的字段："serviceAt"、"community"、"skill"、"wish"。',
    );
    expect(issuesOf({ ranking }, 'en')[0]?.message).toMatch(/^There is no field "skills"/);
  });

  it('reports bad weights, limits and windows at their paths', () => {
    const issues = issuesOf({
      ranking: {
        request: { ...request, window: { start: 'serviceAt' }, volunteersNeeded: 0 },
        weights: { skil: 0.5, distance: -1 },
        distance: { unknown: 'maybe' },
        topK: 2.5,
      },
    });
    expect(issues.map(({ code, path }) => [code, path])).toEqual([
      ['too_small', '/steps/1/ranking/weights/distance'],
      ['unknown_property', '/steps/1/ranking/weights/skil'],
      ['not_an_integer', '/steps/1/ranking/topK'],
      ['invalid_value', '/steps/1/ranking/distance/unknown'],
      ['missing_property', '/steps/1/ranking/request/window/end'],
      ['too_small', '/steps/1/ranking/request/volunteersNeeded'],
    ]);
  });

  it('is in the published JSON Schema without demanding the defaulted properties', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema({ $id: 'https://yizhan.dev/schemas/form.schema.json', type: 'object' });
    const validate = ajv.compile(flowJsonSchema());
    expect(validate(haircutFlowJson({ ranking: { request, weights: { load: 0.3 } } }))).toBe(true);
    expect(validate(haircutFlowJson({ ranking: { request, weight: {} } }))).toBe(false);
    expect(validate(haircutFlowJson({ ranking: { weights: {} } }))).toBe(false);
  });
});
