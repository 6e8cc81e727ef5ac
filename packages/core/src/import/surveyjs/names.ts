import { type Draft, isDraft } from '../finish';
import type { IssueSink } from '../import-issues';
import { KeyScope } from '../keys';
import { pointer } from '../shared';
import {
  columnAsQuestion,
  fieldTypeOf,
  kindOf,
  surveyType,
  type ValueKind,
} from './question-types';

/** A question as expressions can name it: its Yizhan key and kind, its rows or its parts. */
export interface NameEntry {
  readonly key: string;
  readonly kind: ValueKind;
  /** The questions of each row of a dynamic panel or matrix. */
  readonly rows?: NameTable;
  /** The items of a multiple-text question. */
  readonly items?: NameTable;
}

/** Questions by their SurveyJS name, in one scope (the survey, or the rows of one group). */
export type NameTable = Map<string, NameEntry>;

/** What the first pass decided for one element: its key and Yizhan type. */
export interface Plan {
  readonly key: string;
  readonly type: string;
  readonly rows?: NameTable;
}

/** A page of a survey, or the survey itself when its elements sit at the top. */
export interface PageSource {
  readonly page: Draft;
  readonly path: string;
  readonly isPage: boolean;
  readonly elements: unknown;
  readonly elementsPath: string;
}

/**
 * Every key of a survey, decided before anything is translated, so that an expression can
 * name a question that comes later in the survey.
 */
export class SurveyPlan {
  readonly top: NameTable = new Map();
  private readonly plans = new WeakMap<object, Plan>();
  private readonly scope = new KeyScope();

  constructor(private readonly sink: IssueSink) {}

  /** The plan of an element, page or matrix column; undefined when it is not translated. */
  of(element: object): Plan | undefined {
    return this.plans.get(element);
  }

  /** Plans the pages of a survey (or the survey itself, when it has no pages) and their elements. */
  planPages(pages: readonly PageSource[]): void {
    for (const { page, path, isPage } of pages) {
      if (!isPage) continue;
      const key = this.claim(this.scope, page.name, path, 'page');
      this.plans.set(page, { key, type: 'page' });
    }
    for (const { elements, elementsPath } of pages)
      this.planElements(elements, elementsPath, this.top, this.scope, false);
  }

  /** A key for an item the import adds itself (a page's introduction), unique in the form. */
  extraKey(wanted: string): string {
    return this.scope.claim(wanted).key;
  }

  private claim(scope: KeyScope, name: unknown, path: string, fallback: string): string {
    const wanted = typeof name === 'string' ? name : '';
    const { key, renamed } = scope.claim(wanted, fallback);
    if (renamed && wanted !== '')
      this.sink.add('key_renamed', pointer(path, 'name'), { from: wanted, to: key });
    return key;
  }

  private planElements(
    elements: unknown,
    path: string,
    table: NameTable,
    scope: KeyScope,
    inRepeat: boolean,
  ): void {
    if (!Array.isArray(elements)) return;
    elements.forEach((element, index) => {
      if (isDraft(element)) this.planElement(element, pointer(path, index), table, scope, inRepeat);
    });
  }

  private planElement(
    element: Draft,
    path: string,
    table: NameTable,
    scope: KeyScope,
    inRepeat: boolean,
  ): void {
    const type = fieldTypeOf(element);
    if (type === undefined || (type === 'repeat' && inRepeat)) return;
    const key = this.claim(scope, element.name, path, type === 'section' ? 'section' : 'question');
    const name = typeof element.name === 'string' ? element.name : key;
    const kind = surveyType(element);
    if (kind === 'panel') {
      this.plans.set(element, { key, type });
      this.planElements(element.elements, pointer(path, 'elements'), table, scope, inRepeat);
      return;
    }
    if (kind === 'multipletext') {
      const items: NameTable = new Map();
      const list = Array.isArray(element.items) ? element.items : [];
      list.forEach((item, index) => {
        if (!isDraft(item)) return;
        const itemType = fieldTypeOf({ ...item, type: 'text' }) ?? 'text';
        const itemKey = this.claim(
          scope,
          `${key}_${String(item.name ?? '')}`,
          pointer(path, 'items', index),
          'item',
        );
        this.plans.set(item, { key: itemKey, type: itemType });
        items.set(String(item.name ?? itemKey), {
          key: itemKey,
          kind: kindOf(itemType) ?? 'string',
        });
      });
      this.plans.set(element, { key, type });
      table.set(name, { key, kind: 'group', items });
      return;
    }
    if (type === 'repeat') {
      const rows: NameTable = new Map();
      const rowScope = new KeyScope();
      if (kind === 'paneldynamic') {
        this.planElements(
          element.templateElements,
          pointer(path, 'templateElements'),
          rows,
          rowScope,
          true,
        );
      } else {
        const columns = Array.isArray(element.columns) ? element.columns : [];
        columns.forEach((column, index) => {
          if (isDraft(column))
            this.planColumn(column, element, pointer(path, 'columns', index), rows, rowScope);
        });
      }
      this.plans.set(element, { key, type, rows });
      table.set(name, { key, kind: 'repeat', rows });
      return;
    }
    this.plans.set(element, { key, type });
    const valueKind = kindOf(type);
    if (valueKind) table.set(name, { key, kind: valueKind });
  }

  private planColumn(
    column: Draft,
    matrix: Draft,
    path: string,
    rows: NameTable,
    scope: KeyScope,
  ): void {
    const type = fieldTypeOf(columnAsQuestion(column, matrix));
    if (type === undefined || type === 'repeat' || type === 'section') return;
    const key = this.claim(scope, column.name, path, 'column');
    this.plans.set(column, { key, type });
    const valueKind = kindOf(type);
    if (valueKind)
      rows.set(typeof column.name === 'string' ? column.name : key, { key, kind: valueKind });
  }
}
