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

/**
 * Called for every item of a scope. Positional arguments keep the hot validation loop free
 * of per-item allocations: `pointer` is the answer's JSON pointer (/name, /members/0/name),
 * `value` the answer (for computed items the computed value), `target` the record the
 * caller collects this scope's results in.
 */
export type ItemVisitor = (
  compiled: CompiledItem,
  pointer: string,
  visible: boolean,
  required: boolean,
  readonly: boolean,
  value: unknown,
  context: EvalContext,
  target: Record<string, unknown>,
) => void;

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
  target: Record<string, unknown>,
  visit: ItemVisitor,
): void {
  const sectionVisible = new Map<SectionItem, boolean>();
  for (const compiled of items) {
    let visible = inheritedVisible && pageVisible.get(compiled.page) !== false;
    if (visible && compiled.sections.length > 0) {
      for (const section of compiled.sections) visible &&= sectionVisible.get(section) ?? true;
    }
    if (visible && compiled.visibleIf) visible = evaluateCondition(compiled.visibleIf, context);
    if (compiled.item.type === 'section') sectionVisible.set(compiled.item, visible);
    const required =
      visible &&
      (compiled.declaredRequired ||
        (compiled.requiredIf !== undefined && evaluateCondition(compiled.requiredIf, context)));
    const readonly =
      compiled.item.type === 'computed' ||
      (compiled.readonlyIf !== undefined && evaluateCondition(compiled.readonlyIf, context));
    visit(
      compiled,
      prefix + compiled.segment,
      visible,
      required,
      readonly,
      record[compiled.key],
      context,
      target,
    );
  }
}
