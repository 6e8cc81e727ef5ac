import type { FieldDefinition } from '@yizhan/core/form';
import {
  DEFAULT_LOCALE,
  isLocale,
  type Locale,
  type LocalizedText,
  localize,
} from '@yizhan/core/i18n';
import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { uiStrings } from '../locales';
import { hostStyles, themeTokens } from '../theme';
import { fieldStyles } from './field-styles';
import { formState, formValue, readFormState } from './form-value';
import { checkField } from './self-check';

/** A field definition as a field element reads it: any built-in field's properties. */
export type FieldConfig = Readonly<Record<string, unknown>> & { readonly key?: string };

/** Detail of a field's `yz-input` event: the new answer. */
export interface YzInputDetail {
  readonly value: unknown;
}

/** A key the core accepts, derived from the element's `name`. */
function fieldKey(name: string): string {
  return /^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(name) ? name : 'value';
}

/**
 * The shared part of every field element: form association through ElementInternals
 * (value in `FormData`, validity, reset, disabled fieldsets, state restore), the label,
 * help and error wired to the control through ARIA, localization, and validation with the
 * core's own rules when the element is used on its own.
 *
 * A field is configured by its `field` property (the same JSON as in a form definition)
 * and/or by attributes (`name`, `label`, `help`, `required`), which win. Inside `<yz-form>`
 * the form sets `error` and owns validation; on its own the element checks its answer.
 *
 * @fires yz-input - The answer changed (every keystroke); detail `{ value }`.
 * @fires change - The user committed an answer (like a native control's change event).
 */
