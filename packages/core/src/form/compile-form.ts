import type * as z from 'zod';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { type FieldValue, type FieldValueRule, fieldValueRule } from './field-values';
import { type CheckResult, formatIssue, type RawIssue } from './issues';
import { toJsonPointer } from './json-pointer';
import type { FieldDefinition, FormDefinition } from './schema';

/** Cleaned submission data: one value per answered field, keyed by field key. */
export type SubmissionData = Readonly<Record<string, FieldValue>>;

/** Options of {@link CompiledForm.validate}. */
export interface ValidateOptions {
  /** The language of the issue messages; zh-CN when not given. */
  readonly locale?: Locale;
}

/** A form definition turned into the checks the browser and the server share. */
export interface CompiledForm {
  readonly definition: FormDefinition;
  /**
   * Checks a submission. Returns the cleaned data (unknown keys and blank optional
   * answers dropped) or one issue per field, with the field's JSON pointer as path.
   */
  validate(data: unknown, options?: ValidateOptions): CheckResult<SubmissionData>;
  /** The values a new, empty answer starts with: each field's default, if any. */
  initialValues(): SubmissionData;
}

function valueIssue(
  issue: z.core.$ZodIssue | undefined,
  path: string,
  rule: FieldValueRule,
): RawIssue {
  if (issue?.code === 'too_big')
    return { code: 'too_long', path, params: { maximum: Number(issue.maximum) } };
  const params = issue?.code === 'custom' ? issue.params : undefined;
  if (params && typeof params.code === 'string') return { code: params.code, path, params };
  return { code: 'wrong_value_type', path, params: { expected: rule.expected } };
}

interface CompiledField {
  readonly field: FieldDefinition;
  readonly rule: FieldValueRule;
  readonly path: string;
}

/**
 * Compiles a parsed form definition into its validator. Compile once, validate many
 * times: the per-field rules are built here, not on every call.
 *
 * @example
 * const form = compileForm(parsed.value);
 * const result = form.validate({ name: '李梅' }, { locale: 'en' });
 */
export function compileForm(definition: FormDefinition): CompiledForm {
  const fields: CompiledField[] = definition.fields.map((field) => ({
    field,
    rule: fieldValueRule(field),
    path: toJsonPointer([field.key]),
  }));

  return {
    definition,
    validate(data, options = {}) {
      const locale = options.locale ?? DEFAULT_LOCALE;
      const record: Record<string, unknown> =
        data !== null && typeof data === 'object' && !Array.isArray(data)
          ? (data as Record<string, unknown>)
          : {};
      const cleaned: Record<string, FieldValue> = {};
      const issues: RawIssue[] = [];
      for (const { field, rule, path } of fields) {
        const value = record[field.key];
        if (rule.isEmpty(value)) {
          if (field.required)
            issues.push({
              code: field.type === 'checkbox' ? 'must_be_checked' : 'required',
              path,
              params: {},
            });
          continue;
        }
        const result = rule.schema.safeParse(value);
        if (result.success) {
          cleaned[field.key] = result.data;
          continue;
        }
        issues.push(valueIssue(result.error.issues[0], path, rule));
      }
      if (issues.length > 0)
        return { ok: false, issues: issues.map((issue) => formatIssue(issue, locale)) };
      return { ok: true, value: cleaned };
    },
    initialValues() {
      const values: Record<string, FieldValue> = {};
      for (const { field } of fields)
        if (field.default !== undefined) values[field.key] = field.default;
      return values;
    },
  };
}
