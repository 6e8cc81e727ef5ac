import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { checkFormConsistency } from './consistency';
import { useDefinitionMessages } from './definition-messages';
import { compileFormExpressions } from './expression-issues';
import type { FieldTypeRegistry } from './field-type';
import { type CheckResult, formatIssue, type Issue, type RawIssue } from './issues';
import { defaultFieldTypes, formSchemaFor, itemTypeNames } from './registry';
import type { FormDefinition } from './schema';
import { fromZodIssues } from './zod-issues';

/** Options of {@link parseForm}. */
export interface ParseFormOptions {
  /** The language of the issue messages; zh-CN when not given. */
  readonly locale?: Locale;
  /** The field types the form may use; the built-in ones when not given. */
  readonly fieldTypes?: FieldTypeRegistry;
}

/**
 * Checks a form definition (a JSON string or an already parsed value) and returns the
 * typed definition, or every issue found with its JSON pointer and a message that says
 * how to fix it. Checks, in order: JSON syntax, the shape of every item (zod), keys and
 * rules, then every expression against the form's own fields. Never throws on bad input.
 *
 * @example
 * const result = parseForm(json, { locale: 'en' });
 * if (!result.ok) for (const issue of result.issues) console.log(issue.path, issue.message);
 */
export function parseForm(
  input: unknown,
  options: ParseFormOptions = {},
): CheckResult<FormDefinition> {
  useDefinitionMessages();
  const locale = options.locale ?? DEFAULT_LOCALE;
  const registry = options.fieldTypes ?? defaultFieldTypes;
  const fail = (issues: readonly RawIssue[], formatted: readonly Issue[] = []) =>
    ({
      ok: false,
      issues: [...issues.map((issue) => formatIssue(issue, locale)), ...formatted],
    }) as const;

  let document = input;
  if (typeof input === 'string') {
    try {
      document = JSON.parse(input);
    } catch (error) {
      return fail([{ code: 'not_json', path: '', params: { detail: (error as Error).message } }]);
    }
  }
  const parsed = formSchemaFor(registry).safeParse(document);
  if (!parsed.success)
    return fail(fromZodIssues(parsed.error.issues, document, itemTypeNames(registry)));
  const form = parsed.data as FormDefinition;
  const inconsistencies = checkFormConsistency(form, registry);
  if (inconsistencies.length > 0) return fail(inconsistencies);
  const { issues } = compileFormExpressions(form, registry, locale);
  if (issues.length > 0) return fail([], issues);
  return { ok: true, value: form };
}
