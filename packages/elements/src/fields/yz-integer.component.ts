import { NumberInputField } from './number-input-field';

/**
 * A whole number (field type `integer`), with the numeric keypad and the field's `unit`.
 *
 * @tag yz-integer
 * @fires yz-input - The answer changed; detail `{ value }` (a number, or the text when it is not one).
 * @fires change - The user committed an answer.
 * @csspart field - The wrapper of label, help, error and input.
 * @csspart label - The label.
 * @csspart help - The help text.
 * @csspart error - The error message.
 * @csspart input - The native input.
 * @csspart unit - The unit after the input.
 */
export class YzInteger extends NumberInputField {
  override get fieldType(): string {
    return 'integer';
  }
  protected override get keyboard(): string {
    return 'numeric';
  }
}
