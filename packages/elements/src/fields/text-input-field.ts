import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from '../live';
import { YzField } from './field-element';

/** The largest length the field's length rules allow, for the input's maxlength. */
export function lengthLimit(rules: unknown): number | undefined {
  if (!Array.isArray(rules)) return undefined;
  const limits = rules.flatMap((rule: { type?: string; max?: unknown }) =>
    rule.type === 'length' && typeof rule.max === 'number' ? [rule.max] : [],
  );
  return limits.length > 0 ? Math.min(...limits) : undefined;
}

/**
 * A field shown as one native `<input>`: text, e-mail, phone, ID number, numbers, dates and
 * times. Subclasses pick the input type and keyboard and convert between text and value.
 */
export abstract class TextInputField extends YzField {
  static override properties: PropertyDeclarations = {
    placeholder: {},
    value: {},
  };

  /** Text shown in the empty input as an example. */
  declare placeholder: string | undefined;
  /** The answer as text (subclasses with other value types convert). */
  override value: unknown = '';

  /** The `type` of the native input. */
  protected get inputType(): string {
    return 'text';
  }
  /** The on-screen keyboard to ask for. */
  protected get keyboard(): string | undefined {
    return undefined;
  }
  /** The autofill hint. */
  protected get autocomplete(): string | undefined {
    return undefined;
  }
  /** The most characters the input takes. */
  protected get maxLength(): number | undefined {
    return lengthLimit(this.field?.rules);
  }
  /** The answer as the input shows it. */
  protected display(value: unknown): string {
    return value === undefined || value === null ? '' : String(value);
  }
  /** The answer for what the user typed. */
  protected parse(text: string): unknown {
    return text;
  }

  protected override ownConfig(): Record<string, unknown> {
    return this.placeholder === undefined ? {} : { placeholder: this.placeholder };
  }

  /** A suffix shown after the input (a unit such as 小时). */
  protected renderSuffix(): TemplateResult | typeof nothing {
    return nothing;
  }

  protected override renderControl(): TemplateResult {
    const placeholder = this.text(this.placeholder ?? this.field?.placeholder);
    const input = html`<input part="input" id="control" type=${this.inputType}
      name=${this.name || nothing}
      .value=${live(this.display(this.value))}
      placeholder=${placeholder || nothing}
      inputmode=${this.keyboard ?? nothing}
      autocomplete=${this.autocomplete ?? nothing}
      maxlength=${this.maxLength ?? nothing}
      ?readonly=${this.isReadonly}
      ?disabled=${this.isDisabled}
      aria-required=${this.isRequired ? 'true' : 'false'}
      aria-invalid=${this.invalid}
      aria-describedby=${this.describedBy}
      @input=${this.onInput}
      @change=${this.onChange}
      @keydown=${this.submitOnEnter} />`;
    const suffix = this.renderSuffix();
    return suffix === nothing ? input : html`<div class="with-unit">${input}${suffix}</div>`;
  }

  private onInput(event: Event): void {
    this.setValue(this.parse((event.target as HTMLInputElement).value), false);
  }

  private onChange(): void {
    this.markChanged();
  }
}
