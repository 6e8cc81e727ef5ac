import type { CompiledItem } from './compiled-items';
import { computedInOrder } from './compiled-items';
import type { FormExpressions } from './expressions';
import type { RawIssue } from './issues';
import type { RepeatField } from './schema';

/** The computed items of each repeat group's rows, in dependency order. */
export function rowComputedOrder(
  top: readonly CompiledItem[],
  expressions: FormExpressions,
): Map<RepeatField, CompiledItem[]> {
  const orders = new Map<RepeatField, CompiledItem[]>();
  for (const compiled of top) {
    if (compiled.item.type !== 'repeat' || !compiled.row) continue;
    orders.set(
      compiled.item,
      computedInOrder(compiled.row, expressions.computedOrder.get(compiled.item)),
    );
  }
  return orders;
}

/** Checks the list of rows of a repeat group: a list, within its bounds, at least one when required. */
export function checkRows(
  compiled: CompiledItem,
  value: unknown,
  pointer: string,
  required: boolean,
): RawIssue | undefined {
  const group = compiled.item as RepeatField;
  if (value === undefined || value === null) {
    return required ? { code: 'required', path: pointer, params: {} } : undefined;
  }
  if (!Array.isArray(value))
    return { code: 'wrong_value_type', path: pointer, params: { expected: 'list' } };
  const minimum = Math.max(group.minItems ?? 0, required ? 1 : 0);
  if (value.length < minimum) return { code: 'too_few_rows', path: pointer, params: { minimum } };
  if (group.maxItems !== undefined && value.length > group.maxItems) {
    return { code: 'too_many_rows', path: pointer, params: { maximum: group.maxItems } };
  }
  return undefined;
}
