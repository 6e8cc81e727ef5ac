import type { CheckResult } from '../form/issues';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import type { ExprNode } from './ast';
import { checkSyntax } from './checker';
import { type ExprRawIssue, toIssue } from './issue';
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

/** Options of {@link parseExpression}. */
export interface ParseExpressionOptions {
  /** The language of issue messages; zh-CN by default. */
  readonly locale?: Locale;
  /**
   * The kind of value the expression must give: `'boolean'` for conditions (`visibleIf`,
   * `requiredIf`, guards), or a computed field's type. Values of type `any` always pass.
   */
  readonly expect?: ExprType['kind'];
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
 * Parses and type-checks an expression against the fields it may name. Issues have a code,
 * the path '' (the caller prefixes its own JSON pointer), a localized message with the
 * 1-based column, and params `{ position, expected?, name?, … }`. Never throws.
 *
 * @example
 * const env = { fields: { birthDate: t.date, category: t.string } };
 * const result = parseExpression('age(birthDate) >= 60', env, { expect: 'boolean' });
 * if (result.ok) evaluateCondition(result.value, { data: { birthDate: '1950-03-01' } });
 */
export function parseExpression(
  source: string,
  env: ExprEnvironment,
  options: ParseExpressionOptions = {},
): CheckResult<Expression> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const syntax = parseSyntax(source);
  if (!syntax.ok) return { ok: false, issues: [toIssue(syntax.issue, locale)] };
  const checked = checkSyntax(source, syntax.ast, env);
  const issues = [...checked.issues];
  if (issues.length === 0 && options.expect) {
    const issue = expectationIssue(checked.type, options.expect);
    if (issue) issues.push(issue);
  }
  if (issues.length > 0) return { ok: false, issues: issues.map((raw) => toIssue(raw, locale)) };
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
