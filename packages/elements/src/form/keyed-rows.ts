import { noChange, render, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * The rows of a repeat group as `<li class="row" part="row">` children of the list element
 * it is bound to, one per key (what Lit's `repeat` does, in the little this form needs): a
 * key keeps its `<li>`, and what is rendered in it, wherever the row goes, so moving a row
 * moves its fields (and what the user typed) instead of re-rendering them in place. Rows
 * whose key is gone are removed first; then each row is rendered into its own `<li>` and
 * moved only when it is not already in its place.
 */
class KeyedRows extends Directive {
  private rows = new Map<unknown, HTMLLIElement>();

  render(_keys: readonly unknown[], _row: (index: number) => TemplateResult): unknown {
    return noChange;
  }

  override update({ element }: ElementPart, [keys, row]: Parameters<KeyedRows['render']>): unknown {
    const rows = new Map<unknown, HTMLLIElement>();
    for (const key of keys) {
      let item = this.rows.get(key);
      if (!item) {
        item = document.createElement('li');
        item.className = 'row';
        item.setAttribute('part', 'row');
      }
      rows.set(key, item);
    }
    for (const [key, item] of this.rows) if (!rows.has(key)) item.remove();
    [...rows.values()].forEach((item, index) => {
      render(row(index), item);
      if (element.children[index] !== item)
        element.insertBefore(item, element.children[index] ?? null);
    });
    this.rows = rows;
    return noChange;
  }
}

/**
 * `<ol ${keyedRows(keys, (index) => html`…`)}></ol>`: one `<li class="row" part="row">` per
 * key, holding the template of its row (see {@link KeyedRows}).
 */
export const keyedRows = directive(KeyedRows);
