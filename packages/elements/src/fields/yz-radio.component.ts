import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from '../live';
import { ChoiceField } from './choice-field';

/**
 * One choice from radio buttons (field type `radio`): native radios in a labelled radio
 * group, so arrow keys move between options.
 *
 * @tag yz-radio
 * @fires yz-input - The choice changed; detail `{ value }`.
 * @fires change - The user chose an option.
 * @csspart field - The fieldset (radio group).
 * @csspart label - The legend.
 * @csspart help - The help text.
 * @csspart error - The error message.
 * @csspart choices - The list of options.
 * @csspart input - Each radio button.
 */
export class YzRadio extends ChoiceField {
  static override properties: PropertyDeclarations = {
    /** The chosen option's value. */
    value: {},
  };

  override get fieldType(): string {
    return 'radio';
  }

  protected override renderControl(): TemplateResult {
    return html``;
  }

  protected override render(): TemplateResult {
    const current = typeof this.value === 'string' ? this.value : '';
    return this.renderGroup(
      html`<div class="choices" part="choices">
        ${this.choices.map(
          (option, index) => html`<div class="choice">
            <input part="input" type="radio" id=${index === 0 ? 'control' : `option-${index}`}
              name="choice" .value=${option.value}
              .checked=${live(current === option.value)}
              ?disabled=${this.isDisabled}
              @change=${this.onChange} />
            <label for=${index === 0 ? 'control' : `option-${index}`}>${this.text(option.label)}</label>
          </div>`,
        )}
      </div>`,
      'radiogroup',
    );
  }

  private onChange(event: Event): void {
    if (this.isReadonly) {
      this.requestUpdate();
      return;
    }
    this.setValue((event.target as HTMLInputElement).value, true);
  }
}
