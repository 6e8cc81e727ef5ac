// The expression language: parsing and type-checking a condition, and evaluating it,
// beside the same condition written as a hand-written closure (the floor an interpreter
// is compared with).
import { bench, describe } from 'vitest';
import { evaluateCondition, parseExpression, exprTypes as t } from '../src/expr';

const source = "age(birthDate) >= 60 and category in ['elderly-children', 'child-care']";
const env = { fields: { birthDate: t.date, category: t.string } };
const parsed = parseExpression(source, env);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const expression = parsed.value;
const context = {
  data: { birthDate: '1950-04-01', category: 'child-care' },
  now: new Date('2026-11-28T04:00:00Z'),
  timeZone: 'Asia/Shanghai',
};
const handWritten = (data: { birthDate: string; category: string }) =>
  2026 - Number(data.birthDate.slice(0, 4)) - (data.birthDate.slice(5) > '11-28' ? 1 : 0) >= 60 &&
  ['elderly-children', 'child-care'].includes(data.category);

describe('evaluate a condition', () => {
  bench('baseline: hand-written closure', () => {
    handWritten(context.data);
  });
  bench('evaluateCondition (interpreted)', () => {
    evaluateCondition(expression, context);
  });
});

describe('parse and type-check a condition', () => {
  bench('parseExpression', () => {
    parseExpression(source, env);
  });
});
