import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BinaryOperator,
  type EvalContext,
  type ExprEnvironment,
  type ExprNode,
  evaluate,
  FUNCTION_NAMES,
  formatExpression,
  parseExpression,
  parseSyntax,
} from '../../src/expr';
import { formEnv, rowEnv } from './environment';

// Property tests: whatever is typed, the language answers with a value or a positioned
// issue, and never throws.

const TOKENS = [
  'age',
  'name',
  'items',
  'qty',
  'skills',
  'extra',
  'address',
  'building',
  'birthDate',
  'visitDate',
  'submittedAt',
  'consent',
  '$row',
  '$form',
  'len',
  'sum',
  'if',
  'round',
  'today',
  'age(',
  'matches',
  'concat',
  'isEmpty',
  'coalesce',
  'date',
  'days',
  'min',
  'substring',
  '.',
  '(',
  ')',
  '[',
  ']',
  ',',
  '+',
  '-',
  '*',
  '/',
  '%',
  '==',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  'and',
  'or',
  'not',
  'in',
  'contains',
  'true',
  'false',
  'null',
  '0',
  '1',
  '2.5',
  '1e400',
  "'x'",
  '"y"',
  "'2026-11-29'",
  "'[a-'",
  "'\\d+'",
  '=',
  '&&',
  '（',
  '#',
  "'",
  '"',
  '\\',
  '王',
  '👍',
];

const anyValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(undefined, Number.NaN, Number.POSITIVE_INFINITY, new Date(0), () => 1),
);

/** Data of the declared type most of the time, and anything at all otherwise. */
const valueFor = (typed: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 3, arbitrary: typed }, { weight: 1, arbitrary: anyValue });

