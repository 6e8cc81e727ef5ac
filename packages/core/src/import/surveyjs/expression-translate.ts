import { KEYWORDS } from '../../expr/ast';
import type { IssueSink } from '../import-issues';
import {
  parseSurveyExpression,
  type SurveyBinaryOperator,
  type SurveyNode,
} from './expression-syntax';
import type { NameEntry, NameTable } from './names';
import type { ValueKind } from './question-types';

/** Where an expression is written: the survey's questions, and the current row's inside a dynamic panel or matrix. */
export interface ExpressionScope {
  readonly top: NameTable;
  /** The row's questions and the prefix SurveyJS uses for them: `{panel.x}` or `{row.x}`. */
  readonly row?: { readonly table: NameTable; readonly prefix: 'panel' | 'row' };
}

/** A translated (sub)expression: Yizhan text, its precedence, and what kind of value it gives. */
export interface Translated {
  readonly text: string;
  readonly precedence: number;
  readonly kind: ValueKind | 'list' | 'null';
}

// Yizhan precedence, lowest first; 9 is a primary (name, literal, call, parenthesized).
const OR = 1;
const AND = 2;
const NOT = 3;
const COMPARE = 4;
const ADD = 5;
const MULTIPLY = 6;
const UNARY = 7;
const PRIMARY = 9;

class Untranslatable {
  constructor(
    readonly code: 'expression_unknown_name' | 'expression_unsupported',
    readonly params: Readonly<Record<string, unknown>>,
  ) {}
}

const unsupported = (construct: string) =>
  new Untranslatable('expression_unsupported', { construct });

const wrap = (part: Translated, minimum: number): string =>
  part.precedence < minimum ? `(${part.text})` : part.text;

const quote = (text: string): string => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

const COMPARISONS: Partial<Record<SurveyBinaryOperator, string>> = {
  equal: '==',
  notequal: '!=',
  less: '<',
  greater: '>',
  lessorequal: '<=',
  greaterorequal: '>=',
};
const ARITHMETIC: Partial<Record<SurveyBinaryOperator, [string, number]>> = {
  plus: ['+', ADD],
  minus: ['-', ADD],
  mul: ['*', MULTIPLY],
  div: ['/', MULTIPLY],
  mod: ['%', MULTIPLY],
};
const AGGREGATES: Readonly<Record<string, string>> = {
  sum: 'sum',
  max: 'max',
  min: 'min',
  avg: 'avg',
  sumInArray: 'sum',
  maxInArray: 'max',
  minInArray: 'min',
  avgInArray: 'avg',
  countInArray: 'count',
};

const isChoice = (kind: Translated['kind']): boolean => kind === 'single' || kind === 'multi';

/** Looks a SurveyJS name up exactly, then ignoring case (as SurveyJS does). */
function lookup(table: NameTable, name: string): NameEntry | undefined {
  const exact = table.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const [candidate, entry] of table) if (candidate.toLowerCase() === lower) return entry;
  return undefined;
}

/** Finds `name` or `group.item` (a multiple-text item) in a table. */
function find(table: NameTable, name: string): NameEntry | undefined {
  const entry = lookup(table, name);
  if (entry) return entry;
  const dot = name.indexOf('.');
  if (dot < 0) return undefined;
  const group = lookup(table, name.slice(0, dot));
  return group?.items ? lookup(group.items, name.slice(dot + 1)) : undefined;
}

class Translator {
  constructor(private readonly scope: ExpressionScope) {}

  variable(name: string): Translated {
    const row = this.scope.row;
    if (row && name.toLowerCase().startsWith(`${row.prefix}.`)) {
      const entry = find(row.table, name.slice(row.prefix.length + 1));
      if (entry) return { text: `$row.${entry.key}`, precedence: PRIMARY, kind: entry.kind };
    } else {
      const entry = find(this.scope.top, name);
      if (entry) {
        // Inside a row a bare name means the row's field first: name the form's explicitly.
        const shadowed = row && [...row.table.values()].some((other) => other.key === entry.key);
        const text = shadowed || KEYWORDS.has(entry.key) ? `$form.${entry.key}` : entry.key;
        return { text, precedence: PRIMARY, kind: entry.kind };
      }
    }
    throw new Untranslatable('expression_unknown_name', { name });
  }

  /** A constant compared with a choice question is compared as text, since options are text. */
  operand(node: SurveyNode, other: Translated['kind']): Translated {
    if (
      isChoice(other) &&
      node.kind === 'const' &&
      typeof node.value !== 'string' &&
      node.value !== null
    )
      return { text: quote(String(node.value)), precedence: PRIMARY, kind: 'string' };
    if (isChoice(other) && node.kind === 'array') {
      const items = node.items.map((item) => this.operand(item, other).text);
      return { text: `[${items.join(', ')}]`, precedence: PRIMARY, kind: 'list' };
    }
    return this.node(node);
  }

