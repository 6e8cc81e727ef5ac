import { checkFormConsistency } from './consistency';
import { collectFormExpressions } from './expressions';
import type { FieldTypeRegistry } from './field-type';
import { defaultFieldTypes, formSchemaFor } from './registry';
import type { FormDefinition } from './schema';

/**
 * Whether `parseForm` accepts a definition, without wording any problem: the typed
 * definition, or `undefined`. It runs the same checks in the same order (JSON syntax, the
 * zod shape, keys and rules, every expression), but loads none of the message catalogs, so
 * a renderer can accept a good definition with a small bundle and load `parseForm` only
 * to explain a bad one.
 *
 * @example
 * const definition = checkFormDefinition(json);
 * if (definition) render(compileForm(definition));
 * else showIssues((await import('@yizhan/core/form')).parseForm(json).issues);
 */
export function checkFormDefinition(
  input: unknown,
  options: { readonly fieldTypes?: FieldTypeRegistry } = {},
): FormDefinition | undefined {
  const registry = options.fieldTypes ?? defaultFieldTypes;
  let document = input;
  if (typeof input === 'string') {
    try {
      document = JSON.parse(input);
    } catch {
      return undefined;
    }
  }
  const parsed = formSchemaFor(registry).safeParse(document);
  if (!parsed.success) return undefined;
  const form = parsed.data as FormDefinition;
  if (checkFormConsistency(form, registry).length > 0) return undefined;
  if (collectFormExpressions(form, registry).problems.length > 0) return undefined;
  return form;
}
