// Must stay the first import: zod has to be jitless before the core builds its schemas.
import '@yizhan/core/strict-csp';
import {
  type CompiledForm,
  checkFormDefinition,
  compileForm,
  type FieldDefinition,
} from '@yizhan/core/form';
import type { Locale } from '@yizhan/core/i18n';

// One compiled single-field form per distinct field definition. A page rarely has more
// than a few dozen standalone fields; the bound only stops a leak when definitions churn.
const compiled = new Map<string, CompiledForm | null>();
const CACHE_LIMIT = 500;

function compiledFor(field: FieldDefinition): CompiledForm | null {
  const key = JSON.stringify(field);
  let form = compiled.get(key);
  if (form === undefined) {
    const definition = checkFormDefinition({
      schemaVersion: 1,
      id: 'field',
      version: 1,
      title: '-',
      fields: [field],
    });
    form = definition ? compileForm(definition) : null;
    if (compiled.size >= CACHE_LIMIT) compiled.clear();
    compiled.set(key, form);
  }
  return form;
}

/**
 * Checks one answer against a field definition with the core's rules, the same ones a
 * whole form and the server use, and returns the first message in `locale` ('' when the
 * answer is fine). A definition the core refuses yields '' (nothing to check against).
 */
export function checkField(field: FieldDefinition, value: unknown, locale: Locale): string {
  const form = compiledFor(field);
  if (!form) return '';
  const result = form.validate({ [field.key]: value }, { locale });
  return result.ok ? '' : (result.issues[0]?.message ?? '');
}

/** Whether the core accepts a single field definition (for tests and stories). */
export function isCheckableField(field: FieldDefinition): boolean {
  return compiledFor(field) !== null;
}
