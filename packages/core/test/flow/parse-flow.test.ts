import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLOW_MESSAGE_CODES, formatFlowMessage, parseFlow } from '../../src/flow';
import { microWishJson } from './micro-wish';

const fixtures = join(import.meta.dirname, 'fixtures');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('parseFlow', () => {
  it('accepts the micro-wish flow, resolves its forms and fills in the start', () => {
    const result = parseFlow(microWishJson);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.start).toBe('request');
    expect(result.value.forms.map((form) => form.id)).toEqual(['wish-request', 'wish-rating']);
    expect(result.value.steps.map((step) => `${step.type}:${step.id}`)).toEqual([
      'form:request',
      'approval:review',
      'match:match',
      'serve:serve',
      'evaluate:evaluate',
      'branch:thanks',
      'notify:praise',
      'end:done',
      'end:rejected',
      'end:expired',
    ]);
  });

  it('resolves a form given by reference from the forms option', () => {
    const [request, rating] = microWishJson.forms as { id: string }[];
    const document = { ...microWishJson, forms: [{ ref: 'wish-request' }, rating] };
    expect(parseFlow(document).ok).toBe(false);
    const parsed = parseFlow(document, { forms: { 'wish-request': request as never } });
    expect(parsed.ok).toBe(true);
    const missing = parseFlow(document, { locale: 'en' });
    expect(missing).toMatchObject({
      ok: false,
      issues: [
        {
          code: 'unresolved_form',
          path: '/forms/0/ref',
          message:
            'The referenced form "wish-request" was not supplied. Pass it in the forms option of parseFlow.',
        },
      ],
    });
  });

  const invalid = readdirSync(join(fixtures, 'invalid')).filter((name) => name.endsWith('.json'));
  it.each(invalid)('reports the rule broken by fixtures/invalid/%s', (name) => {
    const { definition, expected } = readJson(join(fixtures, 'invalid', name)) as {
      definition: unknown;
      expected: { code: string; path: string }[];
    };
    for (const locale of ['zh-CN', 'en'] as const) {
      const result = parseFlow(definition, { locale });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual(expected);
      for (const issue of result.issues) expect(issue.message).not.toBe(issue.code);
    }
  });

  it('says how to fix an unknown step, in both locales', () => {
    const document = structuredClone(microWishJson) as { steps: Record<string, unknown>[] };
    (document.steps[1] as Record<string, unknown>).reject = 'refused';
    const en = parseFlow(document, { locale: 'en' });
    const zh = parseFlow(document);
    expect(en.ok || en.issues[0]?.message).toBe(
      'There is no step "refused". Use one of: "request", "review", "match", "serve", "evaluate", "thanks", "praise", "done", "rejected", "expired".',
    );
    expect(zh.ok || zh.issues[0]?.message).toBe(
      '没有 id 为 "refused" 的步骤，请改为以下之一："request"、"review"、"match"、"serve"、"evaluate"、"thanks"、"praise"、"done"、"rejected"、"expired"。',
    );
  });

  it('explains JSON syntax errors and documents that are not objects', () => {
    expect(parseFlow('{"schemaVersion": 1,', { locale: 'en' })).toMatchObject({
      ok: false,
      issues: [{ code: 'not_json', path: '' }],
    });
    expect(parseFlow([1, 2])).toMatchObject({
      ok: false,
      issues: [{ code: 'not_a_flow', path: '' }],
    });
    expect(parseFlow({ ...microWishJson, schemaVersion: 2 })).toMatchObject({
      ok: false,
      issues: [{ code: 'unsupported_schema_version', path: '/schemaVersion' }],
    });
  });

  it('has a zh-CN and an en message for every flow code', () => {
    for (const code of FLOW_MESSAGE_CODES) {
      const params = { step: 's', allowed: ['a'], received: 'x', open: [], roles: [] };
      const zh = formatFlowMessage(code, params, 'zh-CN');
      const en = formatFlowMessage(code, params, 'en');
      expect(zh).not.toBe(en);
      expect(en).not.toBe(code);
    }
  });
});
