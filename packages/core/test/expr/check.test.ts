import { describe, expect, it } from 'vitest';
import { type ExprType, formatType, parseExpression, t } from '../../src/expr';
import { formEnv, rowEnv } from './environment';

const typeOf = (source: string, env = formEnv): string => {
  const result = parseExpression(source, env, { locale: 'en' });
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
  return formatType(result.value.type);
};

const codes = (source: string, env = formEnv) => {
  const result = parseExpression(source, env, { locale: 'en' });
  return result.ok ? [] : result.issues.map((issue) => issue.code);
};

describe('parseExpression: types', () => {
  it.each([
    ['age', 'number'],
    ["'x'", 'string'],
    ['null', 'null'],
    ['[1, 2]', 'list<number>'],
    ['[1, null]', 'list<number>'],
    ["[1, 'a']", 'list<any>'],
    ['[]', 'list<any>'],
    ['items', 'list<object>'],
    ['items.qty', 'list<number>'],
    ['items.tags', 'list<string>'],
    ['address', 'object'],
    ['address.room', 'string'],
    ['extra.anything.deeper', 'any'],
    ['age + 1', 'number'],
    ["name + '先生'", 'string'],
    ['extra + 1', 'number'],
    ['extra + extra', 'any'],
    ['age > 1', 'boolean'],
    ['today()', 'date'],
    ['now()', 'datetime'],
    ['min(items.qty)', 'number'],
    ["max(['2026-01-01'])", 'string'],
    ['if(consent, 1, 2)', 'number'],
    ["if(consent, 1, 'x')", 'any'],
    ['coalesce(null, name)', 'string'],
    ['coalesce(hours, age)', 'number'],
  ])('%s has type %s', (source, type) => {
    expect(typeOf(source)).toBe(type);
  });

  it.each([
    // Operands each operator accepts.
    ["visitDate >= '2026-11-01'", []],
    ['visitDate >= today()', []],
    ['submittedAt < visitDate', []],
    ["visitTime < '12:00'", []],
    ['visitTime < visitDate', ['incomparable']],
    ['consent < true', ['incomparable']],
    ['skills == items.tags', []],
    ['skills == items.qty', ['incomparable']],
    ['address == null', []],
    ['age == consent', ['incomparable']],
    ['name in skills', []],
    ['age in skills', ['incomparable']],
    ['name in name', ['operand_type']],
    ['skills contains age', ['incomparable']],
    ['name contains age', ['incomparable']],
    ['age contains 1', ['operand_type']],
    ['consent and extra', []],
    ['age or consent', ['operand_type']],
    ['not age', ['operand_type']],
    ['-name', ['operand_type']],
    ['age * name', ['operand_type']],
    ['skills + skills', ['operand_type']],
    ['address.building.x', ['not_an_object']],
    ['items.nope', ['unknown_field']],
    ['(age + 1).x', ['not_an_object']],
  ])('%s gives issues %j', (source, expected) => {
    expect(codes(source)).toEqual(expected);
  });

  it('checks function arguments one by one', () => {
    expect(codes('round(name)')).toEqual(['argument_type']);
    expect(codes('concat(name, skills)')).toEqual(['argument_type']);
    expect(codes('age(age)')).toEqual(['argument_type']);
    expect(codes('if(age, 1, 2)')).toEqual(['argument_type']);
    expect(codes("substring(name, '1')")).toEqual(['argument_type']);
    expect(codes('min(items)')).toEqual(['argument_type']);
    expect(codes('count(name)')).toEqual(['argument_type']);
    expect(codes('len()')).toEqual(['wrong_argument_count']);
    expect(codes('days(visitDate)')).toEqual(['wrong_argument_count']);
    expect(codes('coalesce(name, phone, category, guardianPhone)')).toEqual([]);
    // A bad argument and a wrong call are both reported.
    expect(codes('len(nope, 1)')).toEqual(['unknown_field', 'wrong_argument_count']);
  });

  it('accepts a condition only when it gives true or false (or any)', () => {
    const check = (source: string, expect: ExprType['kind']) =>
      parseExpression(source, formEnv, { expect }).ok;
    expect(check('age >= 60', 'boolean')).toBe(true);
    expect(check('extra', 'boolean')).toBe(true);
    expect(check('consent', 'boolean')).toBe(true);
    expect(check('age', 'boolean')).toBe(false);
    expect(check('null', 'boolean')).toBe(false);
    expect(check('sum(items.qty)', 'number')).toBe(true);
    expect(check('null', 'number')).toBe(true);
    expect(check('today()', 'date')).toBe(true);
    expect(check("'2026-01-01'", 'date')).toBe(false);
    expect(check('skills', 'list')).toBe(true);
  });
});

describe('parseExpression: names and references', () => {
  const references = (source: string, env = formEnv) => {
    const result = parseExpression(source, env);
    if (!result.ok) throw new Error(result.issues[0]?.message);
    return result.value.references;
  };

  it('lists each top-level field read, in order of first use', () => {
    expect(references('age(birthDate) >= 60 and age < 100 and isEmpty(guardianPhone)')).toEqual([
      'birthDate',
      'age',
      'guardianPhone',
    ]);
    expect(references('address.building == 5 and sum(items.qty) > 0')).toEqual([
      'address',
      'items',
    ]);
    expect(references('$form.age + 1')).toEqual(['age']);
    expect(references('1 + 2')).toEqual([]);
  });

  it('lists names of the current row as $row.key', () => {
    expect(references('qty * 2 + $row.qty', rowEnv)).toEqual(['$row.qty']);
    expect(references('$form.name + name', rowEnv)).toEqual(['name', '$row.name']);
    expect(references('qty / sum(items.qty)', rowEnv)).toEqual(['$row.qty', 'items']);
  });

  it('lists every field for a whole-scope read', () => {
    expect(references('isEmpty($row)', rowEnv)).toEqual([
      '$row.name',
      '$row.qty',
      '$row.unit',
      '$row.tags',
    ]);
    expect(references('isEmpty($form)', { fields: { a: t.string, b: t.number } })).toEqual([
      'a',
      'b',
    ]);
  });

  it('finds row names before form names, and $form names only in the form', () => {
    expect(typeOf('name', rowEnv)).toBe('string');
    expect(typeOf('tags', rowEnv)).toBe('list<string>');
    expect(codes('tags')).toEqual(['unknown_field']);
    expect(codes('$form.tags', rowEnv)).toEqual(['unknown_field']);
    expect(codes('$row.nope', rowEnv)).toEqual(['unknown_field']);
  });

  it('keeps the source, the tree and a program', () => {
    const result = parseExpression('age >= 60', formEnv);
    expect(result.ok && result.value.source).toBe('age >= 60');
    expect(result.ok && result.value.ast.kind).toBe('binary');
    expect(result.ok && result.value.program).toEqual({
      op: 'binary',
      operator: '>=',
      left: { op: 'field', scope: 'form', key: 'age', type: { kind: 'number' } },
      right: { op: 'const', value: 60 },
    });
  });

  it('does not treat names of the Object prototype as fields', () => {
    expect(codes('constructor')).toEqual(['unknown_field']);
    expect(codes('address.constructor')).toEqual(['unknown_field']);
    expect(codes('toString(1)')).toEqual(['unknown_function']);
  });
});
