import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IssueSink } from '../../src/import/import-issues';
import { parseSurveyExpression } from '../../src/import/surveyjs/expression-syntax';
import {
  type ExpressionScope,
  negate,
  translateExpression,
} from '../../src/import/surveyjs/expression-translate';
import type { NameTable } from '../../src/import/surveyjs/names';

const rows: NameTable = new Map([
  ['qty', { key: 'qty', kind: 'number' }],
  ['vegetable', { key: 'vegetable', kind: 'single' }],
  ['room', { key: 'room', kind: 'string' }],
]);
const top: NameTable = new Map([
  ['category', { key: 'category', kind: 'single' }],
  ['services', { key: 'services', kind: 'multi' }],
  ['birthDate', { key: 'birthDate', kind: 'date' }],
  ['age', { key: 'age', kind: 'number' }],
  ['ageText', { key: 'ageText', kind: 'string' }],
  ['name', { key: 'name', kind: 'string' }],
  ['livesAlone', { key: 'livesAlone', kind: 'boolean' }],
  ['room', { key: 'room', kind: 'string' }],
  ['in', { key: 'in', kind: 'string' }],
  ['联系人', { key: 'field_1', kind: 'string' }],
  [
    'address',
    {
      key: 'address',
      kind: 'group',
      items: new Map([['building', { key: 'address_building', kind: 'string' }]]),
    },
  ],
  ['items', { key: 'items', kind: 'repeat', rows }],
]);
const form: ExpressionScope = { top };
const inRow: ExpressionScope = { top, row: { table: rows, prefix: 'row' } };

function translate(source: string, scope: ExpressionScope = form) {
  const sink = new IssueSink('en');
  const result = translateExpression(source, scope, '/visibleIf', sink);
  return result
    ? result.text
    : sink.issues.map((issue) => `${issue.code} ${JSON.stringify(issue.params)}`).join('; ');
}

