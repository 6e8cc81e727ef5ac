import { describe, expect, it } from 'vitest';
import {
  type EvalContext,
  evaluate,
  FUNCTION_NAMES,
  InvalidTimeZoneError,
  parseExpression,
} from '../../src/expr';
import { data, formEnv, NOW } from './environment';

function run(source: string, context: Partial<EvalContext> = {}) {
  const parsed = parseExpression(source, formEnv, { locale: 'en' });
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('\n'));
  return evaluate(parsed.value, { data, now: NOW, ...context });
}

const CASES: Readonly<Record<string, readonly (readonly [string, unknown])[]>> = {
  len: [
    ['len(name)', 3],
    ["len('👍ok')", 3],
    ['len(skills)', 2],
    ['len(guardianPhone)', 0],
    ['len(null)', 0],
  ],
  today: [['today()', '2026-11-29']],
  now: [['now()', '2026-11-28T17:00:00.000Z']],
  age: [
    ['age(birthDate)', 73],
    ["age('1966-11-29')", 60],
    ["age('1966-11-30')", 59],
    ["age('1966-11-29T20:00:00Z')", 59],
    ["age('not a date')", null],
    ['age(null)', null],
  ],
  days: [
    ['days(today(), visitDate)', 2],
    ["days(visitDate, '2026-11-29')", -2],
    ["days('2024-02-28', '2024-03-01')", 2],
    ['days(submittedAt, visitDate)', 2],
    ['days(null, visitDate)', null],
  ],
  date: [
    ["date('2026-11-28')", '2026-11-28'],
    ["date('2026/1/5')", '2026-01-05'],
    ["date('2026年11月28日')", '2026-11-28'],
    ["date('2026.11.28')", '2026-11-28'],
    ['date(submittedAt)', '2026-11-29'],
    ["date('2026-02-30')", null],
    ["date('soon')", null],
  ],
  sum: [
    ['sum(items.qty)', 5],
    ['sum([])', 0],
    ['sum([1.5, null, 2])', 3.5],
  ],
  min: [
    ['min(items.qty)', 2],
    ["min(['2026-12-01', '2026-01-31'])", '2026-01-31'],
    ['min([])', null],
    ['min([null])', null],
  ],
  max: [
    ['max(items.qty)', 3],
    ["max(['b', 'a', null, 'c'])", 'c'],
    ['max(null)', null],
  ],
  avg: [
    ['avg(items.qty)', 2.5],
    ['avg([])', null],
    ['avg([1, 2, 4])', 7 / 3],
  ],
  count: [
    ['count(items.qty)', 2],
    ['count(items)', 3],
    ['count([null, null])', 0],
    ['count(null)', 0],
  ],
  round: [
    ['round(2.5)', 3],
    ['round(-2.5)', -3],
    ['round(1.005, 2)', 1.01],
    ['round(hours)', 3],
    ['round(1234.5, -2)', 1200],
    ['round(null)', null],
    ['round(1.25, null)', null],
  ],
  floor: [
    ['floor(2.7)', 2],
    ['floor(-2.1)', -3],
  ],
  ceil: [
    ['ceil(2.1)', 3],
    ['ceil(null)', null],
  ],
  abs: [
    ['abs(-3)', 3],
    ['abs(2)', 2],
  ],
  lower: [["lower('ABC')", 'abc']],
  upper: [
    ["upper('abc')", 'ABC'],
    ['upper(null)', null],
  ],
  trim: [["trim('  5栋  ')", '5栋']],
  concat: [
    ["concat(address.building, '栋', address.unit, '单元', address.room)", '5栋1单元2103'],
    ["concat('a', null, true)", 'atrue'],
  ],
  startsWith: [
    ["startsWith(phone, '139')", true],
    ["startsWith(phone, '138')", false],
    ["startsWith(null, '1')", false],
  ],
  endsWith: [
    ["endsWith(phone, '678')", true],
    ["endsWith(name, '王')", false],
  ],
  substring: [
    ['substring(phone, 0, 3)', '139'],
    ['substring(phone, 7)', '5678'],
    ["substring('👍王秀英', 1, 2)", '王秀'],
    ["substring('abc', -1, 2)", 'ab'],
    ["substring('abc', 5)", ''],
    ['substring(null, 1)', null],
  ],
  matches: [
    ["matches(phone, '1[3-9]\\d{9}')", true],
    ["matches('1391234567', '1[3-9]\\d{9}')", false],
    // The whole text must match, not a part of it.
    ["matches('x13912345678', '1[3-9]\\d{9}')", false],
    ["matches(guardianPhone, '.*')", false],
  ],
  isEmpty: [
    ['isEmpty(guardianPhone)', true],
    ['isEmpty(name)', false],
    ['isEmpty([])', true],
    ['isEmpty(null)', true],
    ["isEmpty('')", true],
    ['isEmpty(0)', false],
    ['isEmpty(false)', false],
  ],
  coalesce: [
    ["coalesce(guardianPhone, phone, 'none')", '13912345678'],
    ['coalesce(null, null)', null],
    ['coalesce(hours, 0)', 2.5],
  ],
  if: [
    ["if(age >= 60, '长者', '成人')", '长者'],
    ["if(age >= 80, '高龄', '长者')", '长者'],
    ['if(consent, 1, 0)', 1],
    ['if(null, 1, 0)', 0],
    ['if(age > 60, 100 / 0, 1)', null],
  ],
  number: [
    ["number(' 12.5 ')", 12.5],
    ["number('1e3')", 1000],
    ["number('12斤')", null],
    ["number('')", null],
    ['number(true)', 1],
    ['number(7)', 7],
    ['number(null)', null],
  ],
  string: [
    ['string(12.5)', '12.5'],
    ['string(false)', 'false'],
    ['string(visitDate)', '2026-12-01'],
    ['string(null)', null],
  ],
};

