import type { BinaryOperator, ExprNode } from './ast';
import { columnAt, type ExprIssueCode, type ExprRawIssue } from './issue';
import { type Token, tokenize } from './lexer';

/**
 * How deep an expression may nest (parentheses, lists, calls, and chains of operators).
 * It keeps every recursive pass over the tree far from the engine's stack limit.
 */
export const MAX_EXPRESSION_DEPTH = 100;

/** The syntax tree of an expression, or the first problem found with its position. */
export type SyntaxResult =
  | { readonly ok: true; readonly ast: ExprNode }
  | { readonly ok: false; readonly issue: ExprRawIssue };

const COMPARISONS = new Set(['==', '!=', '<', '<=', '>', '>=', 'in', 'contains']);

// Thrown inside the parser only, and always caught by parseSyntax.
class SyntaxFailure {
  constructor(readonly issue: ExprRawIssue) {}
}

class Parser {
  private index = 0;
  private nesting = 0;
  private readonly depthOf = new WeakMap<ExprNode, number>();

  constructor(
    private readonly source: string,
    private readonly tokens: readonly Token[],
  ) {}

  parse(): ExprNode {
    const ast = this.parseOr();
    if (this.peek().kind !== 'end')
      this.fail('unexpected_token', this.peek(), { expected: 'operator' });
    return ast;
  }

  private peek(): Token {
    // The last token is always `end`, and the parser never moves past it.
    return this.tokens[this.index] ?? (this.tokens[this.tokens.length - 1] as Token);
  }

