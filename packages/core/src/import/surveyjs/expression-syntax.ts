/** A node of a SurveyJS expression, as the SurveyJS grammar reads it. */
export type SurveyNode =
  | { readonly kind: 'const'; readonly value: string | number | boolean | null }
  | { readonly kind: 'var'; readonly name: string }
  | { readonly kind: 'array'; readonly items: readonly SurveyNode[] }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly SurveyNode[] }
  | {
      readonly kind: 'unary';
      readonly op: 'negate' | 'empty' | 'notempty' | 'minus';
      readonly operand: SurveyNode;
    }
  | {
      readonly kind: 'binary';
      readonly op: SurveyBinaryOperator;
      readonly left: SurveyNode;
      readonly right: SurveyNode;
    };

/** The binary operators of SurveyJS expressions, by the names SurveyJS gives them. */
export type SurveyBinaryOperator =
  | 'or'
  | 'and'
  | 'equal'
  | 'notequal'
  | 'less'
  | 'greater'
  | 'lessorequal'
  | 'greaterorequal'
  | 'plus'
  | 'minus'
  | 'mul'
  | 'div'
  | 'mod'
  | 'power'
  | 'contains'
  | 'notcontains'
  | 'anyof'
  | 'allof'
  | 'noneof';

/** Where a SurveyJS expression cannot be read: a 1-based column and what was found (null at the end). */
export interface SurveySyntaxError {
  readonly position: number;
  readonly found: string | null;
}

interface Token {
  readonly kind: 'var' | 'string' | 'number' | 'word' | 'symbol' | 'end';
  readonly text: string;
  readonly value?: string | number;
  readonly start: number;
}

class Failure {
  constructor(readonly error: SurveySyntaxError) {}
}

const SYMBOLS = [
  '<=',
  '=<',
  '>=',
  '=>',
  '==',
  '!=',
  '<>',
  '&&',
  '||',
  '*=',
  '=',
  '<',
  '>',
  '!',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '(',
  ')',
  '[',
  ']',
  ',',
];