const dateText = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const row = fc.record(
  {
    name: valueFor(fc.string()),
    qty: valueFor(fc.integer({ min: -5, max: 100 })),
    unit: valueFor(fc.string()),
    tags: valueFor(fc.array(fc.string())),
  },
  { requiredKeys: [] },
);
const formData = fc.record(
  {
    name: valueFor(fc.string()),
    age: valueFor(fc.integer({ min: 0, max: 120 })),
    birthDate: valueFor(dateText),
    category: valueFor(fc.constantFrom('elderly-children', 'child-care', 'legal-advice')),
    guardianPhone: valueFor(fc.constantFrom('', '13912345678')),
    phone: valueFor(fc.string()),
    consent: valueFor(fc.boolean()),
    hours: valueFor(fc.double({ noNaN: true })),
    visitDate: valueFor(dateText),
    visitTime: valueFor(fc.constantFrom('09:30', '23:59', '24:00')),
    submittedAt: valueFor(fc.date({ noInvalidDate: true }).map((d) => d.toISOString())),
    skills: valueFor(fc.array(fc.string())),
    address: valueFor(fc.record({ building: fc.nat(), unit: fc.nat(), room: fc.string() })),
    items: valueFor(fc.array(row)),
    extra: anyValue,
  },
  { requiredKeys: [] },
);
const context = fc.record({
  data: formData,
  row: fc.option(row, { nil: undefined }),
  now: fc.date({ min: new Date('1970-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }),
  timeZone: fc.constantFrom('Asia/Shanghai', 'UTC', 'America/New_York', 'Asia/Kathmandu'),
});

/** Checks the contract of parseExpression on any text, and evaluates what it accepts. */
function parseAndRun(source: string, env: ExprEnvironment, ctx: EvalContext): void {
  const result = parseExpression(source, env, { locale: 'en' });
  if (!result.ok) {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      const position = issue.params?.position;
      expect(Number.isInteger(position)).toBe(true);
      expect(position).toBeGreaterThanOrEqual(1);
      expect(position).toBeLessThanOrEqual(Array.from(source).length + 1);
      expect(issue.message).not.toBe(issue.code);
    }
    return;
  }
  evaluate(result.value, ctx);
}

describe('fuzz: any input', () => {
  it('parses random text or reports a positioned issue, never throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), context, (source, ctx) => {
        parseAndRun(source, formEnv, ctx);
      }),
      { numRuns: 300 },
    );
  });

  it('parses random token sequences or reports a positioned issue, never throwing', () => {
    const tokens = fc.array(fc.constantFrom(...TOKENS), { maxLength: 14 });
    fc.assert(
      fc.property(
        tokens,
        fc.constantFrom(' ', ''),
        fc.boolean(),
        context,
        (list, gap, inRow, ctx) => {
          parseAndRun(list.join(gap), inRow ? rowEnv : formEnv, ctx);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

// Well-typed syntax trees, positions left at 0 (they are not compared).
const at = { start: 0, end: 0 };
const lit = (value: string | number | boolean | null): ExprNode => ({
  kind: 'literal',
  value,
  ...at,
});
const name = (n: string): ExprNode => ({ kind: 'name', name: n, ...at });
const call = (callee: string, ...args: ExprNode[]): ExprNode => ({
  kind: 'call',
  callee,
  args,
  ...at,
});
const bin = (operator: BinaryOperator, left: ExprNode, right: ExprNode): ExprNode => ({
  kind: 'binary',
  operator,
  left,
  right,
  ...at,
});
const member = (object: ExprNode, property: string): ExprNode => ({
  kind: 'member',
  object,
  property,
  ...at,
});
const ops = <T extends BinaryOperator>(...list: T[]) => fc.constantFrom(...list);

const typed = fc.letrec<{
  num: ExprNode;
  str: ExprNode;
  bool: ExprNode;
  nums: ExprNode;
  strs: ExprNode;
}>((tie) => {
  const deep = { maxDepth: 4, depthSize: 'small' } as const;
  return {
    num: fc.oneof(
      deep,
      fc
        .oneof(fc.nat(), fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }))
        .map((n) => lit(n === 0 ? 0 : n)),
      fc.constantFrom('age', 'hours').map(name),
      fc.constant(member(name('address'), 'building')),
      fc.constant(member(name('$form'), 'age')),
      fc
        .tuple(ops('+', '-', '*', '/', '%'), tie('num'), tie('num'))
        .map(([o, a, b]) => bin(o, a, b)),
      tie('num').map((operand): ExprNode => ({ kind: 'unary', operator: '-', operand, ...at })),
      tie('str').map((s) => call('len', s)),
      fc
        .tuple(fc.constantFrom('sum', 'avg', 'count', 'min', 'max'), tie('nums'))
        .map(([f, l]) => call(f, l)),
      fc
        .tuple(tie('num'), fc.option(tie('num'), { nil: undefined }))
        .map(([n, d]) => (d ? call('round', n, d) : call('round', n))),
      fc.tuple(tie('bool'), tie('num'), tie('num')).map(([c, a, b]) => call('if', c, a, b)),
      fc.constant(call('age', name('birthDate'))),
      fc.constant(call('days', call('today'), name('visitDate'))),
      tie('str').map((s) => call('number', s)),
    ),
    str: fc.oneof(
      deep,
      fc.string({ unit: 'grapheme', maxLength: 8 }).map(lit),
      fc.constantFrom('name', 'category', 'phone', 'guardianPhone').map(name),
      fc.tuple(tie('str'), tie('str')).map(([a, b]) => bin('+', a, b)),
      fc.tuple(fc.constantFrom('lower', 'upper', 'trim'), tie('str')).map(([f, s]) => call(f, s)),
      fc.tuple(tie('str'), tie('num')).map(([s, n]) => call('concat', s, n)),
      fc.tuple(tie('str'), tie('num')).map(([s, n]) => call('substring', s, n)),
      fc.tuple(tie('str'), tie('str')).map(([a, b]) => call('coalesce', a, b)),
      tie('num').map((n) => call('string', n)),
    ),
    bool: fc.oneof(
      deep,
      fc.constantFrom(lit(true), lit(false), name('consent')),
      fc
        .tuple(ops('==', '!=', '<', '<=', '>', '>='), tie('num'), tie('num'))
        .map(([o, a, b]) => bin(o, a, b)),
      fc
        .tuple(ops('==', '!=', '<', 'contains'), tie('str'), tie('str'))
        .map(([o, a, b]) => bin(o, a, b)),
      fc.tuple(ops('and', 'or'), tie('bool'), tie('bool')).map(([o, a, b]) => bin(o, a, b)),
      tie('bool').map((operand): ExprNode => ({ kind: 'unary', operator: 'not', operand, ...at })),
      fc.tuple(tie('str'), tie('strs')).map(([s, l]) => bin('in', s, l)),
      fc.tuple(tie('nums'), tie('num')).map(([l, n]) => bin('contains', l, n)),
      tie('str').map((s) => call('isEmpty', s)),
      fc.tuple(tie('str'), tie('str')).map(([a, b]) => call('startsWith', a, b)),
      fc
        .tuple(tie('str'), fc.constantFrom('1[3-9]\\d{9}', '.*', '[a-z]+'))
        .map(([s, p]) => call('matches', s, lit(p))),
      fc.constant(bin('>=', name('visitDate'), call('today'))),
    ),
    nums: fc.oneof(
      deep,
      fc.constant(member(name('items'), 'qty')),
      fc
        .array(tie('num'), { maxLength: 3 })
        .map((items): ExprNode => ({ kind: 'list', items, ...at })),
    ),
    strs: fc.oneof(
      deep,
      fc.constantFrom(name('skills'), member(name('items'), 'tags')),
      fc
        .array(tie('str'), { maxLength: 3 })
        .map((items): ExprNode => ({ kind: 'list', items, ...at })),
    ),
  };
});

const withoutPositions = (node: ExprNode): unknown =>
  JSON.parse(
    JSON.stringify(node, (key, value) => (key === 'start' || key === 'end' ? undefined : value)),
  );

const anyTyped = fc.oneof(typed.num, typed.str, typed.bool);

// Trees of any shape: any operator on anything, any function with up to three arguments.
const untyped = fc.letrec<{ node: ExprNode }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 5, depthSize: 'small' },
    fc
      .oneof(
        fc.integer({ min: 0, max: 3 }),
        fc.string({ maxLength: 3 }),
        fc.boolean(),
        fc.constant(null),
      )
      .map(lit),
    fc
      .constantFrom(
        'age',
        'name',
        'extra',
        'items',
        'skills',
        'qty',
        'visitDate',
        'submittedAt',
        '$row',
        '$form',
      )
      .map(name),
    fc
      .tuple(tie('node'), fc.constantFrom('qty', 'tags', 'building', 'x'))
      .map(([o, p]) => member(o, p)),
    fc
      .tuple(
        ops(
          'or',
          'and',
          '==',
          '!=',
          '<',
          '<=',
          '>',
          '>=',
          'in',
          'contains',
          '+',
          '-',
          '*',
          '/',
          '%',
        ),
        tie('node'),
        tie('node'),
      )
      .map(([o, a, b]) => bin(o, a, b)),
    fc
      .tuple(fc.constantFrom('not', '-') as fc.Arbitrary<'not' | '-'>, tie('node'))
      .map(([operator, operand]): ExprNode => ({ kind: 'unary', operator, operand, ...at })),
    fc
      .tuple(fc.constantFrom(...FUNCTION_NAMES), fc.array(tie('node'), { maxLength: 3 }))
      .map(([f, args]) => call(f, ...args)),
    fc
      .array(tie('node'), { maxLength: 3 })
      .map((items): ExprNode => ({ kind: 'list', items, ...at })),
  ),
})).node;