  private advance(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private isOperator(text: string): boolean {
    const token = this.peek();
    return token.kind === 'operator' && token.text === text;
  }

  private isKeyword(text: string): boolean {
    const token = this.peek();
    return token.kind === 'keyword' && token.text === text;
  }

  private fail(code: ExprIssueCode, token: Token, params: Record<string, unknown> = {}): never {
    const found = token.kind === 'end' ? null : token.text;
    throw new SyntaxFailure({
      code,
      params: { position: columnAt(this.source, token.start), ...params, found },
    });
  }

  /** Records a node's depth and refuses trees deeper than the limit. */
  private node<N extends ExprNode>(node: N, children: readonly ExprNode[]): N {
    const depth = 1 + Math.max(0, ...children.map((child) => this.depthOf.get(child) ?? 1));
    if (depth > MAX_EXPRESSION_DEPTH) {
      throw new SyntaxFailure({
        code: 'too_deep',
        params: { position: columnAt(this.source, node.start), limit: MAX_EXPRESSION_DEPTH },
      });
    }
    this.depthOf.set(node, depth);
    return node;
  }

  // Guards the parser's own recursion, which runs before any node exists.
  private nested<T>(token: Token, parse: () => T): T {
    this.nesting += 1;
    if (this.nesting > MAX_EXPRESSION_DEPTH) {
      throw new SyntaxFailure({
        code: 'too_deep',
        params: { position: columnAt(this.source, token.start), limit: MAX_EXPRESSION_DEPTH },
      });
    }
    const result = parse();
    this.nesting -= 1;
    return result;
  }

  private binary(operator: BinaryOperator, left: ExprNode, right: ExprNode): ExprNode {
    return this.node({ kind: 'binary', operator, left, right, start: left.start, end: right.end }, [
      left,
      right,
    ]);
  }

  private parseOr(): ExprNode {
    let left = this.parseAnd();
    while (this.isKeyword('or')) {
      this.advance();
      left = this.binary('or', left, this.parseAnd());
    }
    return left;
  }

  private parseAnd(): ExprNode {
    let left = this.parseNot();
    while (this.isKeyword('and')) {
      this.advance();
      left = this.binary('and', left, this.parseNot());
    }
    return left;
  }

  private parseNot(): ExprNode {
    if (!this.isKeyword('not')) return this.parseComparison();
    const token = this.advance();
    const operand = this.nested(token, () => this.parseNot());
    return this.node(
      { kind: 'unary', operator: 'not', operand, start: token.start, end: operand.end },
      [operand],
    );
  }

  private comparisonAhead(): boolean {
    const token = this.peek();
    return (token.kind === 'operator' || token.kind === 'keyword') && COMPARISONS.has(token.text);
  }

  private parseComparison(): ExprNode {
    const left = this.parseAdditive();
    if (!this.comparisonAhead()) return left;
    const operator = this.advance().text as BinaryOperator;
    const node = this.binary(operator, left, this.parseAdditive());
    if (this.comparisonAhead()) {
      this.fail('chained_comparison', this.peek(), { operator: this.peek().text });
    }
    return node;
  }

  private parseAdditive(): ExprNode {
    let left = this.parseMultiplicative();
    while (this.isOperator('+') || this.isOperator('-')) {
      const operator = this.advance().text as BinaryOperator;
      left = this.binary(operator, left, this.parseMultiplicative());
    }
    return left;
  }

  private parseMultiplicative(): ExprNode {
    let left = this.parseUnary();
    while (this.isOperator('*') || this.isOperator('/') || this.isOperator('%')) {
      const operator = this.advance().text as BinaryOperator;
      left = this.binary(operator, left, this.parseUnary());
    }
    return left;
  }

  private parseUnary(): ExprNode {
    if (!this.isOperator('-')) return this.parsePostfix();
    const token = this.advance();
    const operand = this.nested(token, () => this.parseUnary());
    return this.node(
      { kind: 'unary', operator: '-', operand, start: token.start, end: operand.end },
      [operand],
    );
  }

  private parsePostfix(): ExprNode {
    let object = this.parsePrimary();
    while (this.isOperator('.')) {
      this.advance();
      const token = this.peek();
      // Keywords are fine after a dot, so a field called `in` is `$form.in`.
      if (!(token.kind === 'name' && !token.text.startsWith('$')) && token.kind !== 'keyword') {
        this.fail('unexpected_token', token, { expected: 'field_name' });
      }
      this.advance();
      object = this.node(
        { kind: 'member', object, property: token.text, start: object.start, end: token.end },
        [object],
      );
    }
    return object;
  }

  private parsePrimary(): ExprNode {
    const token = this.advance();
    const { start, end } = token;
    switch (token.kind) {
      case 'number':
      case 'string':
        return this.node({ kind: 'literal', value: token.value ?? null, start, end }, []);
      case 'keyword':
        if (token.text === 'true' || token.text === 'false' || token.text === 'null') {
          const value = token.text === 'null' ? null : token.text === 'true';
          return this.node({ kind: 'literal', value, start, end }, []);
        }
        break;
      case 'name':
        if (this.isOperator('(')) return this.nested(token, () => this.parseCall(token));
        return this.node({ kind: 'name', name: token.text, start, end }, []);
      case 'operator':
        if (token.text === '(') return this.nested(token, () => this.parseGroup(token));
        if (token.text === '[') return this.nested(token, () => this.parseList(token));
        break;
    }
    return this.fail('unexpected_token', token, { expected: 'value' });
  }

  private parseGroup(open: Token): ExprNode {
    const inner = this.parseOr();
    if (!this.isOperator(')')) {
      this.fail('unclosed_paren', this.peek(), { open: columnAt(this.source, open.start) });
    }
    this.advance();
    return inner;
  }

  private parseList(open: Token): ExprNode {
    const items: ExprNode[] = [];
    if (!this.isOperator(']')) {
      for (;;) {
        items.push(this.parseOr());
        if (this.isOperator(',')) {
          this.advance();
          continue;
        }
        if (this.isOperator(']')) break;
        this.fail('unclosed_list', this.peek(), { open: columnAt(this.source, open.start) });
      }
    }
    const close = this.advance();
    return this.node({ kind: 'list', items, start: open.start, end: close.end }, items);
  }

  private parseCall(name: Token): ExprNode {
    this.advance(); // (
    const args: ExprNode[] = [];
    if (!this.isOperator(')')) {
      for (;;) {
        args.push(this.parseOr());
        if (this.isOperator(',')) {
          this.advance();
          continue;
        }
        if (this.isOperator(')')) break;
        this.fail('unclosed_call', this.peek(), { name: name.text });
      }
    }
    const close = this.advance();
    return this.node(
      { kind: 'call', callee: name.text, args, start: name.start, end: close.end },
      args,
    );
  }
}

/**
 * Parses an expression into its syntax tree without looking at fields or types. Stops at
 * the first problem and says where it is. Never throws.
 *
 * @example
 * parseSyntax('age >= 60'); // { ok: true, ast: { kind: 'binary', operator: '>=', … } }
 */
export function parseSyntax(source: string): SyntaxResult {
  const lexed = tokenize(source);
  if (!lexed.ok) return lexed;
  if (lexed.tokens.length === 1) {
    return { ok: false, issue: { code: 'empty_expression', params: { position: 1 } } };
  }
  try {
    return { ok: true, ast: new Parser(source, lexed.tokens).parse() };
  } catch (error) {
    if (error instanceof SyntaxFailure) return { ok: false, issue: error.issue };
    throw error;
  }
}
