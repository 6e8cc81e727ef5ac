import { describe, expect, it } from 'vitest';
import { type ExprNode, formatExpression, parseSyntax } from '../../src/expr';

/** Writes a tree with explicit parentheses around every operation, to show its shape. */
function shape(node: ExprNode): string {
  switch (node.kind) {
    case 'literal':
      return JSON.stringify(node.value);
    case 'list':
      return `[${node.items.map(shape).join(' ')}]`;
    case 'name':
      return node.name;
    case 'member':
      return `(. ${shape(node.object)} ${node.property})`;
    case 'unary':
      return `(${node.operator} ${shape(node.operand)})`;
    case 'binary':
      return `(${node.operator} ${shape(node.left)} ${shape(node.right)})`;
    case 'call':
      return `(${node.callee}() ${node.args.map(shape).join(' ')})`;
  }
}

function parsed(source: string): ExprNode {
  const result = parseSyntax(source);
  if (!result.ok) throw new Error(`${result.issue.code} at ${result.issue.params.position}`);
  return result.ast;
}

describe('parseSyntax', () => {
  it.each([
    ['12', '12'],
    ['3.5', '3.5'],
    ['2e3', '2000'],
    ["'abc'", '"abc"'],
    ['"a\\"b"', '"a\\"b"'],
    ['true', 'true'],
    ['false', 'false'],
    ['null', 'null'],
    ["[1, 2, 'a']", '[1 2 "a"]'],
    ['[]', '[]'],
    ['age', 'age'],
    ['address.building', '(. address building)'],
    ['$row.qty', '(. $row qty)'],
    ['$form.qty', '(. $form qty)'],
    ['$form.in', '(. $form in)'],
    ['items.qty', '(. items qty)'],
    ['today()', '(today() )'],
    ['round(hours, 2)', '(round() hours 2)'],
    ['(age)', 'age'],
    ['  age\n>=\t60 ', '(>= age 60)'],
  ])('reads %s', (source, expected) => {
    expect(shape(parsed(source))).toBe(expected);
  });

  // Lowest to highest: or; and; not; comparisons; + -; * / %; unary -; member access.
  it.each([
    ['a or b and c', '(or a (and b c))'],
    ['a and b or c', '(or (and a b) c)'],
    ['a or b or c', '(or (or a b) c)'],
    ['not a and b', '(and (not a) b)'],
    ['not a == b', '(not (== a b))'],
    ['not not a', '(not (not a))'],
    ['a == b and c != d', '(and (== a b) (!= c d))'],
    ['a < b + c', '(< a (+ b c))'],
    ['a + b * c', '(+ a (* b c))'],
    ['a * b + c', '(+ (* a b) c)'],
    ['a - b - c', '(- (- a b) c)'],
    ['a / b % c', '(% (/ a b) c)'],
    ['-a * b', '(* (- a) b)'],
    ['-a.b', '(- (. a b))'],
    ['- -a', '(- (- a))'],
    ['a.b.c', '(. (. a b) c)'],
    ['(a + b).c', '(. (+ a b) c)'],
    ['(a + b) * c', '(* (+ a b) c)'],
    ["x in ['a'] and y contains 'b'", '(and (in x ["a"]) (contains y "b"))'],
    ['a + b in c', '(in (+ a b) c)'],
    ['len(a) >= 2', '(>= (len() a) 2)'],
    ['f(a, b or c)', '(f() a (or b c))'],
    ['[a + 1, not b]', '[(+ a 1) (not b)]'],
  ])('groups %s as %s', (source, expected) => {
    expect(shape(parsed(source))).toBe(expected);
  });

  it('records where each node starts and ends', () => {
    expect(parsed('len(name) >= 2')).toEqual({
      kind: 'binary',
      operator: '>=',
      left: {
        kind: 'call',
        callee: 'len',
        args: [{ kind: 'name', name: 'name', start: 4, end: 8 }],
        start: 0,
        end: 9,
      },
      right: { kind: 'literal', value: 2, start: 13, end: 14 },
      start: 0,
      end: 14,
    });
  });

  it('refuses chained comparisons', () => {
    expect(parseSyntax('a == b == c')).toMatchObject({
      ok: false,
      issue: { code: 'chained_comparison', params: { position: 8, operator: '==' } },
    });
    expect(parseSyntax('(a == b) == c').ok).toBe(true);
  });

  it('accepts nesting up to the depth limit', () => {
    expect(parseSyntax(`${'('.repeat(90)}1${')'.repeat(90)}`).ok).toBe(true);
    expect(parseSyntax(Array.from({ length: 99 }, () => '1').join(' + ')).ok).toBe(true);
    expect(parseSyntax(Array.from({ length: 102 }, () => '1').join(' + '))).toMatchObject({
      ok: false,
      issue: { code: 'too_deep' },
    });
    expect(parseSyntax('-'.repeat(10_000))).toMatchObject({
      ok: false,
      issue: { code: 'too_deep' },
    });
  });
});

describe('formatExpression', () => {
  it.each([
    ['(age>=60)and(not   isEmpty(phone))', 'age >= 60 and not isEmpty(phone)'],
    ['a or (b and c)', 'a or b and c'],
    ['(a or b) and c', '(a or b) and c'],
    ['not (a and b)', 'not (a and b)'],
    ['not (a == b)', 'not a == b'],
    ['(a == b) == c', '(a == b) == c'],
    ['a == (b == c)', 'a == (b == c)'],
    ['a - (b - c)', 'a - (b - c)'],
    ['(a - b) - c', 'a - b - c'],
    ['-(a + b)', '-(a + b)'],
    ['- - a', '--a'],
    ['(a + b).c', '(a + b).c'],
    ['(-a).b', '(-a).b'],
    ["[1,'x',[true,null]]", "[1, 'x', [true, null]]"],
    ['"it\'s"', "'it\\'s'"],
    ["'1[3-9]\\d{9}'", "'1[3-9]\\d{9}'"],
    ["'a\\\\'", "'a\\\\'"],
    ['concat( a ,b )', 'concat(a, b)'],
    ['$form.in', '$form.in'],
    ['1e21', '1e+21'],
  ])('writes %s as %s', (source, expected) => {
    const text = formatExpression(parsed(source));
    expect(text).toBe(expected);
    expect(shape(parsed(text))).toBe(shape(parsed(source)));
  });
});
