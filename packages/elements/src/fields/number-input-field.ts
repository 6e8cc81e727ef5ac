import { html, nothing, type TemplateResult } from 'lit';
import { asciiDigits } from './form-value';
import { TextInputField } from './text-input-field';

/**
 * A number typed as text (so a half-typed "1." or a full-width digit is not lost): a
 * number comes out when the text reads as one, the text itself otherwise (the core then
 * says a number is expected), and nothing for an empty input.
 */
export abstract class NumberInputField extends TextInputField {
  protected override display(value: unknown): string {
    return value === undefined || value === null ? '' : String(value);
  }
  protected override parse(text: string): unknown {
    const trimmed = asciiDigits(text).trim().replace(/。/g, '.');
    if (trimmed === '') return undefined;
    const number = Number(trimmed);
    return Number.isFinite(number) && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)
      ? number
      : trimmed;
  }
  protected override renderSuffix(): TemplateResult | typeof nothing {
    const unit = this.text(this.field?.unit);
    return unit ? html`<span class="unit" part="unit">${unit}</span>` : nothing;
  }
}
