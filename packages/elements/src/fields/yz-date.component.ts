import { TextInputField } from './text-input-field';

/**
 * A calendar date (field type `date`), as `YYYY-MM-DD` through the native date picker.
 *
 * @tag yz-date
 * @fires yz-input - The answer changed; detail `{ value }`.
 * @fires change - The user committed an answer.
 * @csspart field - The wrapper of label, help, error and input.
 * @csspart label - The label.
 * @csspart help - The help text.
 * @csspart error - The error message.
 * @csspart input - The native input.
 */
export class YzDate extends TextInputField {
  override get fieldType(): string {
    return 'date';
  }
  protected override get inputType(): string {
    return 'date';
  }
}
