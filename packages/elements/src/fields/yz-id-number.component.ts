import { asciiDigits } from './form-value';
import { TextInputField } from './text-input-field';

/**
 * An 18-character resident ID number (field type `id-number`, 居民身份证号码). Full-width
 * digits become ASCII and a final x becomes X; the core checks the date and check digit.
 *
 * @tag yz-id-number
 * @fires yz-input - The answer changed; detail `{ value }`.
 * @fires change - The user committed an answer.
 * @csspart field - The wrapper of label, help, error and input.
 * @csspart label - The label.
 * @csspart help - The help text.
 * @csspart error - The error message.
 * @csspart input - The native input.
 */
export class YzIdNumber extends TextInputField {
  override get fieldType(): string {
    return 'id-number';
  }
  protected override get autocomplete(): string {
    return 'off';
  }
  protected override get maxLength(): number {
    return 18;
  }
  protected override parse(text: string): unknown {
    return asciiDigits(text).replace(/\s/g, '').replace(/x/g, 'X');
  }
}
