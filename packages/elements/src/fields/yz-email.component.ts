import { TextInputField } from './text-input-field';

/**
 * An e-mail address (field type `email`), with the e-mail keyboard and autofill.
 *
 * @tag yz-email
 * @fires yz-input - The answer changed; detail `{ value }`.
 * @fires change - The user committed an answer.
 * @csspart field - The wrapper of label, help, error and input.
 * @csspart label - The label.
 * @csspart help - The help text.
 * @csspart error - The error message.
 * @csspart input - The native input.
 */
export class YzEmail extends TextInputField {
  override get fieldType(): string {
    return 'email';
  }
  protected override get inputType(): string {
    return 'email';
  }
  protected override get autocomplete(): string {
    return 'email';
  }
}
