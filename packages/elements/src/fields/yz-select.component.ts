import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from '../live';
import { uiStrings } from '../locales';
import { ChoiceField } from './choice-field';

/**
 * One choice from a drop-down list (field type `select`), a native `<select>`. Read-only,
 * it shows the chosen option's label in a read-only text box.
 *
 * @tag yz-select
 * @fires yz-input - The choice changed; detail `{ value }` (the option value, or undefined).
 * @fires change - The user chose an option.
 * @csspart field - The wrapper of label, help, error and select.
 * @csspart label - The label.
 * @csspart help - The help text.
 * @csspart error - The error message.
 * @csspart input - The native select.
 */
export class YzSelect extends ChoiceField {
  static override properties: PropertyDeclarations = {
    placeholder: {},
    /** The chosen option's value. */
    value: {},
  };

  /** The text of the empty first entry. */
  declare placeholder: string | undefined;

  override get fieldType(): string {
    return 'select';
  }

  protected override ownConfig(): Record<string, unknown> {
    return {
      ...super.ownConfig(),
      ...(this.placeholder === undefined ? {} : { placeholder: this.placeholder }),
    };
  }

  protected override renderControl(): TemplateResult {
    const current = typeof this.value === 'string' ? this.value : '';
    const aria = {
      required: this.isRequired ? 'true' : 'false',
      describedBy: this.describedBy,
    };
    if (this.isReadonly) {
      const chosen = this.choices.find((option) => option.value === current);
      return html`<input part="input" id="control" type="text" readonly
        .value=${chosen ? this.text(chosen.label) : current}
        ?disabled=${this.isDisabled}
        aria-invalid=${this.invalid} aria-describedby=${aria.describedBy} />`;
    }
    const placeholder =
      this.text(this.placeholder ?? this.field?.placeholder) || uiStrings(this.locale).choose;
    return html`<select part="input" id="control" name=${this.name || nothing}
      ?disabled=${this.isDisabled}
      aria-required=${aria.required} aria-invalid=${this.invalid} aria-describedby=${aria.describedBy}
      @change=${this.onChange}>
      <option value="" .selected=${live(current === '')}>${placeholder}</option>
      ${this.choices.map(
        (option) =>
          html`<option value=${option.value} .selected=${live(current === option.value)}>${this.text(option.label)}</option>`,
      )}
    </select>`;
  }

  private onChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.setValue(value === '' ? undefined : value, true);
  }
}
