import { describe, expect, it } from 'vitest';
import {
  type EvalContext,
  type ExprEnvironment,
  evaluate,
  evaluateCondition,
  parseExpression,
  t,
} from '../../src/expr';
import { data, formEnv, NOW, rowEnv } from './environment';

/** Parses (failing the test on any issue) and evaluates. */
function run(source: string, context: Partial<EvalContext> = {}, env: ExprEnvironment = formEnv) {
  const parsed = parseExpression(source, env, { locale: 'en' });
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('\n'));
  return evaluate(parsed.value, { data, now: NOW, ...context });
}

describe('evaluate: literals and fields', () => {
  it.each([
    ['12', 12],
    ['3.5', 3.5],
    ['1e3', 1000],
    ["'abc'", 'abc'],
    ['"abc"', 'abc'],
    ["'it\\'s'", "it's"],
    ["'a\\\\b'", 'a\\b'],
    ["'line\\nnext\\ttab'", 'line\nnext\ttab'],
    ["'\\d'", '\\d'],
    ['true', true],
    ['false', false],
    ['null', null],
    ["[1, 2, 'a']", [1, 2, 'a']],
    ['[]', []],
    ['name', '王秀英'],
    ['address.building', 5],
    ['$form.age', 73],
    ['items.qty', [3, 2, null]],
    ['items.tags', ['vegetable', 'vegetable', 'leafy']],
    ['extra.note', 'call first'],
    ['extra.missing', null],
  ])('%s gives %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });

  it('reads an empty text answer and a missing answer as null', () => {
    expect(run('guardianPhone')).toBe(null);
    expect(run('guardianPhone == null')).toBe(true);
    expect(run('name', { data: {} })).toBe(null);
  });

  it('reads a value of another type than declared as null', () => {
    const odd = {
      ...data,
      name: 42,
      age: '73',
      consent: 'yes',
      visitDate: '2026-13-01',
      skills: 'x',
    };
    expect(run('name', { data: odd })).toBe(null);
    expect(run('age', { data: odd })).toBe(null);
    expect(run('consent', { data: odd })).toBe(null);
    expect(run('visitDate', { data: odd })).toBe(null);
    expect(run('skills', { data: odd })).toBe(null);
    expect(run('len(name) > 1', { data: odd })).toBe(false);
    expect(run('items.qty', { data: { items: [{ qty: 'x' }, 5, null, { qty: 4 }] } })).toEqual([
      null,
      null,
      null,
      4,
    ]);
  });

  it('reads only own properties of the data', () => {
    expect(run('extra.constructor')).toBe(null);
    expect(run('extra.toString', { data: { extra: {} } })).toBe(null);
  });
});

describe('evaluate: operators', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['12 / 4 / 3', 1],
    ['7 % 3', 1],
    ['-7 % 3', -1],
    ['-2 * 3', -6],
    ['- -2', 2],
    ["'莴笋' + '3斤'", '莴笋3斤'],
    ['1 / 0', null],
    ['1 % 0', null],
    ['age + null', null],
    ['null * 2', null],
    ['-null', null],
    ['1e308 * 10', null],
    ['age >= 60', true],
    ['age < 60', false],
    ['age <= 73 and age >= 73', true],
    ['age > 73', false],
    ["name == '王秀英'", true],
    ["name != '王秀英'", false],
    ["'abc' < 'abd'", true],
    ["visitDate > '2026-11-30'", true],
    ["visitTime < '10:00'", true],
    ["submittedAt == '2026-11-29T01:00:00+08:00'", true],
    ["submittedAt < '2026-11-29T01:00:01+08:00'", true],
    ['visitDate > submittedAt', true],
    ['[1, 2] == [1, 2]', true],
    ['[1, 2] == [2, 1]', false],
    ['address == address', true],
    ["category in ['elderly-children', 'child-care']", true],
    ["category in ['child-care']", false],
    ["'driving' in skills", true],
    ["skills contains 'first-aid'", true],
    ["skills contains 'cooking'", false],
    ["name contains '秀'", true],
    ["name contains '张'", false],
    ['not consent', false],
    ['not not consent', true],
    ['not age > 80', true],
    ['consent and age > 60', true],
    ['consent and age > 80', false],
    ['age > 80 or consent', true],
    ['age > 80 or not consent', false],
    ['true or false and false', true],
    ['(true or false) and false', false],
  ])('%s gives %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });

  it('makes comparisons other than == and != with null false', () => {
    for (const op of ['<', '<=', '>', '>=']) {
      expect(run(`age ${op} null`)).toBe(false);
      expect(run(`null ${op} age`)).toBe(false);
      expect(run(`hours ${op} 1`, { data: {} })).toBe(false);
    }
    expect(run('null in [1, null]')).toBe(false);
    expect(run('1 in null')).toBe(false);
    expect(run('skills contains null')).toBe(false);
    expect(run("null contains 'a'")).toBe(false);
    expect(run('null == null')).toBe(true);
    expect(run('age != null')).toBe(true);
    expect(run("guardianPhone == ''")).toBe(true);
  });

  it('treats null as false in and, or and not, and short-circuits', () => {
    expect(run('consent and hours > 1', { data: {} })).toBe(false);
    expect(run('consent or true', { data: {} })).toBe(true);
    expect(run('not consent', { data: {} })).toBe(true);
    // The right side is not needed: false, and never a type surprise.
    expect(run('false and extra', { data: { extra: 'x' } })).toBe(false);
    expect(run('true or extra', { data: { extra: 'x' } })).toBe(true);
  });

  it('gives null for a type surprise in data of type any', () => {
    expect(run('extra + 1', { data: { extra: 'x' } })).toBe(null);
    expect(run('extra + 1', { data: { extra: 2 } })).toBe(3);
    expect(run("extra + 'b'", { data: { extra: 'a' } })).toBe('ab');
    expect(run('extra < 1', { data: { extra: 'x' } })).toBe(null);
    expect(run('not extra', { data: { extra: 'x' } })).toBe(null);
    expect(run('-extra', { data: { extra: 'x' } })).toBe(null);
    expect(run('1 in extra', { data: { extra: 'x' } })).toBe(null);
    expect(run('extra contains 1', { data: { extra: 5 } })).toBe(null);
    expect(run("extra contains 'a'", { data: { extra: 'cat' } })).toBe(true);
    expect(run('extra.x', { data: { extra: [{ x: 1 }, { x: [2, 3] }] } })).toEqual([1, [2, 3]]);
  });
});

