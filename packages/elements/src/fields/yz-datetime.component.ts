import { TextInputField } from './text-input-field';

/**
 * A date and time (field type `datetime`), as `YYYY-MM-DDTHH:MM` local time, through the native picker.
 *
 * @tag yz-datetime
 * @fires yz-input - The answer changed; detail `{ value }`.
 * @fires change - The user committed an answer.
 * @csspart field - The wrapper of label, help, error and input.
 * @csspart label - The label.
 * @csspart help - The help text.
 * @csspart error - The error message.
 * @csspart input - The native input.
 */
export class YzDatetime extends TextInputField {
  override get fieldType(): string {
    return 'datetime';
  }
  protected override get inputType(): string {
    return 'datetime-local';
  }
}