// Operators by precedence level, lowest first; each maps what may be written to its name.
const LEVELS: readonly Readonly<Record<string, SurveyBinaryOperator>>[] = [
  { '||': 'or', or: 'or' },
  { '&&': 'and', and: 'and' },
  {
    '<=': 'lessorequal',
    '=<': 'lessorequal',
    lessorequal: 'lessorequal',
    '>=': 'greaterorequal',
    '=>': 'greaterorequal',
    greaterorequal: 'greaterorequal',
    '==': 'equal',
    '=': 'equal',
    equal: 'equal',
    equals: 'equal',
    '!=': 'notequal',
    '<>': 'notequal',
    notequal: 'notequal',
    notequals: 'notequal',
    '<': 'less',
    less: 'less',
    '>': 'greater',
    greater: 'greater',
  },
  { '+': 'plus', '-': 'minus' },
  { '*': 'mul', '/': 'div', '%': 'mod' },
  { '^': 'power', power: 'power' },
  {
    '*=': 'contains',
    contains: 'contains',
    contain: 'contains',
    notcontains: 'notcontains',
    notcontain: 'notcontains',
    anyof: 'anyof',
    allof: 'allof',
    noneof: 'noneof',
  },
];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    const start = i;
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '{') {
      const end = source.indexOf('}', i);
      if (end < 0) throw new Failure({ position: start + 1, found: c });
      tokens.push({
        kind: 'var',
        text: source.slice(i, end + 1),
        value: source.slice(i + 1, end),
        start,
      });
      i = end + 1;
    } else if (c === "'" || c === '"') {
      let value = '';
      i += 1;
      while (i < source.length && source[i] !== c) {
        if (source[i] === '\\' && (source[i + 1] === "'" || source[i + 1] === '"')) i += 1;
        value += source[i];
        i += 1;
      }
      if (i >= source.length) throw new Failure({ position: start + 1, found: c });
      i += 1;
      tokens.push({ kind: 'string', text: source.slice(start, i), value, start });
    } else if (/[0-9]/.test(c)) {
      const match = /^(0x[0-9a-fA-F]+|\d+(\.\d+)?)/.exec(source.slice(i)) as RegExpExecArray;
      const text = match[0];
      tokens.push({ kind: 'number', text, value: Number(text), start });
      i += text.length;
    } else if (/[A-Za-z]/.test(c)) {
      const text = (/^[A-Za-z][A-Za-z0-9]*/.exec(source.slice(i)) as RegExpExecArray)[0];
      tokens.push({ kind: 'word', text, start });
      i += text.length;
    } else {
      const symbol = SYMBOLS.find((candidate) => source.startsWith(candidate, i));
      if (!symbol) throw new Failure({ position: start + 1, found: c });
      tokens.push({ kind: 'symbol', text: symbol, start });
      i += symbol.length;
    }
  }
  tokens.push({ kind: 'end', text: '', start: source.length });
  return tokens;
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): SurveyNode {
    const node = this.expression();
    if (this.peek().kind !== 'end') this.fail();
    return node;
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private fail(): never {
    const token = this.peek();
    throw new Failure({
      position: token.start + 1,
      found: token.kind === 'end' ? null : token.text,
    });
  }

  private isSymbol(text: string): boolean {
    const token = this.peek();
    return token.kind === 'symbol' && token.text === text;
  }

  private operatorAt(level: number): SurveyBinaryOperator | undefined {
    const token = this.peek();
    if (token.kind !== 'symbol' && token.kind !== 'word') return undefined;
    const table = LEVELS[level] as Readonly<Record<string, SurveyBinaryOperator>>;
    const text = token.kind === 'word' ? token.text.toLowerCase() : token.text;
    return Object.hasOwn(table, text) ? table[text] : undefined;
  }

  expression(level = 0): SurveyNode {
    if (level === LEVELS.length) return this.factor();
    let left = this.expression(level + 1);
    for (let op = this.operatorAt(level); op; op = this.operatorAt(level)) {
      this.next();
      left = { kind: 'binary', op, left, right: this.expression(level + 1) };
    }
    return left;
  }

  private sequence(close: string): SurveyNode[] {
    const items: SurveyNode[] = [];
    if (this.isSymbol(close)) return items;
    for (;;) {
      items.push(this.expression());
      if (!this.isSymbol(',')) return items;
      this.next();
    }
  }

  private factor(): SurveyNode {
    const token = this.peek();
    if (this.isSymbol('(')) {
      this.next();
      const inner = this.expression();
      // SurveyJS forgives a missing closing parenthesis at the end.
      if (this.isSymbol(')')) this.next();
      else if (this.peek().kind !== 'end') this.fail();
      return inner;
    }
    if (this.isSymbol('[')) {
      this.next();
      const items = this.sequence(']');
      if (!this.isSymbol(']')) this.fail();
      this.next();
      return { kind: 'array', items };
    }
    if (this.isSymbol('!') || (token.kind === 'word' && token.text.toLowerCase() === 'negate')) {
      this.next();
      // As in SurveyJS, `!` negates the whole rest of the expression.
      return { kind: 'unary', op: 'negate', operand: this.expression() };
    }
    if (this.isSymbol('-')) {
      this.next();
      const operand = this.factor();
      if (operand.kind === 'const' && typeof operand.value === 'number')
        return { kind: 'const', value: -operand.value };
      return { kind: 'unary', op: 'minus', operand };
    }
    if (token.kind === 'word' && this.peek(1).kind === 'symbol' && this.peek(1).text === '(') {
      this.next();
      this.next();
      const args = this.sequence(')');
      if (this.isSymbol(')')) this.next();
      else if (this.peek().kind !== 'end') this.fail();
      return { kind: 'call', name: token.text, args };
    }
    const atom = this.atom();
    const after = this.peek();
    const suffix = after.kind === 'word' ? after.text.toLowerCase() : '';
    if (suffix === 'empty' || suffix === 'notempty') {
      this.next();
      return { kind: 'unary', op: suffix, operand: atom };
    }
    return atom;
  }

  private atom(): SurveyNode {
    const token = this.next();
    switch (token.kind) {
      case 'var':
        return { kind: 'var', name: String(token.value).trim() };
      case 'string':
      case 'number':
        return { kind: 'const', value: token.value ?? null };
      case 'word': {
        const word = token.text.toLowerCase();
        if (word === 'true' || word === 'false') return { kind: 'const', value: word === 'true' };
        if (word === 'null' || word === 'undefined') return { kind: 'const', value: null };
        // SurveyJS reads a bare word as text: {status} = approved.
        return { kind: 'const', value: token.text };
      }
      default:
        this.index -= token.kind === 'end' ? 0 : 1;
        return this.fail();
    }
  }
}

/**
 * Reads a SurveyJS expression (`{age} >= 60 and {services} anyof ['meals', 'visits']`)
 * into its syntax tree, with SurveyJS's precedence: or, and, comparisons, + -, * / %, ^,
 * then contains/anyof/allof binding tightest. Never throws.
 */
export function parseSurveyExpression(
  source: string,
):
  | { readonly ok: true; readonly node: SurveyNode }
  | { readonly ok: false; readonly error: SurveySyntaxError } {
  try {
    const tokens = tokenize(source);
    if (tokens.length === 1) return { ok: false, error: { position: 1, found: null } };
    return { ok: true, node: new Parser(tokens).parse() };
  } catch (error) {
    if (error instanceof Failure) {
      // Columns count characters, so Chinese text and emoji count as one each.
      const offset = error.error.position - 1;
      const position = Array.from(source.slice(0, offset)).length + 1;
      return { ok: false, error: { ...error.error, position } };
    }
    throw error;
  }
}
