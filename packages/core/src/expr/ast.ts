/** Operators written between two operands, lowest precedence first within each group. */
export type BinaryOperator =
  | 'or'
  | 'and'
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | 'in'
  | 'contains'
  | '+'
  | '-'
  | '*'
  | '/'
  | '%';

/** Operators written before their operand. */
export type UnaryOperator = 'not' | '-';

/** Where a node sits in its source: UTF-16 offsets, `start` inclusive and `end` exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A number, text, `true`, `false` or `null` written in the expression. */
export interface LiteralNode extends Span {
  readonly kind: 'literal';
  readonly value: string | number | boolean | null;
}

/** A list written in brackets: `['elderly-children', 'child-care']`. */
export interface ListNode extends Span {
  readonly kind: 'list';
  readonly items: readonly ExprNode[];
}

/** A bare name: a field key such as `age`, or `$row` / `$form`. */
export interface NameNode extends Span {
  readonly kind: 'name';
  readonly name: string;
}

/** Postfix member access: `address.building`, `$row.qty`, `items.qty`. */
export interface MemberNode extends Span {
  readonly kind: 'member';
  readonly object: ExprNode;
  readonly property: string;
}

/** `not x` or `-x`. */
export interface UnaryNode extends Span {
  readonly kind: 'unary';
  readonly operator: UnaryOperator;
  readonly operand: ExprNode;
}

/** `left <operator> right`. */
export interface BinaryNode extends Span {
  readonly kind: 'binary';
  readonly operator: BinaryOperator;
  readonly left: ExprNode;
  readonly right: ExprNode;
}

/** A function call: `age(birthDate)`, `round(total, 2)`. */
export interface CallNode extends Span {
  readonly kind: 'call';
  readonly callee: string;
  readonly args: readonly ExprNode[];
}

/** The syntax tree of an expression, as the parser returns it. */
export type ExprNode =
  | LiteralNode
  | ListNode
  | NameNode
  | MemberNode
  | UnaryNode
  | BinaryNode
  | CallNode;

/** Words that cannot name a field where a bare name is expected (use `$form.key` instead). */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'not',
  'in',
  'contains',
  'true',
  'false',
  'null',
]);

/** The names that open a scope: `$row` (the current repeat row) and `$form` (the whole form). */
export const SCOPE_NAMES: ReadonlySet<string> = new Set(['$row', '$form']);
