import { html, type TemplateResult } from 'lit';
import { live } from '../live';
import { ChoiceField } from './choice-field';

/**
 * Any number of choices as checkboxes (field type `checkbox-group`), such as the skills a
 * volunteer offers. The answer is the list of ticked option values, in option order.
 *
 * @tag yz-checkbox-group
 * @fires yz-input - The choices changed; detail `{ value }` (a list of option values).
 * @fires change - The user ticked or unticked an option.
 * @csspart field - The fieldset.
 * @csspart label - The legend.
 * @csspart help - The help text.
 * @csspart error - The error message.
 * @csspart choices - The list of options.
 * @csspart input - Each checkbox.
 */
export class YzCheckboxGroup extends ChoiceField {
  override get fieldType(): string {
    return 'checkbox-group';
  }

  protected override renderControl(): TemplateResult {
    return html``;
  }

  protected override render(): TemplateResult {
    const chosen = new Set(this.chosen);
    return this.renderGroup(
      html`<div class="choices" part="choices">
        ${this.choices.map(
          (option, index) => html`<div class="choice">
            <input part="input" type="checkbox" id=${index === 0 ? 'control' : `option-${index}`}
              .value=${option.value}
              .checked=${live(chosen.has(option.value))}
              ?disabled=${this.isDisabled}
              aria-readonly=${this.isReadonly ? 'true' : 'false'}
              aria-invalid=${this.invalid}
              @change=${this.onChange} />
            <label for=${index === 0 ? 'control' : `option-${index}`}>${this.text(option.label)}</label>
          </div>`,
        )}
      </div>`,
    );
  }

  private onChange(event: Event): void {
    if (this.isReadonly) {
      this.requestUpdate();
      return;
    }
    const input = event.target as HTMLInputElement;
    const chosen = new Set(this.chosen);
    if (input.checked) chosen.add(input.value);
    else chosen.delete(input.value);
    // Keep option order, so the answer does not depend on the order of clicks.
    this.setValue(
      this.choices.map((option) => option.value).filter((value) => chosen.has(value)),
      true,
    );
  }
}
