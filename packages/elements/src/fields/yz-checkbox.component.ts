import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from '../live';
import { YzField } from './field-element';

/**
 * A yes/no answer (field type `checkbox`), such as a consent. Required means it must be
 * ticked. In `FormData` a ticked box is "on" and an unticked one is absent, as natively.
 *
 * @tag yz-checkbox
 * @fires yz-input - The box was ticked or unticked; detail `{ value }` (true or false).
 * @fires change - The user ticked or unticked the box.
 * @csspart field - The wrapper of checkbox, label, help and error.
 * @csspart label - The label.
 * @csspart help - The help text.
 * @csspart error - The error message.
 * @csspart input - The native checkbox.
 */
export class YzCheckbox extends YzField {
  static override properties: PropertyDeclarations = {
    value: { type: Boolean },
  };

  /** Whether the box is ticked. */
  override value: unknown = false;

  override get fieldType(): string {
    return 'checkbox';
  }

  protected override renderControl(): TemplateResult {
    return html`<input part="input" type="checkbox" id="control"
      .checked=${live(this.value === true)}
      ?disabled=${this.isDisabled}
      aria-readonly=${this.isReadonly ? 'true' : nothing}
      aria-required=${this.isRequired ? 'true' : 'false'}
      aria-invalid=${this.invalid}
      aria-describedby=${this.describedBy}
      @change=${this.onChange} />`;
  }

  protected override render(): TemplateResult {
    return html`<div class="field" part="field" lang=${this.locale}>
      <div class="choice">
        ${this.renderControl()}
        <label part="label" id="label" for="control">${this.labelText}${this.renderRequiredMark()}</label>
      </div>
      ${this.renderMessages()}
    </div>`;
  }

  private onChange(event: Event): void {
    if (this.isReadonly) {
      this.requestUpdate();
      return;
    }
    this.setValue((event.target as HTMLInputElement).checked, true);
  }
}
