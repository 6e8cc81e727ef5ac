import type { FieldRule } from './field-base';
import type { FieldTypeRegistry } from './field-type';
import type { RawIssue } from './issues';
import { toJsonPointer } from './json-pointer';
import type { FormDefinition, FormItem } from './schema';
import { holdsValue, walkForm } from './walk';

type ValueKind = 'text' | 'list' | 'ordered' | 'other';

function valueKind(item: FormItem, registry: FieldTypeRegistry): ValueKind {
  if (item.type === 'repeat') return 'list';
  if (item.type === 'section') return 'other';
  const kind = registry.get(item.type)?.exprType(item as never).kind;
  if (kind === 'string') return 'text';
  if (kind === 'list') return 'list';
  if (kind === 'number' || kind === 'date' || kind === 'time' || kind === 'datetime')
    return 'ordered';
  return 'other';
}

function checkRule(
  rule: FieldRule,
  kind: ValueKind,
  item: FormItem,
  where: readonly PropertyKey[],
): RawIssue[] {
  const at = (
    code: string,
    params: Record<string, unknown> = {},
    extra: PropertyKey[] = [],
  ): RawIssue => ({
    code,
    path: toJsonPointer([...where, ...extra]),
    params: { rule: rule.type, fieldType: item.type, ...params },
  });
  switch (rule.type) {
    case 'length':
      if (kind !== 'text' && kind !== 'list') return [at('rule_not_applicable')];
      return rule.min !== undefined && rule.max !== undefined && rule.min > rule.max
        ? [at('min_greater_than_max', { min: rule.min, max: rule.max })]
        : [];
    case 'range': {
      if (kind !== 'ordered') return [at('rule_not_applicable')];
      const numeric = item.type === 'number' || item.type === 'integer' || item.type === 'rating';
      for (const bound of ['min', 'max'] as const) {
        const value = rule[bound];
        if (value !== undefined && (typeof value === 'number') !== numeric) {
          return [
            at('range_bound_type', { bound, expected: numeric ? 'number' : 'ISO text' }, [bound]),
          ];
        }
      }
      return rule.min !== undefined && rule.max !== undefined && rule.min > rule.max
        ? [at('min_greater_than_max', { min: rule.min, max: rule.max })]
        : [];
    }
    case 'pattern':
      if (kind !== 'text') return [at('rule_not_applicable')];
      try {
        new RegExp(rule.pattern, 'u');
        return [];
      } catch (error) {
        return [at('invalid_pattern', { detail: (error as Error).message }, ['pattern'])];
      }
    default:
      return [];
  }
}

/**
 * The checks zod's per-value schemas cannot make: keys unique in their scope (the form, or
 * one repeat group's rows), no repeat group inside another, rules that fit their field's
 * type, bounds in order, and each field type's own checks (defaults that are options, …).
 */
export function checkFormConsistency(
  form: FormDefinition,
  registry: FieldTypeRegistry,
): RawIssue[] {
  const issues: RawIssue[] = [];
  const scopes = new Map<unknown, Map<string, string>>();
  const claim = (scope: unknown, key: string, pointer: readonly PropertyKey[]) => {
    const keys = scopes.get(scope) ?? new Map<string, string>();
    scopes.set(scope, keys);
    const first = keys.get(key);
    const path = toJsonPointer([...pointer, 'key']);
    if (first === undefined) keys.set(key, path);
    else issues.push({ code: 'duplicate_key', path, params: { key, first } });
  };
  form.pages?.forEach((page, index) => {
    claim(form, page.key, ['pages', index]);
  });
  for (const { item, pointer, repeat } of walkForm(form)) {
    claim(repeat ?? form, item.key, pointer);
    if (item.type === 'repeat') {
      if (repeat)
        issues.push({
          code: 'nested_repeat',
          path: toJsonPointer([...pointer, 'type']),
          params: { key: item.key },
        });
      if (
        item.minItems !== undefined &&
        item.maxItems !== undefined &&
        item.minItems > item.maxItems
      ) {
        issues.push({
          code: 'min_greater_than_max',
          path: toJsonPointer([...pointer, 'minItems']),
          params: { min: item.minItems, max: item.maxItems },
        });
      }
      continue;
    }
    if (!holdsValue(item)) continue;
    const type = registry.get(item.type);
    if (type?.check) issues.push(...type.check(item as never, pointer));
    const kind = valueKind(item, registry);
    const rules = 'rules' in item && Array.isArray(item.rules) ? (item.rules as FieldRule[]) : [];
    rules.forEach((rule, index) => {
      issues.push(...checkRule(rule, kind, item, [...pointer, 'rules', index]));
    });
  }
  return issues;
}