describe('built-in functions', () => {
  it('has cases for every function', () => {
    expect(Object.keys(CASES).sort()).toEqual([...FUNCTION_NAMES].sort());
  });

  for (const [name, cases] of Object.entries(CASES)) {
    it.each(cases)(`${name}: %s gives %j`, (source, expected) => {
      expect(run(source)).toEqual(expected);
    });
  }

  it('reads today in the context time zone', () => {
    expect(run('today()', { timeZone: 'UTC' })).toBe('2026-11-28');
    expect(run('today()', { timeZone: 'Asia/Shanghai' })).toBe('2026-11-29');
    expect(run('today()', { timeZone: 'America/New_York' })).toBe('2026-11-28');
    expect(run("age('1966-11-29')", { timeZone: 'UTC' })).toBe(59);
  });

  it('counts a 29 February birthday from 1 March in other years', () => {
    const on = (day: string) => run("age('2000-02-29')", { now: new Date(`${day}T12:00:00Z`) });
    expect(on('2026-02-28')).toBe(25);
    expect(on('2026-03-01')).toBe(26);
  });

  it('reads a date-time without an offset as wall-clock time in the time zone', () => {
    expect(run("'2026-11-29T08:00' < '2026-11-29T01:00:00Z'", { timeZone: 'Asia/Shanghai' })).toBe(
      true,
    );
    expect(run("'2026-11-29T08:00' < '2026-11-29T01:00:00Z'", { timeZone: 'UTC' })).toBe(false);
  });

  it('uses the current time when the context gives none', () => {
    const today = run('today()', { now: undefined });
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives null for an invalid date in the context', () => {
    expect(run('today()', { now: new Date(Number.NaN) })).toBe(null);
    expect(run('now()', { now: new Date(Number.NaN) })).toBe(null);
  });

  it('throws a named error for an unknown time zone, a programming mistake', () => {
    expect(() => run('today()', { timeZone: 'Mars/Olympus' })).toThrow(InvalidTimeZoneError);
  });
});
