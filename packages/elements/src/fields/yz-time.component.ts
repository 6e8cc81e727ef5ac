import { TextInputField } from './text-input-field';

/**
 * A time of day (field type `time`), as `HH:MM` through the native time picker.
 *
 * @tag yz-time
 * @fires yz-input - The answer changed; detail `{ value }`.
 * @fires change - The user committed an answer.
 * @csspart field - The wrapper of label, help, error and input.
 * @csspart label - The label.
 * @csspart help - The help text.
 * @csspart error - The error message.
 * @csspart input - The native input.
 */
export class YzTime extends TextInputField {
  override get fieldType(): string {
    return 'time';
  }
  protected override get inputType(): string {
    return 'time';
  }
}
