import { TextInputField } from './text-input-field';

/**
 * A single-line text answer (field type `text`), form-associated.
 *
 * @tag yz-text
 * @fires yz-input - The answer changed; detail `{ value }`.
 * @fires change - The user committed an answer.
 * @csspart field - The wrapper of label, help, error and input.
 * @csspart label - The label.
 * @csspart help - The help text.
 * @csspart error - The error message.
 * @csspart input - The native input.
 * @cssprop --yz-color-primary - Accent colour.
 * @cssprop --yz-color-error - Colour of error messages and invalid borders.
 * @cssprop --yz-font-size - Base text size.
 */
export class YzText extends TextInputField {
  override get fieldType(): string {
    return 'text';
  }
}
