// Must stay the first import: zod has to be jitless before the core builds its schemas.
import '@yizhan/core/strict-csp';
import {
  type CompiledForm,
  checkFormDefinition,
  compileForm,
  type FormDefinition,
  type FormPage,
  formPages,
  type Issue,
  type LiveState,
  type SubmissionData,
} from '@yizhan/core/form';
import { DEFAULT_LOCALE, isLocale, type Locale, localize } from '@yizhan/core/i18n';
import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { YzInputDetail } from './fields/field-element';
import type { UploadHook } from './fields/yz-file.component';
import { registeredFieldTypes } from './form/custom-fields';
import { DraftController } from './form/draft-controller';
import { type DraftStore, localDraftStore } from './form/drafts';
import type { ServerIssue, YzChangeDetail, YzInvalidDetail, YzSubmitDetail } from './form/events';
import { IssueMap } from './form/issue-map';
import { OptionResolver, type OptionSources } from './form/option-sources';
import { valueAt, within, withValueAt } from './form/pointers';
import { type ItemContext, renderItems } from './form/render-items';
import {
  type FormStatus,
  renderActions,
  renderDraftOffer,
  renderStatus,
} from './form/render-parts';
import { RowKeys } from './form/row-keys';
import { pageOfIssue, pageOfKeys, renderProgress } from './form/wizard';
import { uiStrings } from './locales';
import { hostStyles, themeTokens } from './theme';
import { yzFormStyles } from './yz-form.styles';

type LoadState = FormStatus | { readonly kind: 'ready'; readonly form: CompiledForm };

export type { ServerIssue, YzChangeDetail, YzInvalidDetail, YzSubmitDetail };

const NO_LIVE: LiveState = { items: new Map(), pages: [], values: {} };

/**
 * Renders a Yizhan form definition and validates answers with the same compiled rules the
 * server uses: visibility, requiredness, read-only state and computed values follow the
 * answers as the user types. Pages become a wizard; repeat groups add, remove and reorder
 * rows. Answers are kept as a draft while typing. Text from the definition is always
 * rendered as text, never as markup.
 *
 * @tag yz-form
 * @fires yz-change - An answer changed; detail `{ key, path, value, values }`.
 * @fires yz-submit - The answers passed validation; detail `{ data }` (cleaned data).
 * @fires yz-invalid - A submission was refused; detail `{ issues }`.
 * @csspart form - The `<form>` element.
 * @csspart title - The form title.
 * @csspart description - The form description.
 * @csspart summary - The error summary after a refused submission.
 * @csspart draft - The offer to continue a saved draft.
 * @csspart progress - The wizard's progress indicator.
 * @csspart page-title - The wizard's current step heading.
 * @csspart section - A section's fieldset.
 * @csspart repeat - A repeat group's fieldset.
 * @csspart row - One row of a repeat group.
 * @csspart field - The wrapper of one field (exported from the field element).
 * @csspart label - A field label.
 * @csspart input - A field's native control.
 * @csspart help - A field's help text.
 * @csspart error - A field's error message.
 * @csspart actions - The button bar.
 * @csspart submit - The submit button.
 * @cssprop --yz-font-family - The font of the form.
 * @cssprop --yz-font-size - The base text size (1rem; 1.375rem in the large theme).
 * @cssprop --yz-color-text - Text colour.
 * @cssprop --yz-color-muted - Help text colour.
 * @cssprop --yz-color-background - Background of the form and controls.
 * @cssprop --yz-color-border - Control borders.
 * @cssprop --yz-color-primary - The submit button and accents.
 * @cssprop --yz-color-on-primary - Text on the submit button.
 * @cssprop --yz-color-error - Error messages and invalid borders.
 * @cssprop --yz-color-focus - Focus rings.
 * @cssprop --yz-radius - Corner radius.
 * @cssprop --yz-control-height - Minimum height of controls and buttons (touch target).
 */
export class YzForm extends LitElement {
  static override styles = [themeTokens(':host'), hostStyles, yzFormStyles];

  static override properties: PropertyDeclarations = {
    definition: { attribute: false },
    src: {},
    value: { attribute: false },
    locale: { reflect: true },
    theme: { reflect: true },
    optionSources: { attribute: false },
    upload: { attribute: false },
    drafts: { attribute: false },
    draftDelay: { type: Number, attribute: 'draft-delay' },
    timeZone: { attribute: 'time-zone' },
    disabled: { type: Boolean, reflect: true },
    loadState: { state: true, attribute: false },
    values: { state: true, attribute: false },
    live: { state: true, attribute: false },
    issues: { state: true, attribute: false },
    attempted: { state: true, attribute: false },
    page: { state: true, attribute: false },
    server: { state: true, attribute: false },
  };

