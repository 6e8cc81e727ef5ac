import type { RawIssue } from './issues';
import { toJsonPointer } from './json-pointer';
import type { FormDefinition } from './schema';

/**
 * The checks zod's per-value schemas cannot make: keys unique across the form, option
 * values unique within a field, defaults that are one of the options.
 */
export function checkFormConsistency(form: FormDefinition): RawIssue[] {
  const issues: RawIssue[] = [];
  const firstSeen = new Map<string, string>();
  form.fields.forEach((field, index) => {
    const where = ['fields', index] as const;
    const first = firstSeen.get(field.key);
    if (first === undefined) firstSeen.set(field.key, toJsonPointer([...where, 'key']));
    else {
      issues.push({
        code: 'duplicate_key',
        path: toJsonPointer([...where, 'key']),
        params: { key: field.key, first },
      });
    }
    if (field.type !== 'select') return;
    const values = new Set<string>();
    field.options.forEach((option, optionIndex) => {
      if (values.has(option.value)) {
        issues.push({
          code: 'duplicate_option',
          path: toJsonPointer([...where, 'options', optionIndex, 'value']),
          params: { value: option.value },
        });
      }
      values.add(option.value);
    });
    if (field.default !== undefined && !values.has(field.default)) {
      issues.push({
        code: 'default_not_an_option',
        path: toJsonPointer([...where, 'default']),
        params: { value: field.default, allowed: [...values] },
      });
    }
  });
  return issues;
}
