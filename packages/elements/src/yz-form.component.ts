// Must stay the first import: zod has to be jitless before the core builds its schemas.
import '@yizhan/core/strict-csp';
import {
  type CompiledForm,
  compileForm,
  type FormDefinition,
  type FormItem,
  formPages,
  type Issue,
  parseForm,
  type SubmissionData,
} from '@yizhan/core/form';
import { DEFAULT_LOCALE, isLocale, type Locale, localize } from '@yizhan/core/i18n';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { uiStrings } from './locales';
import { yzFormStyles } from './yz-form.styles';

/** Detail of the `yz-change` event. */
export interface YzChangeDetail {
  readonly key: string;
  readonly value: unknown;
  readonly values: SubmissionData;
}
/** Detail of the `yz-submit` event: the cleaned, validated data. */
export interface YzSubmitDetail {
  readonly data: SubmissionData;
}
/** Detail of the `yz-invalid` event: the issues that stopped a submission. */
export interface YzInvalidDetail {
  readonly issues: readonly Issue[];
}

/** The largest length a field's length rules allow, for the input's maxlength. */
function lengthLimit(field: FormItem): number | undefined {
  const rules = 'rules' in field && Array.isArray(field.rules) ? field.rules : [];
  const limits = rules.flatMap((rule) =>
    rule.type === 'length' && rule.max !== undefined ? [rule.max] : [],
  );
  return limits.length > 0 ? Math.min(...limits) : undefined;
}

type LoadState =
  | { readonly kind: 'empty' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly form: CompiledForm }
  | { readonly kind: 'invalid'; readonly issues: readonly Issue[] }
  | { readonly kind: 'failed'; readonly detail: string };

/**
 * Renders a Yizhan form definition and validates answers with the same compiled rules the
 * server uses. Text from the definition is always rendered as text, never as markup.
 *
 * @tag yz-form
 * @fires yz-change - An answer changed; detail `{ key, value, values }`.
 * @fires yz-submit - The answers passed validation; detail `{ data }` (cleaned data).
 * @fires yz-invalid - A submission was refused; detail `{ issues }`.
 * @csspart form - The `<form>` element.
 * @csspart title - The form title.
 * @csspart field - The wrapper of one field.
 * @csspart label - A field label.
 * @csspart input - A field's input or select.
 * @csspart help - A field's help text.
 * @csspart error - A field's error message.
 * @csspart submit - The submit button.
 * @cssprop --yz-font-family - The font of the form.
 * @cssprop --yz-font-size - The base text size.
 * @cssprop --yz-color-primary - The colour of the submit button and focus rings.
 * @cssprop --yz-color-error - The colour of error messages.
 */
export class YzForm extends LitElement {
  static override styles = yzFormStyles;

  /** The form definition: a parsed object or JSON text. Checked with `parseForm`. */
  @property({ attribute: false }) definition: unknown;

  /** A URL to load the definition from, when `definition` is not set. */
  @property() src = '';

  /** The initial answers, keyed by field key. */
  @property({ attribute: false }) value: Record<string, unknown> = {};

  /** The interface and message language: `zh-CN` (default) or `en`. */
  @property({ reflect: true }) locale: Locale = DEFAULT_LOCALE;

  @state() private loadState: LoadState = { kind: 'empty' };
  @state() private values: Record<string, unknown> = {};
  @state() private errors: ReadonlyMap<string, string> = new Map();
  @state() private attempted = false;
  private loadCount = 0;