  /**
   * The form definition: a parsed object or JSON text. Checked as `parseForm` checks it; the
   * issues of a broken one are worded by a module loaded only then.
   */
  declare definition: unknown;
  /** A URL to load the definition from, when `definition` is not set. */
  src = '';
  /** The initial answers, keyed by field key. */
  value: Record<string, unknown> = {};
  /** The interface and message language: `zh-CN` (default) or `en`. */
  locale: Locale = DEFAULT_LOCALE;
  /** `large` for large text and high contrast (elderly users). Dark mode follows the system. */
  declare theme: string | undefined;
  /** Options for fields whose options are `{ "source": name }`. */
  declare optionSources: OptionSources | undefined;
  /** Uploads a file for file fields and returns `{ ref }`. */
  declare upload: UploadHook | undefined;
  /** Where drafts are kept: localStorage by default, a host's server store, or `null` for none. */
  drafts: DraftStore | null = localDraftStore();
  /** How long typing must pause before a draft is saved, in milliseconds. */
  draftDelay = 400;
  /** The IANA time zone for `today()` and `age()` in expressions; the browser's when not set. */
  declare timeZone: string | undefined;
  /** Turns the whole form off. */
  disabled = false;

  private loadState: LoadState = { kind: 'empty' };
  private values: Record<string, unknown> = {};
  private live: LiveState = NO_LIVE;
  private issues: readonly Issue[] = [];
  private attempted = false;
  private page = 0;
  private server: readonly ServerIssue[] = [];
  private touched = new Set<string>();
  private checkedPages = new Set<number>();
  private pages: readonly FormPage[] = [];
  private pageOf: ReadonlyMap<string, number> = new Map();
  private readonly rows = new RowKeys();
  private readonly options = new OptionResolver(() => this.requestUpdate());
  private loadCount = 0;
  private adoptCount = 0;
  private reporting: Promise<void> | undefined;
  private readonly draft = new DraftController(this, () =>
    this.loadState.kind === 'ready'
      ? {
          definition: this.loadState.form.definition,
          items: this.pages.flatMap((page) => page.fields),
          values: this.values,
        }
      : undefined,
  );

