import { DEFAULT_TIME_ZONE } from './clock';
import type { Expression } from './expression';
import { lookupFunction, type RuntimeContext } from './functions';
import type { ProgramNode } from './program';
import type { ExprType } from './types';
import { compareValues, conform, finite, isRecord, ownValue, valuesEqual } from './values';

/** The data an expression is evaluated against. */
export interface EvalContext {
  /** The form's answers by field key. */
  readonly data: Readonly<Record<string, unknown>>;
  /** The current row's answers, when the expression belongs to a repeat group. */
  readonly row?: Readonly<Record<string, unknown>>;
  /** The instant `today()`, `now()` and `age()` see; defaults to the current time. */
  readonly now?: Date;
  /** The IANA time zone dates are read in; defaults to Asia/Shanghai. */
  readonly timeZone?: string;
}

interface Run extends RuntimeContext {
  readonly data: Readonly<Record<string, unknown>>;
  readonly row: Readonly<Record<string, unknown>> | undefined;
}

// Deeper nesting than any form has; it bounds the walk over unusual data.
const MAX_DATA_DEPTH = 32;

function readMember(value: unknown, key: string, type: ExprType, depth = 0): unknown {
  if (isRecord(value)) return conform(ownValue(value, key), type);
  if (!Array.isArray(value) || depth > MAX_DATA_DEPTH) return null;
  // Over a repeat group: every row's value, with lists (and nested groups) flattened.
  const values: unknown[] = [];
  for (const item of value) {
    const read = readMember(item, key, type, depth + 1);
    // A row without the inner list (an empty nested group) adds no items.
    if (read === null && type.kind === 'list') continue;
    if (Array.isArray(read) && (type.kind === 'list' || Array.isArray(item))) values.push(...read);
    else values.push(read);
  }
  return values;
}

function arithmetic(operator: string, a: unknown, b: unknown): unknown {
  if (operator === '+' && typeof a === 'string' && typeof b === 'string') return a + b;
  if (typeof a !== 'number' || typeof b !== 'number') return null;
  switch (operator) {
    case '+':
      return finite(a + b);
    case '-':
      return finite(a - b);
    case '*':
      return finite(a * b);
    case '/':
      return b === 0 ? null : finite(a / b);
    default:
      return b === 0 ? null : finite(a % b);
  }
}

function compare(operator: string, a: unknown, b: unknown, run: Run): unknown {
  if (a === null || b === null) return false;
  const order = compareValues(a, b, run.timeZone);
  if (order === undefined) return null;
  switch (operator) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    default:
      return order >= 0;
  }
}

function contains(container: unknown, part: unknown, run: Run): unknown {
  if (container === null || part === null) return false;
  if (Array.isArray(container))
    return container.some((item) => valuesEqual(item, part, run.timeZone));
  if (typeof container === 'string')
    return typeof part === 'string' ? container.includes(part) : null;
  return null;
}

function binary(node: Extract<ProgramNode, { op: 'binary' }>, run: Run): unknown {
  const { operator } = node;
  // `and` and `or` short-circuit; anything but true counts as false.
  if (operator === 'and')
    return evaluateNode(node.left, run) === true && evaluateNode(node.right, run) === true;
  if (operator === 'or')
    return evaluateNode(node.left, run) === true || evaluateNode(node.right, run) === true;
  const a = evaluateNode(node.left, run);
  const b = evaluateNode(node.right, run);
  switch (operator) {
    case '==':
      return valuesEqual(a, b, run.timeZone);
    case '!=':
      return !valuesEqual(a, b, run.timeZone);
    case '<':
    case '<=':
    case '>':
    case '>=':
      return compare(operator, a, b, run);
    case 'in':
      return a === null || b === null ? false : Array.isArray(b) ? contains(b, a, run) : null;
    case 'contains':
      return contains(a, b, run);
    default:
      return arithmetic(operator, a, b);
  }
}

function call(node: Extract<ProgramNode, { op: 'call' }>, run: Run): unknown {
  // Lazy: only the branch taken, and arguments up to the first value, are evaluated.
  if (node.name === 'if') {
    const [condition, then, otherwise] = node.args;
    if (!condition || !then || !otherwise) return null;
    return evaluateNode(evaluateNode(condition, run) === true ? then : otherwise, run);
  }
  if (node.name === 'coalesce') {
    for (const arg of node.args) {
      const value = evaluateNode(arg, run);
      if (value !== null) return value;
    }
    return null;
  }
  const spec = lookupFunction(node.name);
  if (!spec) return null;
  const args = node.args.map((arg) => evaluateNode(arg, run));
  if (node.pattern) args[1] = node.pattern;
  return spec.run(args, run);
}

function evaluateNode(node: ProgramNode, run: Run): unknown {
  switch (node.op) {
    case 'const':
      return node.value;
    case 'list':
      return node.items.map((item) => evaluateNode(item, run));
    case 'field': {
      const source = node.scope === 'row' ? run.row : run.data;
      return source && isRecord(source) ? conform(ownValue(source, node.key), node.type) : null;
    }
    case 'scope': {
      const source = node.scope === 'row' ? run.row : run.data;
      return source && isRecord(source) ? source : null;
    }
    case 'member':
      return readMember(evaluateNode(node.object, run), node.key, node.type);
    case 'not': {
      const value = evaluateNode(node.operand, run);
      return value === null ? true : typeof value === 'boolean' ? !value : null;
    }
    case 'negate': {
      const value = evaluateNode(node.operand, run);
      return typeof value === 'number' ? finite(-value) : null;
    }
    case 'binary':
      return binary(node, run);
    case 'call':
      return call(node, run);
  }
}

/**
 * Evaluates a parsed expression against a form's answers. Never throws on user data: an
 * empty answer is null, and a value of an unexpected type makes its operation give null.
 *
 * @example
 * const { value } = parseExpression('age(birthDate) >= 60', env);
 * evaluate(value, { data: { birthDate: '1950-03-01' } }); // true
 */
export function evaluate(expression: Expression, context: EvalContext): unknown {
  let now: Date | undefined = context.now;
  const run: Run = {
    data: context.data,
    row: context.row,
    timeZone: context.timeZone ?? DEFAULT_TIME_ZONE,
    now: () => {
      now ??= new Date();
      return now;
    },
  };
  return evaluateNode(expression.program, run);
}

/**
 * Evaluates a condition (`visibleIf`, `requiredIf`, a flow guard): true only when the value
 * is exactly `true`; null, false and anything else are false.
 */
export function evaluateCondition(expression: Expression, context: EvalContext): boolean {
  return evaluate(expression, context) === true;
}
