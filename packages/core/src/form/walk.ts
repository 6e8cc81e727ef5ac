import type {
  FieldDefinition,
  FormDefinition,
  FormItem,
  FormPage,
  RepeatField,
  SectionItem,
} from './schema';
import { formPages } from './schema';

/** One item met while walking a form, with where it stands. */
export interface ItemVisit {
  readonly item: FormItem;
  /** Path of the item inside the definition document, for issues: ['pages', 0, 'fields', 2]. */
  readonly pointer: readonly PropertyKey[];
  /** The repeat group whose rows hold this item, if any. */
  readonly repeat?: RepeatField;
  /** Sections around the item, outermost first (they can hide it). */
  readonly sections: readonly SectionItem[];
  readonly page: FormPage;
}

/**
 * Visits every item of a form depth-first in document order: fields, sections, repeat
 * groups and the fields of their rows.
 */
export function* walkForm(form: FormDefinition): Generator<ItemVisit> {
  const pages = formPages(form);
  for (const [pageIndex, page] of pages.entries()) {
    const base: PropertyKey[] = form.pages ? ['pages', pageIndex, 'fields'] : ['fields'];
    yield* walkItems(page.fields, base, page, [], undefined);
  }
}

function* walkItems(
  items: readonly FormItem[],
  base: readonly PropertyKey[],
  page: FormPage,
  sections: readonly SectionItem[],
  repeat: RepeatField | undefined,
): Generator<ItemVisit> {
  for (const [index, item] of items.entries()) {
    const pointer = [...base, index];
    yield { item, pointer, repeat, sections, page };
    if (item.type === 'section')
      yield* walkItems(item.fields, [...pointer, 'fields'], page, [...sections, item], repeat);
    else if (item.type === 'repeat')
      yield* walkItems(item.fields, [...pointer, 'fields'], page, [], item);
  }
}

/** Whether an item holds an answer (everything except sections and static text). */
export function holdsValue(item: FormItem): item is Exclude<FieldDefinition, { type: 'static' }> {
  return item.type !== 'section' && item.type !== 'static';
}