describe('fuzz: trees of any shape', () => {
  it('type-checks them or reports positioned issues, and evaluates what passes', () => {
    fc.assert(
      fc.property(untyped, fc.boolean(), context, (ast, inRow, ctx) => {
        parseAndRun(formatExpression(ast), inRow ? rowEnv : formEnv, ctx);
      }),
      { numRuns: 1000 },
    );
  });

  it('survives a well-typed expression with a random slice cut out or a token put in', () => {
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.constantFrom('', ...TOKENS));
    fc.assert(
      fc.property(
        fc.oneof(typed.num, typed.str, typed.bool),
        edit,
        context,
        (ast, [from, length, token], ctx) => {
          const text = formatExpression(ast);
          const cut = from % (text.length + 1);
          parseAndRun(text.slice(0, cut) + token + text.slice(cut + length), formEnv, ctx);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('fuzz: well-typed trees', () => {
  it('prints trees that parse back to the same tree', () => {
    fc.assert(
      fc.property(anyTyped, (ast) => {
        const text = formatExpression(ast);
        const reparsed = parseSyntax(text);
        expect(reparsed.ok).toBe(true);
        if (!reparsed.ok) return;
        expect(withoutPositions(reparsed.ast)).toEqual(withoutPositions(ast));
      }),
      { numRuns: 500 },
    );
  });

  it('type-checks them and evaluates them on random data to a value of their type or null', () => {
    const kinds = [
      ['number', typed.num],
      ['string', typed.str],
      ['boolean', typed.bool],
    ] as const;
    for (const [kind, arbitrary] of kinds) {
      fc.assert(
        fc.property(arbitrary, context, (ast, ctx) => {
          const result = parseExpression(formatExpression(ast), formEnv, { expect: kind });
          if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
          const value = evaluate(result.value, ctx);
          if (value !== null) expect(typeof value).toBe(kind);
          if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
        }),
        { numRuns: 300 },
      );
    }
  });
});
