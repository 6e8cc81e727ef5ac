import type * as z from 'zod/mini';
import type { Expression } from '../expr';
import type { FormExpressions } from './expressions';
import type { FieldRule } from './field-base';
import type { FieldTypeDefinition, FieldTypeRegistry } from './field-type';
import { isBlank } from './field-type';
import { toJsonPointer } from './json-pointer';
import type { FormDefinition, FormItem, FormPage, RepeatField, SectionItem } from './schema';
import { walkForm } from './walk';

/** A rule ready to run: the definition plus what was built from it once. */
export interface CompiledRule {
  readonly rule: FieldRule;
  readonly pattern?: RegExp;
  readonly expression?: Expression;
}

/** One form item with everything validation and live state need, built once per form. */
export interface CompiledItem {
  readonly item: FormItem;
  readonly key: string;
  /** The item's own JSON-pointer segment, `/key`, joined to its scope's prefix. */
  readonly segment: string;
  /** `required: true` in the definition (an expression goes in `requiredIf`). */
  readonly declaredRequired: boolean;
  /** Present when the item holds an answer typed by a person (not computed, not a container). */
  readonly type?: FieldTypeDefinition;
  readonly valueSchema?: z.core.$ZodType;
  readonly isEmpty: (value: unknown) => boolean;
  readonly page: FormPage;
  readonly sections: readonly SectionItem[];
  readonly visibleIf?: Expression;
  readonly readonlyIf?: Expression;
  readonly requiredIf?: Expression;
  readonly computed?: Expression;
  readonly rules: readonly CompiledRule[];
  /** For a repeat group: the compiled items of one row. */
  readonly row?: readonly CompiledItem[];
}

function compileRules(item: FormItem, expressions: FormExpressions): CompiledRule[] {
  const rules = 'rules' in item && Array.isArray(item.rules) ? (item.rules as FieldRule[]) : [];
  return rules.map((rule) => {
    if (rule.type === 'pattern') return { rule, pattern: new RegExp(rule.pattern, 'u') };
    const expression = expressions.rules.get(rule);
    return expression ? { rule, expression } : { rule };
  });
}

/**
 * Builds the compiled items of a form: the top-level scope in document order (sections
 * included, so they can hide what they hold), with each repeat group's row items nested.
 */
export function compileItems(
  form: FormDefinition,
  registry: FieldTypeRegistry,
  expressions: FormExpressions,
): readonly CompiledItem[] {
  const scopes = new Map<RepeatField | undefined, CompiledItem[]>([[undefined, []]]);
  const visits = [...walkForm(form)];
  // Rows first (children come after their group in document order), so groups can point at them.
  for (const visit of visits) if (visit.item.type === 'repeat') scopes.set(visit.item, []);
  for (const { item, page, sections, repeat } of visits) {
    const type =
      item.type === 'section' || item.type === 'repeat' || item.type === 'computed'
        ? undefined
        : registry.get(item.type);
    const compiled: CompiledItem = {
      item,
      key: item.key,
      segment: toJsonPointer([item.key]),
      declaredRequired: 'required' in item && item.required === true,
      ...(type?.hasValue ? { type, valueSchema: type.value(item as never) } : {}),
      isEmpty: type?.isEmpty ? (value) => type.isEmpty?.(value, item as never) ?? false : isBlank,
      page,
      sections,
      ...optional('visibleIf', expressions.visibleIf.get(item)),
      ...optional('readonlyIf', expressions.readonlyIf.get(item)),
      ...optional('requiredIf', expressions.requiredIf.get(item)),
      ...optional('computed', expressions.computed.get(item)),
      rules: compileRules(item, expressions),
      ...(item.type === 'repeat' ? { row: scopes.get(item) } : {}),
    };
    scopes.get(repeat)?.push(compiled);
  }
  return scopes.get(undefined) ?? [];
}

function optional<Key extends string>(
  key: Key,
  value: Expression | undefined,
): { [K in Key]?: Expression } {
  return (value ? { [key]: value } : {}) as { [K in Key]?: Expression };
}

/** Orders a scope's computed items as the expression compiler found their dependencies. */
export function computedInOrder(
  items: readonly CompiledItem[],
  order: readonly FormItem[] | undefined,
): CompiledItem[] {
  if (!order) return [];
  const byItem = new Map(items.map((compiled) => [compiled.item, compiled]));
  return order.flatMap((item) => byItem.get(item) ?? []);
}
