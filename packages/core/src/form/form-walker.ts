import { type EvalContext, evaluateCondition } from '../expr';
import type { CompiledItem } from './compiled-items';
import type { FormExpressions } from './expressions';
import type { FormPage, RepeatField } from './schema';
import { type EvalClock, type ItemVisitor, walkScope, withComputed } from './scope-walk';

/** What a whole-form walk found besides the visits: the answers with computed values, and page visibility. */
export interface WalkResult {
  readonly values: Record<string, unknown>;
  readonly pages: ReadonlyMap<FormPage, boolean>;
}

/**
 * Walks the whole form for some answers, rows included, calling `visit` per item.
 * `rowTarget` gives the record to collect a row's results in (the form's is `target`).
 */
export type FormWalk = (
  data: unknown,
  clock: EvalClock,
  target: Record<string, unknown>,
  visit: ItemVisitor,
  rowTarget?: (groupPointer: string, index: number) => Record<string, unknown>,
) => WalkResult;

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** Builds the walk over a compiled form's items. */
export function createFormWalk(
  top: readonly CompiledItem[],
  pages: readonly FormPage[],
  expressions: FormExpressions,
  computedTop: readonly CompiledItem[],
  computedRows: ReadonlyMap<RepeatField, readonly CompiledItem[]>,
): FormWalk {
  const conditionalPages = pages.filter((page) => expressions.visibleIf.has(page));
  const groups = top.filter((compiled) => compiled.row !== undefined);
  return (data, clock, target, visit, rowTarget = () => ({})) => {
    const context = (
      record: Record<string, unknown>,
      row?: Record<string, unknown>,
    ): EvalContext =>
      row
        ? { data: record, row, now: clock.now, timeZone: clock.timeZone }
        : { data: record, now: clock.now, timeZone: clock.timeZone };
    const values = withComputed(asRecord(data), computedTop, (record) => context(record));
    const formContext = context(values);
    const pageVisible = new Map<FormPage, boolean>();
    for (const page of conditionalPages) {
      const expression = expressions.visibleIf.get(page);
      if (expression) pageVisible.set(page, evaluateCondition(expression, formContext));
    }
    if (groups.length === 0) {
      walkScope(top, values, formContext, '', pageVisible, true, target, visit);
      return { values, pages: pageVisible };
    }
    const filledRows = new Map<string, Record<string, unknown>[]>();
    walkScope(
      top,
      values,
      formContext,
      '',
      pageVisible,
      true,
      target,
      (compiled, pointer, visible, required, readonly, value, itemContext, itemTarget) => {
        visit(compiled, pointer, visible, required, readonly, value, itemContext, itemTarget);
        if (!compiled.row || !Array.isArray(value)) return;
        const computed = computedRows.get(compiled.item as RepeatField) ?? [];
        filledRows.set(
          compiled.key,
          value.map((row, index) => {
            const filled = withComputed(asRecord(row), computed, (record) =>
              context(values, record),
            );
            const rowPointer = `${pointer}/${index}`;
            walkScope(
              compiled.row ?? [],
              filled,
              context(values, filled),
              rowPointer,
              pageVisible,
              visible,
              rowTarget(pointer, index),
              visit,
            );
            return filled;
          }),
        );
      },
    );
    for (const [key, rows] of filledRows) values[key] = rows;
    return { values, pages: pageVisible };
  };
}