  /** The current answers, as typed so far. */
  get answers(): SubmissionData {
    return { ...this.values };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && !isLocale(this.locale)) this.locale = DEFAULT_LOCALE;
    if (changed.has('definition') && this.definition !== undefined) this.adopt(this.definition);
    else if (changed.has('src') && this.src && this.definition === undefined)
      void this.load(this.src);
    if (changed.has('value') && this.loadState.kind === 'ready') {
      this.values = { ...this.loadState.form.initialValues(), ...this.value };
    }
    if (changed.has('locale') && this.attempted) this.validate();
  }

  private adopt(input: unknown): void {
    const parsed = parseForm(input, { locale: this.locale });
    if (!parsed.ok) {
      this.loadState = { kind: 'invalid', issues: parsed.issues };
      return;
    }
    const form = compileForm(parsed.value);
    this.loadState = { kind: 'ready', form };
    this.values = { ...form.initialValues(), ...this.value };
    this.errors = new Map();
    this.attempted = false;
  }

  private async load(url: string): Promise<void> {
    const ticket = ++this.loadCount;
    this.loadState = { kind: 'loading' };
    try {
      const response = await fetch(url, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      if (ticket === this.loadCount) this.adopt(text);
    } catch (error) {
      if (ticket === this.loadCount)
        this.loadState = { kind: 'failed', detail: (error as Error).message };
    }
  }

  /**
   * Checks the current answers, shows every message and returns the issues (empty when
   * the answers are valid). Does not submit.
   */
  validate(): readonly Issue[] {
    if (this.loadState.kind !== 'ready') return [];
    this.attempted = true;
    const result = this.loadState.form.validate(this.values, { locale: this.locale });
    const issues = result.ok ? [] : result.issues;
    this.errors = new Map(issues.map((issue) => [issue.path.slice(1), issue.message]));
    return issues;
  }

  /** Puts every answer back to its default (or `value`) and clears the messages. */
  reset(): void {
    if (this.loadState.kind !== 'ready') return;
    this.values = { ...this.loadState.form.initialValues(), ...this.value };
    this.errors = new Map();
    this.attempted = false;
  }

  /**
   * Validates and, when valid, fires `yz-submit` with the cleaned data; otherwise fires
   * `yz-invalid` and moves focus to the first invalid field.
   */
  requestSubmit(): void {
    if (this.loadState.kind !== 'ready') return;
    const result = this.loadState.form.validate(this.values, { locale: this.locale });
    this.validate();
    if (result.ok) {
      this.dispatchEvent(
        new CustomEvent<YzSubmitDetail>('yz-submit', {
          detail: { data: result.value },
          bubbles: true,
          composed: true,
        }),
      );
      return;
    }
    this.dispatchEvent(
      new CustomEvent<YzInvalidDetail>('yz-invalid', {
        detail: { issues: result.issues },
        bubbles: true,
        composed: true,
      }),
    );
    void this.updateComplete.then(() => {
      const first = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
      first?.focus();
    });
  }

  private setAnswer(key: string, value: unknown): void {
    this.values = { ...this.values, [key]: value };
    if (this.attempted) this.validate();
    this.dispatchEvent(
      new CustomEvent<YzChangeDetail>('yz-change', {
        detail: { key, value, values: this.answers },
        bubbles: true,
        composed: true,
      }),
    );
  }

  protected override render(): TemplateResult {
    const ui = uiStrings(this.locale);
    switch (this.loadState.kind) {
      case 'empty':
        return html``;
      case 'loading':
        return html`<p role="status">${ui.loading}</p>`;
      case 'failed':
        return html`<p class="summary" role="alert">${ui.loadFailed(this.loadState.detail)}</p>`;
      case 'invalid':
        return html`<div class="summary" role="alert">
          <p>${ui.invalidDefinition}</p>
          <ul>${this.loadState.issues.map((issue) => html`<li><code>${issue.path || '/'}</code> ${issue.message}</li>`)}</ul>
        </div>`;
      case 'ready':
        return this.renderForm(this.loadState.form.definition);
    }
  }

  private renderForm(definition: FormDefinition): TemplateResult {
    const ui = uiStrings(this.locale);
    const errorCount = this.errors.size;
    return html`<form part="form" novalidate @submit=${this.onSubmit} lang=${this.locale}>
      <h2 part="title">${localize(definition.title, this.locale)}</h2>
      ${definition.description ? html`<p class="description">${localize(definition.description, this.locale)}</p>` : nothing}
      ${this.attempted && errorCount > 0 ? html`<p class="summary" role="alert">${ui.errorSummary(errorCount)}</p>` : nothing}
      ${formPages(definition).flatMap((page) => page.fields.map((field) => this.renderField(field)))}
      <button part="submit" type="submit">${ui.submit}</button>
    </form>`;
  }

  private renderField(field: FormItem): TemplateResult | typeof nothing {
    const id = `yz-field-${field.key}`;
    const error = this.errors.get(field.key) ?? '';
    const help = 'help' in field && field.help ? localize(field.help, this.locale) : '';
    const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ');
    const label = html`<label part="label" for=${id}>${'label' in field ? localize(field.label, this.locale) : ''}${
      'required' in field && field.required === true
        ? html`<span class="required-mark" aria-hidden="true">*</span>`
        : nothing
    }</label>`;
    const after = html`${help ? html`<p class="help" part="help" id="${id}-help">${help}</p>` : nothing}
      <p class="error" part="error" id="${id}-error">${error}</p>`;
    const common = {
      id,
      invalid: error ? 'true' : 'false',
      required: 'required' in field && field.required === true ? 'true' : 'false',
      describedBy: describedBy || nothing,
    };
    switch (field.type) {
      case 'text':
        return html`<div class="field" part="field">
          ${label}
          <input part="input" type="text" id=${common.id} name=${field.key}
            .value=${String(this.values[field.key] ?? '')}
            placeholder=${field.placeholder ? localize(field.placeholder, this.locale) : nothing}
            maxlength=${lengthLimit(field) ?? nothing}
            aria-required=${common.required} aria-invalid=${common.invalid} aria-describedby=${common.describedBy}
            @input=${(event: Event) => this.setAnswer(field.key, (event.target as HTMLInputElement).value)} />
          ${after}
        </div>`;
      case 'select': {
        const current = String(this.values[field.key] ?? '');
        const placeholder = field.placeholder
          ? localize(field.placeholder, this.locale)
          : uiStrings(this.locale).choose;
        return html`<div class="field" part="field">
          ${label}
          <select part="input" id=${common.id} name=${field.key}
            aria-required=${common.required} aria-invalid=${common.invalid} aria-describedby=${common.describedBy}
            @change=${(event: Event) => this.setAnswer(field.key, (event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${current === ''}>${placeholder}</option>
            ${(Array.isArray(field.options) ? field.options : []).map(
              (option) =>
                html`<option value=${option.value} ?selected=${current === option.value}>${localize(option.label, this.locale)}</option>`,
            )}
          </select>
          ${after}
        </div>`;
      }
      case 'checkbox':
        return html`<div class="field checkbox" part="field">
          <input part="input" type="checkbox" id=${common.id} name=${field.key}
            .checked=${this.values[field.key] === true}
            aria-required=${common.required} aria-invalid=${common.invalid} aria-describedby=${common.describedBy}
            @change=${(event: Event) => this.setAnswer(field.key, (event.target as HTMLInputElement).checked)} />
          ${label}
          ${after}
        </div>`;
      default:
        // One element per field type arrives with the field elements; until then only these render.
        return nothing;
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.requestSubmit();
  }
}