export abstract class YzField extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };
  static override styles = [themeTokens(':host(:not([embedded]))'), hostStyles, fieldStyles];

  static override properties: PropertyDeclarations = {
    field: { attribute: false },
    name: { reflect: true },
    label: {},
    help: {},
    required: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    locale: { reflect: true },
    theme: { reflect: true },
    embedded: { type: Boolean, reflect: true },
    error: { attribute: false },
    value: { attribute: false },
    ownError: { state: true, attribute: false },
    showOwnError: { state: true, attribute: false },
    formDisabled: { state: true, attribute: false },
  };

  /** The field definition (as in a form definition); attributes override its label, help and required. */
  declare field: FieldConfig | undefined;
  /** The name of the answer in `FormData`, and the field key when no `field` is given. */
  name = '';
  /** The label: text, or `{ "zh-CN": …, "en": … }`. */
  declare label: LocalizedText | undefined;
  /** Help text shown under the label and read as the control's description. */
  declare help: LocalizedText | undefined;
  /** Whether an answer is needed. */
  required = false;
  /** Shows the answer without letting it change (still focusable and submitted). */
  readonly = false;
  /** Turns the field off: not focusable, not submitted, not validated. */
  disabled = false;
  /** The interface and message language: `zh-CN` (default) or `en`. */
  locale: Locale = DEFAULT_LOCALE;
  /** `large` for the large-text, high-contrast theme (when used outside `<yz-form>`). */
  declare theme: string | undefined;
  /** Set by `<yz-form>`: take the theme from the form instead of declaring one. */
  embedded = false;
  /**
   * A message from the host (the form, or the server); '' for none. While it is not
   * `undefined` the element does not validate itself.
   */
  declare error: string | undefined;
  /** The answer. Its shape depends on the field type (see each element). */
  declare value: unknown;

  /** The element's own validation message, when it validates itself. */
  protected ownError = '';
  /** Whether the own message is shown: after a change, a submit attempt or `reportValidity()`. */
  protected showOwnError = false;
  private formDisabled = false;

  protected readonly internals: ElementInternals = this.attachInternals();
  private defaultValue: unknown;
  private reportedMessage: string | undefined;
  private reportedAnchor: HTMLElement | null = null;
  private defaultCaptured = false;

  constructor() {
    super();
    // A form's submission (or checkValidity) fires `invalid` on each invalid control: show why.
    this.addEventListener('invalid', () => {
      this.showOwnError = true;
    });
  }

  /** The field type this element renders, as written in a definition. */
  abstract get fieldType(): string;

  /** The `<form>` this field belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** The field's validity, as for native controls. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** The current validation message ('' when valid). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** Whether the field takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** Checks validity without showing anything; fires `invalid` when invalid. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** Checks validity, shows the message and moves focus to the field when invalid. */
  reportValidity(): boolean {
    this.showOwnError = true;
    const valid = this.internals.checkValidity();
    if (!valid) this.focus();
    return valid;
  }

  /** The definition this element stands for: `field`, with the attributes applied. */
  get definition(): FieldDefinition {
    const base = this.field ?? {};
    const definition: Record<string, unknown> = {
      ...base,
      ...this.ownConfig(),
      type: this.fieldType,
      key: base.key ?? fieldKey(this.name),
      label: this.label ?? base.label ?? (this.name || this.fieldType),
    };
    if (this.help !== undefined) definition.help = this.help;
    if (this.required) definition.required = true;
    return definition as unknown as FieldDefinition;
  }

  /** Properties of this type set on the element itself (options, placeholder…), for `definition`. */
  protected ownConfig(): Record<string, unknown> {
    return {};
  }

  /** Whether the element checks its own answer (it does unless a host sets `error`). */
  protected get selfValidates(): boolean {
    return this.error === undefined;
  }

  /** Whether an answer is needed now. */
  protected get isRequired(): boolean {
    return this.required || this.field?.required === true;
  }
  /** Whether the answer can be changed. */
  protected get isReadonly(): boolean {
    return this.readonly;
  }
  /** Whether the field is off (its own `disabled`, or a disabled fieldset around it). */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }
  /** The message shown under the field now. */
  protected get shownError(): string {
    if (this.error !== undefined) return this.error;
    return this.showOwnError ? this.ownError : '';
  }
  /** Localized text in the element's locale. */
  protected text(value: unknown): string {
    return localize(value as LocalizedText | undefined, this.locale);
  }
  /** The localized label. */
  protected get labelText(): string {
    return this.text(this.label ?? this.field?.label ?? this.name);
  }
  /** The localized help text. */
  protected get helpText(): string {
    return this.text(this.help ?? this.field?.help);
  }
  /** The ids of the help and error text, for `aria-describedby`. */
  protected get describedBy(): string | typeof nothing {
    const ids = [this.helpText ? 'help' : '', this.shownError ? 'error' : ''].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : nothing;
  }
  /** `aria-invalid` for the control. */
  protected get invalid(): 'true' | 'false' {
    return this.shownError ? 'true' : 'false';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.defaultCaptured) {
      this.defaultCaptured = true;
      this.defaultValue = this.value;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && !isLocale(this.locale)) this.locale = DEFAULT_LOCALE;
    // Only when the answer changed: telling the form costs a style pass over the whole form.
    if (changed.has('value') || changed.has('name'))
      this.internals.setFormValue(formValue(this.value, this.name), formState(this.value));
    this.ownError = this.selfValidates ? checkField(this.definition, this.value, this.locale) : '';
  }

  protected override updated(): void {
    const message = this.error !== undefined ? this.error : this.ownError;
    const anchor = this.renderRoot.querySelector<HTMLElement>(
      '#control, input, select, textarea, button',
    );
    if (message === this.reportedMessage && anchor === this.reportedAnchor) return;
    this.reportedMessage = message;
    this.reportedAnchor = anchor;
    if (message) this.internals.setValidity({ customError: true }, message, anchor ?? undefined);
    else this.internals.setValidity({});
  }

  /** Called by the browser when the owning form resets. */
  formResetCallback(): void {
    this.value = this.defaultValue;
    this.showOwnError = false;
  }
  /** Called by the browser when a fieldset or form around the field is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }
  /** Called by the browser to restore the answer after a reload or history navigation. */
  formStateRestoreCallback(state: unknown): void {
    this.value = readFormState(state);
  }

  /**
   * Records a new answer from the user: fires `yz-input`, and on `commit` also `change` and
   * starts showing the field's own message.
   */
  protected setValue(value: unknown, commit: boolean): void {
    if (this.isReadonly || this.isDisabled) return;
    this.value = value;
    this.dispatchEvent(
      new CustomEvent<YzInputDetail>('yz-input', { detail: { value }, bubbles: true }),
    );
    if (commit) this.markChanged();
  }

  /** Fires `change` and shows the own message: the user is done with this answer. */
  protected markChanged(): void {
    this.showOwnError = true;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Submits the owning form, as pressing Enter in a native text input does. */
  protected submitOnEnter(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    const form = this.internals.form;
    if (!form) return;
    event.preventDefault();
    this.markChanged();
    form.requestSubmit();
  }

  /** The required mark: a visible star, and the word for screen readers where ARIA cannot say it. */
  protected renderRequiredMark(spoken = false): TemplateResult | typeof nothing {
    if (!this.isRequired) return nothing;
    return html`<span class="required-mark" aria-hidden="true">*</span>${
      spoken
        ? html`<span class="visually-hidden">${uiStrings(this.locale).requiredSuffix}</span>`
        : nothing
    }`;
  }

  /** Help and error paragraphs, referenced by `describedBy`. */
  protected renderMessages(): TemplateResult {
    const help = this.helpText;
    return html`${help ? html`<p class="help" part="help" id="help">${help}</p>` : nothing}<p
        class="error" part="error" id="error">${this.shownError}</p>`;
  }

  /** The control itself, with id `control` (the label's target). */
  protected abstract renderControl(): TemplateResult;

  protected override render(): TemplateResult {
    return html`<div class="field" part="field" lang=${this.locale}>
      <label part="label" id="label" for="control">${this.labelText}${this.renderRequiredMark()}</label>
      ${this.renderMessages()}
      ${this.renderControl()}
    </div>`;
  }

  /** A labelled group (radio buttons, checkboxes, address parts) instead of one control. */
  protected renderGroup(content: TemplateResult, role?: string): TemplateResult {
    return html`<fieldset class="field" part="field" lang=${this.locale} role=${role ?? nothing}
      aria-describedby=${this.describedBy}
      aria-required=${role === 'radiogroup' && this.isRequired ? 'true' : nothing}
      aria-invalid=${role === 'radiogroup' ? this.invalid : nothing}
      aria-readonly=${role === 'radiogroup' && this.isReadonly ? 'true' : nothing}>
      <legend part="label" id="label">${this.labelText}${this.renderRequiredMark(role !== 'radiogroup')}</legend>
      ${this.renderMessages()}
      ${content}
    </fieldset>`;
  }
}
