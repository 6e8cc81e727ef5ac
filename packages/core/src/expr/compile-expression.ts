import type { ExprNode } from './ast';
import { checkSyntax } from './checker';
import type { ExprRawIssue } from './issue';
import { parseSyntax } from './parser';
import type { ProgramNode } from './program';
import { type ExprEnvironment, type ExprType, formatType } from './types';

/** A parsed and type-checked expression, ready for {@link evaluate}. */
export interface Expression {
  /** The text as written. */
  readonly source: string;
  /** The syntax tree; {@link formatExpression} writes it back as text. */
  readonly ast: ExprNode;
  /** The type of the value the expression gives. */
  readonly type: ExprType;
  /**
   * The top-level field keys the expression reads, in order of first use. Names of the
   * current repeat row appear as `$row.key`. Forms use this to order computed fields and
   * find cycles.
   */
  readonly references: readonly string[];
  /** The checked, name-resolved form the interpreter runs. Built by parseExpression. */
  readonly program: ProgramNode;
}

function expectationIssue(type: ExprType, expect: ExprType['kind']): ExprRawIssue | undefined {
  if (type.kind === 'any' || type.kind === expect) return undefined;
  if (expect === 'boolean')
    return { code: 'not_boolean', params: { position: 1, type: formatType(type) } };
  // An expression that is always empty (null) can fill any computed field.
  if (type.kind === 'null') return undefined;
  return {
    code: 'wrong_result_type',
    params: { position: 1, expected: expect, type: formatType(type) },
  };
}

/**
 * Parses and type-checks an expression like {@link parseExpression}, but leaves issues
 * without messages (codes and params only), so code that only needs to know whether an
 * expression is valid does not load the message catalogs.
 */
export function compileExpression(
  source: string,
  env: ExprEnvironment,
  expect?: ExprType['kind'],
):
  | { readonly ok: true; readonly value: Expression }
  | { readonly ok: false; readonly issues: readonly ExprRawIssue[] } {
  const syntax = parseSyntax(source);
  if (!syntax.ok) return { ok: false, issues: [syntax.issue] };
  const checked = checkSyntax(source, syntax.ast, env);
  const issues = [...checked.issues];
  if (issues.length === 0 && expect) {
    const issue = expectationIssue(checked.type, expect);
    if (issue) issues.push(issue);
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      source,
      ast: syntax.ast,
      type: checked.type,
      references: checked.references,
      program: checked.program,
    },
  };
}
