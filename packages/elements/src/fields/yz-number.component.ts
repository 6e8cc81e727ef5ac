import { NumberInputField } from './number-input-field';

/**
 * A number, decimals allowed (field type `number`), with the decimal keypad and the
 * field's `unit` after the input.
 *
 * @tag yz-number
 * @fires yz-input - The answer changed; detail `{ value }` (a number, or the text when it is not one).
 * @fires change - The user committed an answer.
 * @csspart field - The wrapper of label, help, error and input.
 * @csspart label - The label.
 * @csspart help - The help text.
 * @csspart error - The error message.
 * @csspart input - The native input.
 * @csspart unit - The unit after the input.
 */
export class YzNumber extends NumberInputField {
  override get fieldType(): string {
    return 'number';
  }
  protected override get keyboard(): string {
    return 'decimal';
  }
}
