// Must stay the first import: in the script-tag bundle this module is a file of its own
// (yizhan-report.js) with its own copy of zod, which has to be jitless too.
import '@yizhan/core/strict-csp';
import { type FieldTypeRegistry, type Issue, parseForm } from '@yizhan/core/form';
import type { Locale } from '@yizhan/core/i18n';

/**
 * The worded issues of a definition `checkFormDefinition` refused. `<yz-form>` imports this
 * module only then, so `parseForm` and the definition and expression messages load only
 * for a broken definition (with the types of `registerFieldElement`). In the script-tag bundle it is `yizhan-report.js`, self-contained.
 */
export function definitionIssues(
  input: unknown,
  locale: Locale,
  fieldTypes?: FieldTypeRegistry,
): readonly Issue[] {
  const parsed = parseForm(input, { locale, ...(fieldTypes ? { fieldTypes } : {}) });
  return parsed.ok ? [] : parsed.issues;
}
