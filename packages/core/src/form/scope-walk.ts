import { type EvalContext, evaluate, evaluateCondition } from '../expr';
import type { CompiledItem } from './compiled-items';
import type { FormPage, SectionItem } from './schema';

/** The live state of one item for the current answers. */
export interface ItemState {
  readonly visible: boolean;
  readonly required: boolean;
  readonly readonly: boolean;
}

/** Clock and time zone for `today()` and `age()`; answers come from the walk itself. */
export interface EvalClock {
  readonly now?: Date;
  readonly timeZone?: string;
}

/** What a scope walk hands to its visitor for each item. */
export interface ScopeVisit {
  readonly compiled: CompiledItem;
  /** JSON pointer of the item's answer in the submission data: /name, /members/0/name. */
  readonly pointer: string;
  readonly state: ItemState;
  /** The answer (for computed items: the computed value). */
  readonly value: unknown;
  /** The record the item's answer lives in (the form's data, or a row). */
  readonly record: Readonly<Record<string, unknown>>;
  readonly context: EvalContext;
}

/** Returns the record with its computed values filled in, in dependency order. */
export function withComputed(
  record: Readonly<Record<string, unknown>>,
  computed: readonly CompiledItem[],
  context: (record: Record<string, unknown>) => EvalContext,
): Record<string, unknown> {
  if (computed.length === 0) return record as Record<string, unknown>;
  const filled: Record<string, unknown> = { ...record };
  for (const item of computed) {
    if (item.computed) filled[item.key] = evaluate(item.computed, context(filled)) ?? null;
  }
  return filled;
}

/**
 * Walks one scope (the form, or one repeat row), working out visibility, requiredness and
 * read-only state from the expressions; an item is visible only if its page, its sections
 * and (for rows) its group are. Calls `visit` for every item, sections included.
 */
export function walkScope(
  items: readonly CompiledItem[],
  record: Readonly<Record<string, unknown>>,
  context: EvalContext,
  prefix: string,
  pageVisible: ReadonlyMap<FormPage, boolean>,
  inheritedVisible: boolean,
  visit: (visit: ScopeVisit) => void,
): void {
  const sectionVisible = new Map<SectionItem, boolean>();
  for (const compiled of items) {
    let visible = inheritedVisible && (pageVisible.get(compiled.page) ?? true);
    for (const section of compiled.sections) visible &&= sectionVisible.get(section) ?? true;
    if (visible && compiled.visibleIf) visible = evaluateCondition(compiled.visibleIf, context);
    if (compiled.item.type === 'section') sectionVisible.set(compiled.item, visible);
    const declared = 'required' in compiled.item ? compiled.item.required : undefined;
    const required =
      visible &&
      (declared === true ||
        (compiled.requiredIf !== undefined && evaluateCondition(compiled.requiredIf, context)));
    const readonly =
      compiled.item.type === 'computed' ||
      (compiled.readonlyIf !== undefined && evaluateCondition(compiled.readonlyIf, context));
    visit({
      compiled,
      pointer: `${prefix}/${compiled.key}`,
      state: { visible, required, readonly },
      value: record[compiled.key],
      record,
      context,
    });
  }
}
