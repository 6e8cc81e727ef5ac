import type { FormItem, LiveState, OptionDefinition, RepeatField } from '@yizhan/core/form';
import { type Locale, localize } from '@yizhan/core/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import type { UploadHook } from '../fields/yz-file.component';
import { uiStrings } from '../locales';
import { customFieldTag } from './custom-fields';
import { EXPORTED_PARTS, fieldTag } from './field-tag';
import type { IssueMap } from './issue-map';
import { keyedRows } from './keyed-rows';
import { valueAt } from './pointers';

/** What rendering the items of a form needs from `<yz-form>`. */
export interface ItemContext {
  readonly locale: Locale;
  readonly live: LiveState;
  readonly messages: IssueMap;
  readonly upload: UploadHook | undefined;
  readonly disabled: boolean;
  /** Options for a `{ source }` (or an address's `regionSource`); `undefined` while loading. */
  optionsFor(source: string): readonly OptionDefinition[] | undefined;
  /** Stable ids of a repeat group's rows, for keyed rendering. */
  rowIds(pointer: string, count: number): readonly number[];
  /** A row button was pressed. */
  rowAction(pointer: string, action: 'add' | 'remove' | 'up' | 'down', index: number): void;
}

// The built-in field types, each rendered as `<yz-[type]>`.
const BUILT_IN = new Set(
  'text textarea email number integer rating select radio multiselect checkbox-group checkbox date time datetime phone id-number address file computed'.split(
    ' ',
  ),
);

/** Renders a list of items; `prefix` is '' at the top and `/group/0` inside a row. */
export function renderItems(
  items: readonly FormItem[],
  prefix: string,
  context: ItemContext,
): (TemplateResult | DirectiveResult)[] {
  return items.map((item) => renderItem(item, prefix, context));
}

function renderItem(
  item: FormItem,
  prefix: string,
  context: ItemContext,
): TemplateResult | DirectiveResult {
  const pointer = `${prefix}/${item.key}`;
  const state = context.live.items.get(pointer);
  if (state && !state.visible) return html``;
  if (item.type === 'section') {
    const help = localize(item.help, context.locale);
    return html`<fieldset class="section" part="section">
      <legend part="section-title">${localize(item.title, context.locale)}</legend>
      ${help ? html`<p class="help">${help}</p>` : nothing}
      ${renderItems(item.fields, prefix, context)}
    </fieldset>`;
  }
  if (item.type === 'repeat') return renderRepeat(item, pointer, context);
  if (item.type === 'static') {
    return html`<yz-static embedded exportparts=${EXPORTED_PARTS} .field=${item} .locale=${context.locale}></yz-static>`;
  }
  // A custom type renders as the element its host registered (registerFieldElement).
  const tag = BUILT_IN.has(item.type) ? `yz-${item.type}` : customFieldTag(item.type);
  if (!tag) {
    return html`<p class="unsupported" part="error">${uiStrings(context.locale).unsupportedField(item.type)}</p>`;
  }
  const config = item as Record<string, unknown>;
  const source =
    typeof config.regionSource === 'string'
      ? config.regionSource
      : (config.options as { source?: string } | undefined)?.source;
  const error = context.messages.field(pointer);
  return fieldTag(tag, pointer, error !== '', {
    field: item,
    value: valueAt(context.live.values, pointer),
    locale: context.locale,
    required: state?.required ?? false,
    readonly: state?.readonly ?? false,
    disabled: context.disabled,
    error,
    options: source ? context.optionsFor(source) : undefined,
    upload: item.type === 'file' ? context.upload : undefined,
  });
}

function renderRepeat(group: RepeatField, pointer: string, context: ItemContext): TemplateResult {
  const ui = uiStrings(context.locale);
  const state = context.live.items.get(pointer);
  const rows = valueAt(context.live.values, pointer);
  const list = Array.isArray(rows) ? rows : [];
  const ids = context.rowIds(pointer, list.length);
  const label = localize(group.label, context.locale);
  const help = localize(group.help, context.locale);
  const error = context.messages.group(pointer);
  const readonly = state?.readonly === true || context.disabled;
  const minimum = group.minItems ?? 0;
  const full = group.maxItems !== undefined && list.length >= group.maxItems;
  const errorId = `${pointer.slice(1).replaceAll('/', '-')}-error`;
  return html`<fieldset class="repeat" part="repeat">
    <legend part="label">${label}${
      state?.required
        ? html`<span class="required-mark" aria-hidden="true">*</span><span class="visually-hidden">${ui.requiredSuffix}</span>`
        : nothing
    }</legend>
    ${help ? html`<p class="help" part="help">${help}</p>` : nothing}
    <p class="error" part="error" id=${errorId}>${error}</p>
    <ol class="rows" part="rows" ${keyedRows(
      ids,
      (index) => html`<fieldset class="row-fields">
            <legend>${ui.row(label, index + 1)}</legend>
            ${renderItems(group.fields, `${pointer}/${index}`, context)}
            ${
              readonly
                ? nothing
                : html`<div class="row-actions">
                  <button type="button" data-row-action="up" data-row=${`${pointer}/${index}`}
                    ?disabled=${index === 0}
                    @click=${() => context.rowAction(pointer, 'up', index)}>${ui.moveUp}<span class="visually-hidden">${ui.rowRef(index + 1)}</span></button>
                  <button type="button" data-row-action="down" data-row=${`${pointer}/${index}`}
                    ?disabled=${index === list.length - 1}
                    @click=${() => context.rowAction(pointer, 'down', index)}>${ui.moveDown}<span class="visually-hidden">${ui.rowRef(index + 1)}</span></button>
                  <button type="button" data-row-action="remove"
                    ?disabled=${list.length <= minimum}
                    @click=${() => context.rowAction(pointer, 'remove', index)}>${ui.removeRow}<span class="visually-hidden">${ui.rowRef(index + 1)}</span></button>
                </div>`
            }
          </fieldset>`,
    )}></ol>
    ${
      readonly
        ? nothing
        : html`<button type="button" class="add" data-add=${pointer} ?data-invalid=${error !== ''}
          ?disabled=${full}
          aria-describedby=${error ? errorId : nothing}
          @click=${() => context.rowAction(pointer, 'add', list.length)}>+ ${localize(group.addLabel, context.locale) || ui.addRow}</button>`
    }
    <p class="visually-hidden" role="status">${ui.rowCount(list.length)}</p>
  </fieldset>`;
}