  node(node: SurveyNode): Translated {
    switch (node.kind) {
      case 'const':
        if (typeof node.value === 'string')
          return { text: quote(node.value), precedence: PRIMARY, kind: 'string' };
        if (node.value === null) return { text: 'null', precedence: PRIMARY, kind: 'null' };
        return {
          text: String(node.value),
          precedence: typeof node.value === 'number' && node.value < 0 ? UNARY : PRIMARY,
          kind: typeof node.value === 'number' ? 'number' : 'boolean',
        };
      case 'var':
        return this.variable(node.name);
      case 'array':
        return {
          text: `[${node.items.map((item) => this.node(item).text).join(', ')}]`,
          precedence: PRIMARY,
          kind: 'list',
        };
      case 'unary':
        return this.unary(node.op, this.node(node.operand));
      case 'call':
        return this.call(node.name, node.args);
      case 'binary':
        return this.binary(node.op, node.left, node.right);
    }
  }

  private unary(op: 'negate' | 'empty' | 'notempty' | 'minus', operand: Translated): Translated {
    switch (op) {
      case 'negate':
        return { text: `not ${wrap(operand, NOT)}`, precedence: NOT, kind: 'boolean' };
      case 'empty':
        return { text: `isEmpty(${operand.text})`, precedence: PRIMARY, kind: 'boolean' };
      case 'notempty':
        return { text: `not isEmpty(${operand.text})`, precedence: NOT, kind: 'boolean' };
      case 'minus':
        return { text: `-${wrap(operand, UNARY)}`, precedence: UNARY, kind: 'number' };
    }
  }

  private binary(
    op: SurveyBinaryOperator,
    leftNode: SurveyNode,
    rightNode: SurveyNode,
  ): Translated {
    if (op === 'or' || op === 'and') {
      const level = op === 'or' ? OR : AND;
      const left = this.node(leftNode);
      const right = this.node(rightNode);
      return {
        text: `${wrap(left, level)} ${op} ${wrap(right, level + 1)}`,
        precedence: level,
        kind: 'boolean',
      };
    }
    const arithmetic = ARITHMETIC[op];
    if (arithmetic) {
      const [symbol, level] = arithmetic;
      const left = this.node(leftNode);
      const right = this.node(rightNode);
      const kind =
        op === 'plus' && left.kind === 'string' && right.kind === 'string' ? 'string' : 'number';
      return {
        text: `${wrap(left, level)} ${symbol} ${wrap(right, level + 1)}`,
        precedence: level,
        kind,
      };
    }
    if (op === 'power') throw unsupported('^');
    // Compare after translating both sides, so a constant can follow the other side's kind.
    const rawLeft = this.node(leftNode);
    const left = this.operand(leftNode, this.peekKind(rightNode));
    const right = this.operand(rightNode, rawLeft.kind);
    const symbol = COMPARISONS[op];
    if (symbol) {
      const ordering = symbol !== '==' && symbol !== '!=';
      // SurveyJS compares text with numbers as numbers: {age} > 17 on a plain text question.
      const numeric = (side: Translated, other: Translated) =>
        ordering &&
        side.kind === 'string' &&
        other.kind === 'number' &&
        side.precedence === PRIMARY &&
        !side.text.startsWith("'")
          ? { ...side, text: `number(${side.text})`, kind: 'number' as const }
          : side;
      const a = numeric(left, right);
      const b = numeric(right, left);
      return {
        text: `${wrap(a, ADD)} ${symbol} ${wrap(b, ADD)}`,
        precedence: COMPARE,
        kind: 'boolean',
      };
    }
    switch (op) {
      case 'contains':
        return {
          text: `${wrap(left, ADD)} contains ${wrap(right, ADD)}`,
          precedence: COMPARE,
          kind: 'boolean',
        };
      case 'notcontains':
        return {
          text: `not ${wrap(left, ADD)} contains ${wrap(right, ADD)}`,
          precedence: NOT,
          kind: 'boolean',
        };
      case 'anyof':
      case 'noneof': {
        const any = this.anyOf(left, rightNode, right);
        return op === 'anyof'
          ? any
          : { text: `not ${wrap(any, NOT)}`, precedence: NOT, kind: 'boolean' };
      }
      default:
        return this.allOf(left, rightNode);
    }
  }

  private peekKind(node: SurveyNode): Translated['kind'] {
    return node.kind === 'var' ? this.variable(node.name).kind : 'any';
  }

  /** The items of a literal list (or one constant) on the right of anyof/allof, translated. */
  private listItems(node: SurveyNode, left: Translated): string[] | undefined {
    if (node.kind === 'array') return node.items.map((item) => this.operand(item, left.kind).text);
    if (node.kind === 'const') return [this.operand(node, left.kind).text];
    return undefined;
  }

