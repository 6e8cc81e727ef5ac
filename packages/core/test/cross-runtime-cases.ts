// The same 120 generated (definition, answers) pairs in every runtime, and their results,
// so a Node test and a Chromium test can both compare against one committed file.
import fc from 'fast-check';
import { compileForm } from '../src/form';
import { answersArbitrary, formDefinitionArbitrary } from './arbitraries';

const clock = { now: new Date('2026-11-28T04:00:00Z'), timeZone: 'Asia/Shanghai' };

/** Validates the fixed sample and returns what came out, as JSON text. */
export function crossRuntimeResults(): string {
  const cases = fc.sample(
    formDefinitionArbitrary.chain((definition) =>
      fc.tuple(fc.constant(definition), answersArbitrary(definition)),
    ),
    { seed: 20261128, numRuns: 120 },
  );
  const results = cases.map(([definition, answers], index) => {
    const form = compileForm(definition);
    const locale = index % 2 === 0 ? 'zh-CN' : 'en';
    const result = form.validate(answers, { ...clock, locale });
    const state = form.liveState(answers, clock);
    return { result, items: [...state.items], values: state.values };
  });
  return `${JSON.stringify(results, null, 1)}\n`;
}
