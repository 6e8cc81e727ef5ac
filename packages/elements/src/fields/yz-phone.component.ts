import { asciiDigits } from './form-value';
import { TextInputField } from './text-input-field';

/**
 * A mainland mobile number (field type `phone`, 手机号码): the phone keypad, autofill, and
 * full-width digits from a Chinese input method turned into ASCII digits.
 *
 * @tag yz-phone
 * @fires yz-input - The answer changed; detail `{ value }`.
 * @fires change - The user committed an answer.
 * @csspart field - The wrapper of label, help, error and input.
 * @csspart label - The label.
 * @csspart help - The help text.
 * @csspart error - The error message.
 * @csspart input - The native input.
 */
export class YzPhone extends TextInputField {
  override get fieldType(): string {
    return 'phone';
  }
  protected override get inputType(): string {
    return 'tel';
  }
  protected override get autocomplete(): string {
    return 'tel-national';
  }
  protected override get maxLength(): number {
    return 11;
  }
  protected override parse(text: string): unknown {
    return asciiDigits(text).replace(/[\s-]/g, '');
  }
}
