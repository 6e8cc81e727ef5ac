import type { Issue } from '../form/issues';
import type { Locale } from '../i18n/locale';
import { formatExprMessage } from './messages';

/** Every code an expression issue can carry. Each has a message in every locale. */
export const EXPR_ISSUE_CODES = [
  'empty_expression',
  'unexpected_character',
  'use_operator',
  'unterminated_string',
  'invalid_number',
  'unexpected_token',
  'unclosed_call',
  'unclosed_paren',
  'unclosed_list',
  'chained_comparison',
  'too_deep',
  'unknown_field',
  'row_outside_repeat',
  'not_an_object',
  'unknown_function',
  'wrong_argument_count',
  'argument_type',
  'operand_type',
  'incomparable',
  'mixed_operands',
  'pattern_not_literal',
  'invalid_pattern',
  'not_boolean',
  'wrong_result_type',
] as const;

/** A code from {@link EXPR_ISSUE_CODES}. */
export type ExprIssueCode = (typeof EXPR_ISSUE_CODES)[number];

/**
 * An expression issue before it has a message. `params.position` is the 1-based column
 * (counted in characters, so Chinese text and emoji count as one each).
 */
export interface ExprRawIssue {
  readonly code: ExprIssueCode;
  readonly params: Readonly<Record<string, unknown>> & { readonly position: number };
}

/** The 1-based column of a UTF-16 offset in `source`, counting code points. */
export function columnAt(source: string, offset: number): number {
  let column = 1;
  for (let i = 0; i < offset && i < source.length; i += 1) {
    const code = source.charCodeAt(i);
    // The high half of a surrogate pair starts a character; the low half does not.
    if (code < 0xdc00 || code > 0xdfff) column += 1;
  }
  return column;
}

/** Gives a raw issue its message. The path is '': callers prefix their own JSON pointer. */
export function toIssue(raw: ExprRawIssue, locale: Locale): Issue {
  return {
    code: raw.code,
    path: '',
    message: formatExprMessage(raw.code, raw.params, locale),
    params: raw.params,
  };
}
