import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileForm, parseForm } from '../src/form';
import { answersArbitrary, formDefinitionArbitrary } from './arbitraries';

const clock = { now: new Date('2026-11-28T04:00:00Z'), timeZone: 'Asia/Shanghai' };
const generated = formDefinitionArbitrary.chain((definition) =>
  fc.tuple(fc.constant(definition), answersArbitrary(definition)),
);

describe('forms, for any valid definition and any answers', () => {
  it('parseForm accepts every generated definition', () => {
    fc.assert(
      fc.property(formDefinitionArbitrary, (definition) => {
        const result = parseForm(definition, { locale: 'en' });
        expect(result.ok ? [] : result.issues).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('validate never throws, and returns cleaned data or issues with pointers and messages', () => {
    fc.assert(
      fc.property(generated, ([definition, answers]) => {
        const result = compileForm(definition).validate(answers, { ...clock, locale: 'en' });
        if (result.ok) {
          expect(typeof result.value).toBe('object');
          return;
        }
        for (const issue of result.issues) {
          expect(issue.path).toMatch(/^(\/[A-Za-z0-9_]+)+$|^\/r\d+\/\d+\/x$/);
          expect(issue.message.length).toBeGreaterThan(0);
          expect(issue.message).not.toBe(issue.code);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never requires a hidden field, in the live state or in validation', () => {
    fc.assert(
      fc.property(generated, ([definition, answers]) => {
        const form = compileForm(definition);
        const state = form.liveState(answers, clock);
        for (const item of state.items.values())
          if (!item.visible) expect(item.required).toBe(false);
        const result = form.validate(answers, clock);
        if (result.ok) return;
        for (const issue of result.issues) {
          if (issue.code !== 'required' && issue.code !== 'must_be_checked') continue;
          expect(state.items.get(issue.path)?.visible).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps no answer of a hidden field and no unknown key in cleaned data', () => {
    fc.assert(
      fc.property(generated, ([definition, answers]) => {
        const form = compileForm(definition);
        const result = form.validate(answers, clock);
        if (!result.ok) return;
        const state = form.liveState(answers, clock);
        for (const key of Object.keys(result.value))
          expect(state.items.get(`/${key}`)?.visible).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('validates its own cleaned data as valid, unchanged', () => {
    fc.assert(
      fc.property(generated, ([definition, answers]) => {
        const form = compileForm(definition);
        const first = form.validate(answers, clock);
        if (!first.ok) return;
        expect(form.validate(first.value, clock)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });
});
