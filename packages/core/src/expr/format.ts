import type { ExprNode } from './ast';

const BINARY_PRECEDENCE: Readonly<Record<string, number>> = {
  or: 1,
  and: 2,
  '==': 4,
  '!=': 4,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  in: 4,
  contains: 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};
const NOT = 3;
const COMPARISON = 4;
const NEGATE = 7;
const MEMBER = 8;
const ATOM = 9;

function precedence(node: ExprNode): number {
  switch (node.kind) {
    case 'binary':
      return BINARY_PRECEDENCE[node.operator] ?? ATOM;
    case 'unary':
      return node.operator === 'not' ? NOT : NEGATE;
    case 'member':
      return MEMBER;
    case 'literal':
      // A negative number (never produced by the parser) reads back as a negation.
      return typeof node.value === 'number' && (node.value < 0 || Object.is(node.value, -0))
        ? NEGATE
        : ATOM;
    default:
      return ATOM;
  }
}

const ESCAPED: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\t': '\\t',
  '\r': '\\r',
};

/**
 * Writes text as a single-quoted literal that reads back as the same text. A backslash is
 * doubled only where it would start an escape, so patterns keep their shape: '1[3-9]\d{9}'.
 */
export function quoteText(text: string): string {
  const body = text.replace(/\\(?=[\\'"ntr]|$)|['\n\t\r]/g, (c) => ESCAPED[c] ?? c);
  return `'${body}'`;
}

function literal(value: string | number | boolean | null): string {
  if (typeof value === 'string') return quoteText(value);
  if (typeof value === 'number' && Object.is(value, -0)) return '-0';
  return String(value);
}

/**
 * Writes a syntax tree back as expression text, with single spaces around operators and
 * only the parentheses that precedence needs. Parsing the text gives the same tree (apart
 * from positions) for every tree the parser produces.
 *
 * @example
 * formatExpression(parseSyntax('(age>=60)and(not   isEmpty(phone))').ast);
 * // 'age >= 60 and not isEmpty(phone)'
 */
export function formatExpression(node: ExprNode): string {
  const wrap = (child: ExprNode, parens: boolean) => {
    const text = formatExpression(child);
    return parens ? `(${text})` : text;
  };
  switch (node.kind) {
    case 'literal':
      return literal(node.value);
    case 'list':
      return `[${node.items.map(formatExpression).join(', ')}]`;
    case 'name':
      return node.name;
    case 'member':
      return `${wrap(node.object, precedence(node.object) < MEMBER)}.${node.property}`;
    case 'call':
      return `${node.callee}(${node.args.map(formatExpression).join(', ')})`;
    case 'unary':
      return node.operator === 'not'
        ? `not ${wrap(node.operand, precedence(node.operand) < NOT)}`
        : `-${wrap(node.operand, precedence(node.operand) < NEGATE)}`;
    case 'binary': {
      const own = precedence(node);
      // Comparisons do not chain, so a comparison inside one always needs parentheses.
      const left = own === COMPARISON ? own + 1 : own;
      const l = wrap(node.left, precedence(node.left) < left);
      const r = wrap(node.right, precedence(node.right) <= own);
      return `${l} ${node.operator} ${r}`;
    }
  }
}
