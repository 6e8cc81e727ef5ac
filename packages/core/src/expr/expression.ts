import type { CheckResult } from '../form/issues';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { compileExpression, type Expression } from './compile-expression';
import { toIssue } from './issue';
import type { ExprEnvironment, ExprType } from './types';

export type { Expression };

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
  const result = compileExpression(source, env, options.expect);
  if (result.ok) return result;
  return { ok: false, issues: result.issues.map((raw) => toIssue(raw, locale)) };
}
