import { html, nothing, type TemplateResult } from 'lit';
import { live } from '../live';
import { ChoiceField } from './choice-field';

/**
 * Any number of choices from a list box (field type `multiselect`), a native
 * `<select multiple>`: the phone shows its own picker, a keyboard uses arrows with Space or
 * Ctrl. For a handful of options prefer `checkbox-group`, which is easier to tap.
 *
 * @tag yz-multiselect
 * @fires yz-input - The choices changed; detail `{ value }` (a list of option values).
 * @fires change - The user changed the selection.
 * @csspart field - The wrapper of label, help, error and list box.
 * @csspart label - The label.
 * @csspart help - The help text.
 * @csspart error - The error message.
 * @csspart input - The native list box.
 */
export class YzMultiselect extends ChoiceField {
  override get fieldType(): string {
    return 'multiselect';
  }

  protected override renderControl(): TemplateResult {
    const chosen = new Set(this.chosen);
    if (this.isReadonly) {
      const labels = this.choices
        .filter((option) => chosen.has(option.value))
        .map((option) => this.text(option.label));
      return html`<input part="input" id="control" type="text" readonly
        .value=${labels.join(this.locale === 'en' ? ', ' : '、')}
        ?disabled=${this.isDisabled} aria-describedby=${this.describedBy} />`;
    }
    return html`<select part="input" id="control" multiple
      size=${Math.min(Math.max(this.choices.length, 2), 8)}
      name=${this.name || nothing}
      ?disabled=${this.isDisabled}
      aria-required=${this.isRequired ? 'true' : 'false'}
      aria-invalid=${this.invalid}
      aria-describedby=${this.describedBy}
      @change=${this.onChange}>
      ${this.choices.map(
        (option) =>
          html`<option value=${option.value} .selected=${live(chosen.has(option.value))}>${this.text(option.label)}</option>`,
      )}
    </select>`;
  }

  private onChange(event: Event): void {
    const select = event.target as HTMLSelectElement;
    this.setValue(
      [...select.selectedOptions].map((option) => option.value),
      true,
    );
  }
}
