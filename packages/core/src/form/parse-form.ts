import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { checkFormConsistency } from './consistency';
import { type CheckResult, formatIssue, type RawIssue } from './issues';
import { type FormDefinition, formDefinitionSchema } from './schema';
import { fromZodIssues } from './zod-issues';

/** Options of {@link parseForm}. */
export interface ParseFormOptions {
  /** The language of the issue messages; zh-CN when not given. */
  readonly locale?: Locale;
}

/**
 * Checks a form definition (a JSON string or an already parsed value) and returns the
 * typed definition, or every issue found with its JSON pointer and a message that says
 * how to fix it. Never throws on bad input.
 *
 * @example
 * const result = parseForm(json, { locale: 'en' });
 * if (!result.ok) for (const issue of result.issues) console.log(issue.path, issue.message);
 */
export function parseForm(
  input: unknown,
  options: ParseFormOptions = {},
): CheckResult<FormDefinition> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const fail = (issues: RawIssue[]) =>
    ({ ok: false, issues: issues.map((issue) => formatIssue(issue, locale)) }) as const;

  let document = input;
  if (typeof input === 'string') {
    try {
      document = JSON.parse(input);
    } catch (error) {
      return fail([{ code: 'not_json', path: '', params: { detail: (error as Error).message } }]);
    }
  }
  const parsed = formDefinitionSchema.safeParse(document);
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues, document));
  const inconsistencies = checkFormConsistency(parsed.data);
  if (inconsistencies.length > 0) return fail(inconsistencies);
  return { ok: true, value: parsed.data };
}
