import { html, nothing, type TemplateResult } from 'lit';
import { YzField } from './field-element';

function show(value: unknown, locale: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return value.toLocaleString(locale);
  if (Array.isArray(value))
    return value.map((item) => show(item, locale)).join(locale === 'en' ? ', ' : '、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * A value computed from other answers (field type `computed`), such as a relay's total or
 * an age from a birth date. Shown as a read-only text box, so it is focusable and read
 * with its label; `<yz-form>` keeps it up to date as the user types.
 *
 * @tag yz-computed
 * @csspart field - The wrapper of label, help and value.
 * @csspart label - The label.
 * @csspart help - The help text.
 * @csspart input - The read-only text box showing the value.
 */
export class YzComputed extends YzField {
  override get fieldType(): string {
    return 'computed';
  }
  protected override get isReadonly(): boolean {
    return true;
  }
  protected override get selfValidates(): boolean {
    return false;
  }
  protected override renderControl(): TemplateResult {
    return html`<input part="input" id="control" type="text" readonly
      .value=${show(this.value, this.locale)}
      ?disabled=${this.isDisabled}
      aria-describedby=${this.describedBy} />`;
  }
  protected override renderRequiredMark(): typeof nothing {
    return nothing;
  }
}