  /** The current answers, as typed so far (computed values not included). */
  get answers(): SubmissionData {
    return { ...this.values };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && !isLocale(this.locale)) this.locale = DEFAULT_LOCALE;
    if (changed.has('optionSources')) this.options.reset();
    if (changed.has('definition') && this.definition !== undefined) this.adopt(this.definition);
    else if (changed.has('src') && this.src && this.definition === undefined)
      void this.load(this.src);
    else if (changed.has('value') && this.loadState.kind === 'ready') this.startFrom({});
    else if (changed.has('locale')) this.refresh();
  }

  private adopt(input: unknown): void {
    const ticket = ++this.adoptCount;
    const fieldTypes = registeredFieldTypes();
    const definition = checkFormDefinition(input, { fieldTypes });
    if (!definition) {
      this.loadState = { kind: 'loading' };
      this.reporting = this.report(input, ticket);
      return;
    }
    this.reporting = undefined;
    const form = compileForm(definition, { fieldTypes });
    this.loadState = { kind: 'ready', form };
    this.pages = formPages(form.definition);
    this.pageOf = pageOfKeys(this.pages);
    this.startFrom({});
    void this.draft.lookFor(form.definition);
  }

  /** Words the issues of a refused definition with parseForm, loaded for this only. */
  private async report(input: unknown, ticket: number): Promise<void> {
    const locale = this.locale;
    try {
      const { definitionIssues } = await import('./form/definition-report');
      if (ticket === this.adoptCount)
        this.loadState = {
          kind: 'invalid',
          issues: definitionIssues(input, locale, registeredFieldTypes()),
        };
    } catch (error) {
      if (ticket === this.adoptCount)
        this.loadState = { kind: 'failed', detail: (error as Error).message };
    }
  }

  // `updateComplete` also waits for the issues of a broken definition, which come a moment
  // later (their module loads on demand), so callers see them as they did when it was sync.
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.reporting) {
      const reporting = this.reporting;
      await reporting;
      if (this.reporting === reporting) this.reporting = undefined;
      complete = await super.getUpdateComplete();
    }
    return complete;
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

  /** Starts over from the defaults, `value` and `extra`, with no messages. */
  private startFrom(extra: SubmissionData): void {
    if (this.loadState.kind !== 'ready') return;
    this.values = { ...this.loadState.form.initialValues(), ...this.value, ...extra };
    this.attempted = false;
    this.touched = new Set();
    this.checkedPages = new Set();
    this.server = [];
    this.page = 0;
    this.rows.clear();
    this.refresh();
  }

  /** Recomputes the live state, and the messages once any are due. */
  private refresh(): void {
    if (this.loadState.kind !== 'ready') return;
    const clock = this.timeZone ? { timeZone: this.timeZone } : {};
    const form = this.loadState.form;
    this.live = form.liveState(this.values, clock);
    if (this.attempted || this.touched.size > 0 || this.checkedPages.size > 0) {
      const result = form.validate(this.values, { locale: this.locale, ...clock });
      this.issues = result.ok ? [] : result.issues;
    } else this.issues = [];
  }

  /** The messages shown now: due validation messages, then server messages. */
  private get messages(): IssueMap {
    const due = this.issues.filter(
      (issue) =>
        this.attempted ||
        this.checkedPages.has(pageOfIssue(issue, this.pageOf)) ||
        [...this.touched].some((pointer) => within(issue.path, pointer)),
    );
    return new IssueMap([...due, ...this.serverMessages()]);
  }

  private serverMessages(): readonly Issue[] {
    if (this.loadState.kind !== 'ready' || this.server.length === 0) return [];
    const form = this.loadState.form;
    return this.server.map((issue) =>
      'message' in issue ? issue : (form.serverIssues([issue], this.locale)[0] as Issue),
    );
  }

  /**
   * Checks the current answers, shows every message and returns the issues (empty when
   * the answers are valid). Does not submit.
   */
  validate(): readonly Issue[] {
    if (this.loadState.kind !== 'ready') return [];
    this.attempted = true;
    this.refresh();
    return this.issues;
  }

  /** Puts every answer back to its default (or `value`), clears the messages and the draft. */
  reset(): void {
    if (this.loadState.kind !== 'ready') return;
    this.draft.clear();
    this.startFrom({});
  }

  /**
   * Validates and, when valid, fires `yz-submit` with the cleaned data; otherwise fires
   * `yz-invalid`, shows the page of the first problem and moves focus to its field.
   */
  requestSubmit(): void {
    if (this.loadState.kind !== 'ready') return;
    const clock = this.timeZone ? { timeZone: this.timeZone } : {};
    const result = this.loadState.form.validate(this.values, { locale: this.locale, ...clock });
    this.validate();
    if (result.ok) {
      this.draft.clear();
      this.emit<YzSubmitDetail>('yz-submit', { data: result.value });
      return;
    }
    this.emit<YzInvalidDetail>('yz-invalid', { issues: result.issues });
    const first = Math.min(...result.issues.map((issue) => pageOfIssue(issue, this.pageOf)));
    if (this.pages.length > 1) this.page = first;
    void this.focusFirstInvalid();
  }

  /**
   * Shows failed server checks (async rules) on their fields, until the user changes
   * those answers. Pass `{ path, check }` to word them with the form's own rule messages.
   */
  setServerIssues(issues: readonly ServerIssue[]): void {
    this.server = [...issues];
    if (issues.length > 0 && this.pages.length > 1)
      this.page = Math.min(...issues.map((issue) => pageOfIssue(issue as Issue, this.pageOf)));
    void this.focusFirstInvalid();
  }

  /** Saves the draft at once instead of after the typing pause. */
  saveDraftNow(): void {
    this.draft.flush();
  }

  private restoreDraft(): void {
    const saved = this.draft.take();
    if (saved) this.startFrom(saved);
    void this.updateComplete.then(() => this.focusIn('[data-pointer]'));
  }

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  private setAnswer(pointer: string, value: unknown): void {
    this.values = withValueAt(this.values, pointer, value);
    if (this.server.length > 0)
      this.server = this.server.filter(
        (issue) => !within(issue.path, pointer) && !within(pointer, issue.path),
      );
    this.refresh();
    this.draft.changed();
    this.emit<YzChangeDetail>('yz-change', {
      key: pointer.split('/')[1] ?? '',
      path: pointer,
      value,
      values: this.answers,
    });
  }

  private onFieldInput(event: CustomEvent<YzInputDetail>): void {
    const pointer = (event.target as HTMLElement).dataset.pointer;
    if (pointer) this.setAnswer(pointer, event.detail.value);
  }

  private onFieldChange(event: Event): void {
    const pointer = (event.target as HTMLElement).dataset?.pointer;
    if (!pointer || this.touched.has(pointer)) return;
    this.touched.add(pointer);
    this.refresh();
  }

  private rowAction(
    pointer: string,
    action: 'add' | 'remove' | 'up' | 'down',
    index: number,
  ): void {
    const current = valueAt(this.values, pointer);
    const rows = Array.isArray(current) ? [...current] : [];
    const target = action === 'up' ? index - 1 : action === 'down' ? index + 1 : index;
    if (action === 'add')
      rows.push(this.loadState.kind === 'ready' ? this.loadState.form.initialRow(pointer) : {});
    else if (action === 'remove') rows.splice(index, 1);
    else [rows[index], rows[target]] = [rows[target], rows[index]];
    this.rows.apply(pointer, action, index, target);
    this.touched.add(pointer);
    this.setAnswer(pointer, rows);
    void this.updateComplete.then(() => {
      if (action === 'add') this.focusIn(`[data-pointer^="${pointer}/${index}/"]`);
      else if (action === 'remove') this.focusIn(`[data-add="${pointer}"]`);
      else {
        const buttons = [
          ...this.renderRoot.querySelectorAll<HTMLButtonElement>(
            `[data-row="${pointer}/${target}"]`,
          ),
        ];
        (
          buttons.find((button) => button.dataset.rowAction === action && !button.disabled) ??
          buttons.find((button) => !button.disabled)
        )?.focus();
      }
    });
  }

  private focusIn(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    this.focusIn('[data-invalid]');
  }

  /** The indexes of the pages shown now. */
  private get visiblePages(): number[] {
    return this.pages.flatMap((_, index) =>
      this.live.pages[index]?.visible === false ? [] : [index],
    );
  }

  private step(direction: 1 | -1): void {
    const visible = this.visiblePages;
    const position = visible.indexOf(this.page);
    if (direction === 1) {
      this.checkedPages.add(this.page);
      this.refresh();
      if (this.issues.some((issue) => pageOfIssue(issue, this.pageOf) === this.page)) {
        void this.focusFirstInvalid();
        return;
      }
    }
    this.page = visible[position + direction] ?? this.page;
    void this.updateComplete.then(() => this.focusIn('#page-title'));
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const visible = this.visiblePages;
    if (visible.length > 1 && this.page !== visible[visible.length - 1]) this.step(1);
    else this.requestSubmit();
  }

  protected override render(): TemplateResult {
    return this.loadState.kind === 'ready'
      ? this.renderForm(this.loadState.form.definition)
      : renderStatus(this.loadState, this.locale);
  }

  private renderForm(definition: FormDefinition): TemplateResult {
    const ui = uiStrings(this.locale);
    const messages = this.messages;
    const context: ItemContext = {
      locale: this.locale,
      live: this.live,
      messages,
      upload: this.upload,
      disabled: this.disabled,
      optionsFor: (source) => this.options.get(this.optionSources, source, this.locale),
      rowIds: (pointer, count) => this.rows.ids(pointer, count),
      rowAction: (pointer, action, index) => this.rowAction(pointer, action, index),
    };
    const visible = this.visiblePages;
    const wizard = this.pages.length > 1;
    const page = this.pages[this.page] ?? this.pages[0];
    const description = localize(definition.description, this.locale);
    return html`<form part="form" novalidate lang=${this.locale}
      @submit=${this.onSubmit} @yz-input=${this.onFieldInput} @change=${this.onFieldChange}>
      <h2 part="title">${localize(definition.title, this.locale)}</h2>
      ${description ? html`<p class="description" part="description">${description}</p>` : nothing}
      ${
        this.draft.offer
          ? renderDraftOffer(
              this.locale,
              () => this.restoreDraft(),
              () => this.draft.clear(),
            )
          : nothing
      }
      ${this.attempted && messages.size > 0 ? html`<p class="summary" part="summary" role="alert">${ui.errorSummary(messages.size)}</p>` : nothing}
      ${wizard ? renderProgress(this.pages, visible, this.page, this.locale) : nothing}
      ${page ? renderItems(page.fields, '', context) : nothing}
      ${renderActions(this.locale, {
        back: wizard && this.page !== visible[0] ? () => this.step(-1) : undefined,
        last: !wizard || this.page === visible[visible.length - 1],
        disabled: this.disabled,
      })}
    </form>`;
  }
}