describe('SurveyJS expressions in the Yizhan language', () => {
  it.each([
    ["{category} = 'child-care'", "category == 'child-care'"],
    ["{category} == 'child-care'", "category == 'child-care'"],
    ["{category} <> 'other'", "category != 'other'"],
    ["{category} != 'other'", "category != 'other'"],
    ["{category} notequal 'other'", "category != 'other'"],
    ['{name} notempty', 'not isEmpty(name)'],
    ['{name} empty', 'isEmpty(name)'],
    [
      "{category} anyof ['child-care', 'elderly-children']",
      "category in ['child-care', 'elderly-children']",
    ],
    [
      "{services} anyof ['meals', 'visits']",
      "services contains 'meals' or services contains 'visits'",
    ],
    [
      "{services} allof ['meals', 'visits']",
      "services contains 'meals' and services contains 'visits'",
    ],
    ["{services} noneof ['meals']", "not services contains 'meals'"],
    ["{services} contains 'meals'", "services contains 'meals'"],
    ["{services} notcontains 'meals'", "not services contains 'meals'"],
    ["{name} contains '张'", "name contains '张'"],
    ['{age} >= 60 and {livesAlone} = true', 'age >= 60 and livesAlone == true'],
    [
      '{age} < 18 or {age} > 70 and {livesAlone} = true',
      'age < 18 or age > 70 and livesAlone == true',
    ],
    [
      '({age} < 18 or {age} > 70) and {livesAlone} = true',
      '(age < 18 or age > 70) and livesAlone == true',
    ],
    ['{age} greaterorequal 60', 'age >= 60'],
    ['{age} lessorequal 60', 'age <= 60'],
    ['!({age} > 60)', 'not age > 60'],
    ['!{age} > 60 and {livesAlone} = true', 'not (age > 60 and livesAlone == true)'],
    ['negate {livesAlone}', 'not livesAlone'],
    ['({age} + 1) * 2 - {age} / 4 % 3', '(age + 1) * 2 - age / 4 % 3'],
    ['{age} - ({age} - 1)', 'age - (age - 1)'],
    ['{age} * -1', 'age * -1'],
    ['age({birthDate}) >= 60', 'age(birthDate) >= 60'],
    ['{birthDate} < today()', 'birthDate < today()'],
    ["iif({age} > 60, 'senior', 'adult')", "if(age > 60, 'senior', 'adult')"],
    ['diffDays({birthDate}, today()) > 30', 'days(birthDate, today()) > 30'],
    ['sum({age}, 1, 2)', 'sum([age, 1, 2])'],
    ["sumInArray({items}, 'qty') > 10", 'sum(items.qty) > 10'],
    ["countInArray({items}, 'qty')", 'count(items.qty)'],
    ['{ageText} > 17', 'number(ageText) > 17'],
    ['{category} = 3', "category == '3'"],
    ['{services} anyof [1, 2]', "services contains '1' or services contains '2'"],
    ['{category} = approved', "category == 'approved'"],
    ["{name} = 'O\\'Brien'", "name == 'O\\'Brien'"],
    ['{address.building} notempty', 'not isEmpty(address_building)'],
    ['{联系人} empty', 'isEmpty(field_1)'],
    ['{in} = 1', '$form.in == 1'],
    ['{CATEGORY} = 1', "category == '1'"],
    ['{name} = null', 'name == null'],
    ["{livesAlone} = TRUE OR {name} = 'x'", "livesAlone == true or name == 'x'"],
    ['{age} >= 60 && {age} <= 80 || {livesAlone}', 'age >= 60 and age <= 80 or livesAlone'],
  ])('%s → %s', (source, expected) => {
    expect(translate(source)).toBe(expected);
  });

  it.each([
    ['{row.qty} * 2 > 10', '$row.qty * 2 > 10'],
    ["{row.vegetable} anyof ['lettuce', 'radish']", "$row.vegetable in ['lettuce', 'radish']"],
    ['{row.qty} > 0 and {age} > 60', '$row.qty > 0 and age > 60'],
    // `room` is a field of the row too: the form's field must be named explicitly.
    ['{room} = {row.room}', '$form.room == $row.room'],
  ])('inside a matrix row: %s → %s', (source, expected) => {
    expect(translate(source, inRow)).toBe(expected);
  });

  it.each([
    ['{age} ^ 2 > 10', 'expression_unsupported {"construct":"^"}'],
    ['today(3)', 'expression_unsupported {"construct":"today(…)"}'],
    ["isContainerReady('p')", 'expression_unsupported {"construct":"isContainerReady()"}'],
    ['{services} anyof {name}', 'expression_unsupported {"construct":"anyof"}'],
    ["{category} allof ['a', 'b']", 'expression_unsupported {"construct":"allof"}'],
    ['{unknown} = 1', 'expression_unknown_name {"name":"unknown"}'],
    ['{items[0].qty} > 1', 'expression_unknown_name {"name":"items[0].qty"}'],
    ['{row.qty} > 1', 'expression_unknown_name {"name":"row.qty"}'],
    ["sumInArray({items}, 'price')", 'expression_unknown_name {"name":"items.price"}'],
  ])('reports %s', (source, expected) => {
    expect(translate(source)).toBe(
      `${expected.split(' ')[0]} ${JSON.stringify({ expression: source, ...JSON.parse(expected.slice(expected.indexOf(' ') + 1)) })}`,
    );
  });

  it.each([
    ['{age} >= ', 1, 10, null],
    ['{age} >= 60 )', 1, 13, ')'],
    ["{name} = 'x", 1, 10, "'"],
    ['{age', 1, 1, '{'],
    ['{age} # 2', 1, 7, '#'],
    ['', 1, 1, null],
    ['{姓名} = ?', 1, 8, '?'],
  ])('says where %j cannot be read', (source, _line, position, found) => {
    expect(parseSurveyExpression(source)).toEqual({ ok: false, error: { position, found } });
  });

  it('explains an unreadable expression in both locales', () => {
    const issue = (locale: 'zh-CN' | 'en') => {
      const sink = new IssueSink(locale);
      translateExpression('{age} >= 60 )', form, '/pages/0/elements/2/visibleIf', sink);
      return sink.issues[0]?.message;
    };
    expect(issue('zh-CN')).toMatchInlineSnapshot(
      `"无法读取 SurveyJS 表达式 "{age} >= 60 )"：第 13 列的 ")" 不符合语法，未转换。请修正后重新导入，或在 Yizhan 中重写。"`,
    );
    expect(issue('en')).toMatchInlineSnapshot(
      `"The SurveyJS expression "{age} >= 60 )" cannot be read: ")" is unexpected at column 13, so it was not translated. Fix it and import again, or rewrite it in Yizhan."`,
    );
  });

  it('negates enableIf into readonlyIf without doubling not', () => {
    const sink = new IssueSink('en');
    const condition = (source: string) =>
      translateExpression(source, form, '', sink) as NonNullable<
        ReturnType<typeof translateExpression>
      >;
    expect(negate(condition('{name} notempty'))).toBe('isEmpty(name)');
    expect(negate(condition('{age} > 60'))).toBe('not age > 60');
    expect(negate(condition('{age} > 60 or {livesAlone} = true'))).toBe(
      'not (age > 60 or livesAlone == true)',
    );
  });

  it('never throws on any text: it parses, or says where it cannot', () => {
    const pieces = fc.constantFrom(
      '{age}',
      '{services}',
      "'x'",
      '1',
      '(',
      ')',
      '[',
      ']',
      ',',
      '=',
      '<>',
      'and',
      'or',
      '!',
      'notempty',
      'anyof',
      'contains',
      '+',
      '*',
      '^',
      'iif(',
      'today()',
      ' ',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(' ')),
        ),
        (source) => {
          const parsed = parseSurveyExpression(source);
          if (!parsed.ok) {
            expect(parsed.error.position).toBeGreaterThanOrEqual(1);
            expect(parsed.error.position).toBeLessThanOrEqual(Array.from(source).length + 1);
          }
          const sink = new IssueSink('en');
          const result = translateExpression(source, form, '/x', sink);
          expect(result === undefined).toBe(sink.issues.length > 0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
