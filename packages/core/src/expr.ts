/**
 * The Yizhan expression language: conditions and computed values for forms (`visibleIf`,
 * `requiredIf`, computed fields, custom rules) and flow guards. Parsed and interpreted,
 * never `eval`, so it runs under a strict Content-Security-Policy. See docs/expressions.md.
 */
export type {
  BinaryNode,
  BinaryOperator,
  CallNode,
  ExprNode,
  ListNode,
  LiteralNode,
  MemberNode,
  NameNode,
  Span,
  UnaryNode,
  UnaryOperator,
} from './expr/ast';
export { DEFAULT_TIME_ZONE, InvalidTimeZoneError } from './expr/clock';
export {
  type Expression,
  type ParseExpressionOptions,
  parseExpression,
} from './expr/expression';
export { formatExpression } from './expr/format';
export { FUNCTION_NAMES } from './expr/functions';
export { type EvalContext, evaluate, evaluateCondition } from './expr/interpreter';
export { EXPR_ISSUE_CODES, type ExprIssueCode, type ExprRawIssue } from './expr/issue';
export { MAX_EXPRESSION_DEPTH, parseSyntax, type SyntaxResult } from './expr/parser';
export type { FieldScope, ProgramNode } from './expr/program';
export {
  type ExprEnvironment,
  type ExprType,
  exprTypes,
  formatType,
  type ScalarKind,
  t,
} from './expr/types';