  private anyOf(left: Translated, rightNode: SurveyNode, right: Translated): Translated {
    const items = this.listItems(rightNode, left);
    if (left.kind === 'multi') {
      if (!items || items.length === 0) throw unsupported('anyof');
      const text = items.map((item) => `${wrap(left, ADD)} contains ${item}`).join(' or ');
      return { text, precedence: items.length > 1 ? OR : COMPARE, kind: 'boolean' };
    }
    const list = items ? `[${items.join(', ')}]` : wrap(right, ADD);
    return { text: `${wrap(left, ADD)} in ${list}`, precedence: COMPARE, kind: 'boolean' };
  }

  private allOf(left: Translated, rightNode: SurveyNode): Translated {
    const items = this.listItems(rightNode, left);
    if (!items || items.length === 0) throw unsupported('allof');
    if (left.kind === 'multi') {
      const text = items.map((item) => `${wrap(left, ADD)} contains ${item}`).join(' and ');
      return { text, precedence: items.length > 1 ? AND : COMPARE, kind: 'boolean' };
    }
    if (items.length === 1)
      return { text: `${wrap(left, ADD)} == ${items[0]}`, precedence: COMPARE, kind: 'boolean' };
    throw unsupported('allof');
  }

  private call(name: string, args: readonly SurveyNode[]): Translated {
    const call = (
      callee: string,
      parts: readonly string[],
      kind: Translated['kind'],
    ): Translated => ({
      text: `${callee}(${parts.join(', ')})`,
      precedence: PRIMARY,
      kind,
    });
    const texts = () => args.map((arg) => this.node(arg).text);
    const arity = (count: number) => {
      if (args.length !== count) throw unsupported(`${name}(${args.length === 0 ? '' : '…'})`);
    };
    switch (name) {
      case 'age':
        arity(1);
        return call('age', texts(), 'number');
      case 'today':
        arity(0);
        return call('today', [], 'date');
      case 'currentDate':
        arity(0);
        return call('now', [], 'datetime');
      case 'iif':
        arity(3);
        return call('if', texts(), 'any');
      case 'diffDays':
        arity(2);
        return call('days', texts(), 'number');
      case 'getDate':
        arity(1);
        return call('date', texts(), 'date');
      case 'round':
        if (args.length !== 1 && args.length !== 2) throw unsupported(`${name}(…)`);
        return call('round', texts(), 'number');
    }
    const aggregate = AGGREGATES[name];
    if (!aggregate) throw unsupported(`${name}()`);
    if (name.endsWith('InArray')) {
      const [group, column] = args;
      const entry = group?.kind === 'var' ? find(this.scope.top, group.name) : undefined;
      if (
        args.length !== 2 ||
        !entry?.rows ||
        column?.kind !== 'const' ||
        typeof column.value !== 'string'
      )
        throw unsupported(`${name}(…)`);
      const field = lookup(entry.rows, column.value);
      if (!field)
        throw new Untranslatable('expression_unknown_name', {
          name: `${group?.kind === 'var' ? group.name : ''}.${column.value}`,
        });
      return call(
        aggregate,
        [`${this.variable((group as { name: string }).name).text}.${field.key}`],
        'number',
      );
    }
    // SurveyJS sums its arguments (or one list); Yizhan sums a list.
    const parts = args.map((arg) => this.node(arg));
    if (parts.length === 1 && (parts[0]?.kind === 'multi' || parts[0]?.kind === 'list'))
      return call(aggregate, [parts[0].text], 'number');
    return call(aggregate, [`[${parts.map((part) => part.text).join(', ')}]`], 'number');
  }
}

/**
 * Translates a SurveyJS expression into the Yizhan expression language, or reports why it
 * cannot at `path` and returns undefined. `{q} = 'x'` → `q == 'x'`, `{q} notempty` →
 * `not isEmpty(q)`, `{services} anyof ['a', 'b']` → `services contains 'a' or services
 * contains 'b'`, `{panel.q}` → `$row.q`.
 */
export function translateExpression(
  source: unknown,
  scope: ExpressionScope,
  path: string,
  sink: IssueSink,
): Translated | undefined {
  if (typeof source !== 'string' || source.trim() === '') {
    sink.add('invalid_value', path, {
      property: path.split('/').at(-1),
      expected: 'an expression',
      received: source,
    });
    return undefined;
  }
  const parsed = parseSurveyExpression(source);
  if (!parsed.ok) {
    sink.add('expression_syntax', path, { expression: source, ...parsed.error });
    return undefined;
  }
  try {
    return new Translator(scope).node(parsed.node);
  } catch (error) {
    if (!(error instanceof Untranslatable)) throw error;
    sink.add(error.code, path, { expression: source, ...error.params });
    return undefined;
  }
}

/** The negation of a translated condition: `enableIf` becomes `readonlyIf`. */
export function negate(condition: Translated): string {
  // `not not x` reads badly: drop a leading `not` instead (its operand stands alone).
  if (condition.precedence === NOT && condition.text.startsWith('not '))
    return condition.text.slice(4);
  return `not ${wrap(condition, NOT)}`;
}
