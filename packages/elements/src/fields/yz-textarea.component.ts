import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from '../live';
import { YzField } from './field-element';
import { lengthLimit } from './text-input-field';

/**
 * A multi-line text answer (field type `textarea`), such as the description of a need.
 *
 * @tag yz-textarea
 * @fires yz-input - The answer changed; detail `{ value }`.
 * @fires change - The user committed an answer.
 * @csspart field - The wrapper of label, help, error and text area.
 * @csspart label - The label.
 * @csspart help - The help text.
 * @csspart error - The error message.
 * @csspart input - The native textarea.
 */
export class YzTextarea extends YzField {
  static override properties: PropertyDeclarations = {
    placeholder: {},
    rows: { type: Number },
    value: {},
  };

  /** Text shown in the empty area as an example. */
  declare placeholder: string | undefined;
  /** The visible number of lines (the definition's `rows`, default 4). */
  declare rows: number | undefined;
  /** The answer. */
  override value: unknown = '';

  override get fieldType(): string {
    return 'textarea';
  }

  protected override ownConfig(): Record<string, unknown> {
    return {
      ...(this.placeholder === undefined ? {} : { placeholder: this.placeholder }),
      ...(this.rows === undefined ? {} : { rows: this.rows }),
    };
  }

  protected override renderControl(): TemplateResult {
    const placeholder = this.text(this.placeholder ?? this.field?.placeholder);
    const rows = this.rows ?? (this.field?.rows as number | undefined) ?? 4;
    return html`<textarea part="input" id="control" rows=${rows}
      name=${this.name || nothing}
      .value=${live(typeof this.value === 'string' ? this.value : '')}
      placeholder=${placeholder || nothing}
      maxlength=${lengthLimit(this.field?.rules) ?? nothing}
      ?readonly=${this.isReadonly}
      ?disabled=${this.isDisabled}
      aria-required=${this.isRequired ? 'true' : 'false'}
      aria-invalid=${this.invalid}
      aria-describedby=${this.describedBy}
      @input=${(event: Event) => this.setValue((event.target as HTMLTextAreaElement).value, false)}
      @change=${() => this.markChanged()}></textarea>`;
  }
}