describe('evaluate: repeat groups', () => {
  const row = { name: '鸡蛋', qty: 12, unit: '个', tags: ['protein'] };

  it('sums a column of a repeat group, skipping empty cells', () => {
    expect(run('sum(items.qty)')).toBe(5);
    expect(run('count(items.qty)')).toBe(2);
    expect(run('avg(items.qty)')).toBe(2.5);
    expect(run('len(items)')).toBe(3);
    expect(run('sum(items.qty)', { data: { items: [] } })).toBe(0);
    expect(run('sum(items.qty)', { data: {} })).toBe(0);
  });

  it('resolves a bare name to the current row first, then to the form', () => {
    expect(run('qty * 2', { row }, rowEnv)).toBe(24);
    expect(run('name', { row }, rowEnv)).toBe('鸡蛋');
    expect(run('$form.name', { row }, rowEnv)).toBe('王秀英');
    expect(run('$row.name', { row }, rowEnv)).toBe('鸡蛋');
    expect(run('age', { row }, rowEnv)).toBe(73);
    expect(run('qty / sum(items.qty)', { row }, rowEnv)).toBe(2.4);
  });

  it('reads row names as null when no row is given', () => {
    expect(run('qty', {}, rowEnv)).toBe(null);
  });

  it('flattens nested repeat groups', () => {
    const env: ExprEnvironment = {
      fields: { teams: t.list(t.object({ members: t.list(t.object({ hours: t.number })) })) },
    };
    const teams = [{ members: [{ hours: 2 }, { hours: 3 }] }, { members: [{ hours: 4 }] }, {}];
    expect(run('teams.members.hours', { data: { teams } }, env)).toEqual([2, 3, 4]);
    expect(run('sum(teams.members.hours)', { data: { teams } }, env)).toBe(9);
  });
});

describe('evaluateCondition', () => {
  const condition = (source: string, context: Partial<EvalContext> = {}) => {
    const parsed = parseExpression(source, formEnv, { expect: 'boolean' });
    if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
    return evaluateCondition(parsed.value, { data, ...context });
  };

  it('is true only for exactly true', () => {
    expect(condition('age >= 60')).toBe(true);
    expect(condition('age < 60')).toBe(false);
    expect(condition('consent', { data: {} })).toBe(false);
    expect(condition('extra', { data: { extra: 'yes' } })).toBe(false);
    expect(condition('extra', { data: { extra: true } })).toBe(true);
  });

  it('shows the guardian phone only for children and the elderly', () => {
    expect(
      condition("isEmpty(guardianPhone) and category in ['elderly-children', 'child-care']"),
    ).toBe(true);
  });
});
