import { DEFAULT_LOCALE, isLocale, type Locale } from '@yizhan/core/i18n';
import { hostStyles, themeTokens } from '@yizhan/elements';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  parseRelayLine,
  parseRelayText,
  type RelayCatalogItem,
  type RelayLine,
  type RelayText,
} from '../relay/parse-relay';
import { type RelayBook, type RelayEvent, type RelayRow, relayBook } from '../relay/relay-book';
import { relayTotals } from '../relay/relay-summary';
import {
  defaultEventId,
  type YzRelayAddDetail,
  type YzRelayCorrectDetail,
  type YzRelayWithdrawDetail,
} from './relay-events';
import {
  addressText,
  entryLine,
  renderDeliveries,
  renderIssues,
  renderTotals,
} from './relay-render';
import { itemsText, type RelayStrings, relayStrings } from './relay-strings';
import { relayStyles } from './relay-styles';

export type { YzRelayAddDetail, YzRelayCorrectDetail, YzRelayWithdrawDetail };

const LINE_BREAK = /\r\n|\r|\n/;
const EMPTY_TEXT: RelayText = { lines: [], entries: [], needsCorrection: [] };

/**
 * The love relay (爱心接龙) as a shared, growing order list. A volunteer pastes lines from
 * the group chat, checks what was read line by line (lines that cannot be read stay
 * visible with what to correct, and can be corrected before or after adding), then adds
 * them. The element shows the orders with correct and withdraw actions, the per-item
 * totals and the delivery list by building. It never changes `events`: it fires the new
 * book events for the host to store, and shows them when the host sets `events` again.
 * Text from the chat is always rendered as text, never as markup.
 *
 * @tag yz-relay
 * @fires yz-relay-add - Lines to add; detail `{ events, text }` (one `pasted` event). Cancelable: a cancelled add keeps the pasted text.
 * @fires yz-relay-correct - A row corrected; detail `{ events, row, text }` (one `corrected` event).
 * @fires yz-relay-withdraw - A row withdrawn; detail `{ events, row }` (one `withdrawn` event).
 * @csspart paste - The paste section.
 * @csspart input - The paste box and correction inputs.
 * @csspart preview - The list of pasted lines as read.
 * @csspart line - One pasted line in the preview.
 * @csspart add - The button that adds the pasted lines.
 * @csspart entries - The list of orders.
 * @csspart entry - One order (or one row to correct, or one withdrawn row).
 * @csspart issues - What to correct and check about a line.
 * @csspart issue - One thing to correct.
 * @csspart warning - One thing to check.
 * @csspart totals - The per-item totals.
 * @csspart deliveries - The delivery list.
 * @csspart building - One building of the delivery list.
 * @csspart stop - One room of a building.
 * @csspart status - The live region that announces totals.
 * @cssprop --yz-font-family - The font.
 * @cssprop --yz-font-size - The base text size (1rem; 1.375rem in the large theme).
 * @cssprop --yz-color-text - Text colour.
 * @cssprop --yz-color-muted - Secondary text colour.
 * @cssprop --yz-color-background - Background.
 * @cssprop --yz-color-surface - Background of orders and buildings.
 * @cssprop --yz-color-border - Borders.
 * @cssprop --yz-color-primary - Buttons and accents.
 * @cssprop --yz-color-on-primary - Text on the add button.
 * @cssprop --yz-color-error - Lines to correct.
 * @cssprop --yz-color-focus - Focus rings.
 * @cssprop --yz-radius - Corner radius.
 * @cssprop --yz-control-height - Minimum height of inputs and buttons (touch target).
 */
export class YzRelay extends LitElement {
  static override styles = [themeTokens(':host'), hostStyles, relayStyles];

  /** The relay's append-only event list, as `relayBook` takes it. Set a new array to update. */
  @property({ attribute: false }) events: readonly RelayEvent[] = [];
  /** What is on sale: names, units and aliases, so lines are read better. */
  @property({ attribute: false }) catalog: readonly RelayCatalogItem[] = [];
  /** The interface and message language: `zh-CN` (default) or `en`. */
  @property({ reflect: true }) locale: Locale = DEFAULT_LOCALE;
  /** `large` for large text and high contrast (elderly users). Dark mode follows the system. */
  @property({ reflect: true }) theme: string | undefined;
  /** Shows the list, totals and deliveries only: no paste box, no actions. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Who acts, written as `by` in the events fired (a volunteer id). */
  @property() by = '';
  /** Makes the id of each fired event; a UUID by default. */
  @property({ attribute: false }) newId: () => string = defaultEventId;
  /** The clock of the fired events' `at`. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  @state() private draft = '';
  @state() private correcting: { readonly row: string; readonly text: string } | undefined;
  @state() private confirming: string | undefined;
  @state() private announcement = '';
  /** Preview lines with their correction input open: kept open so focus stays while typing. */
  private editing = new Set<number>();
  private book: RelayBook = relayBook([]);
  private preview: RelayText = EMPTY_TEXT;
  private pending: { readonly id: string; readonly kind: 'added' | 'saved' } | undefined;
  private focusAfter: string | undefined;

  private get text(): RelayStrings {
    return relayStrings(this.currentLocale());
  }

  private currentLocale(): Locale {
    return isLocale(this.locale) ? this.locale : DEFAULT_LOCALE;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const options = { locale: this.currentLocale(), catalog: this.catalog };
    if (changed.has('events') || changed.has('locale') || changed.has('catalog')) {
      this.book = relayBook(this.events, options);
      const pending = this.pending;
      if (pending !== undefined && this.events.some((event) => event.id === pending.id)) {
        this.pending = undefined;
        const totals = itemsText(this.book.totals, this.text) || this.text.noTotals;
        this.announcement = this.text[pending.kind](totals);
      }
    }
    if (changed.has('draft') || changed.has('locale') || changed.has('catalog'))
      this.preview = this.draft.trim() === '' ? EMPTY_TEXT : parseRelayText(this.draft, options);
  }

  protected override updated(): void {
    if (this.focusAfter === undefined) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfter);
    this.focusAfter = undefined;
    target?.focus();
  }

  protected override render(): TemplateResult {
    const text = this.text;
    const rows = this.book.rows;
    const ok = rows.filter((row) => row.status === 'ok');
    const failing = rows.filter((row) => row.status === 'needs-correction');
    const withdrawn = rows.filter((row) => row.status === 'withdrawn');
    return html`<div class="relay" lang=${this.currentLocale()}>
      ${this.readonly ? nothing : this.renderPaste(text)}
      <section part="entries" aria-labelledby="entries-heading">
        <h2 id="entries-heading" tabindex="-1">${text.entriesHeading(ok.length)}</h2>
        ${
          ok.length === 0
            ? html`<p class="meta">${text.empty}</p>`
            : html`<ul>${repeat(
                ok,
                (row) => row.key,
                (row) => this.renderRow(row, text),
              )}</ul>`
        }
      </section>
      ${
        failing.length === 0
          ? nothing
          : html`<section aria-labelledby="failing-heading">
            <h2 id="failing-heading">${text.needsCorrectionHeading(failing.length)}</h2>
            <ul>${repeat(
              failing,
              (row) => row.key,
              (row) => this.renderRow(row, text),
            )}</ul>
          </section>`
      }
      ${
        withdrawn.length === 0
          ? nothing
          : html`<details>
            <summary>${text.withdrawnHeading(withdrawn.length)}</summary>
            <ul>${repeat(
              withdrawn,
              (row) => row.key,
              (row) => this.renderRow(row, text),
            )}</ul>
          </details>`
      }
      ${renderTotals(this.book.totals, text)}
      ${renderDeliveries(this.book.deliveries, text)}
      <p class="visually-hidden" role="status" part="status">${this.announcement}</p>
    </div>`;
  }

  private renderPaste(text: RelayStrings): TemplateResult {
    const lines = this.preview.lines;
    const failing = this.preview.needsCorrection.length;
    return html`<section part="paste" aria-labelledby="paste-heading">
      <h2 id="paste-heading">${text.pasteHeading}</h2>
      <div class="field">
        <label for="paste">${text.pasteLabel}</label>
        <p id="paste-help" class="help">${text.pasteHelp}</p>
        <textarea id="paste" part="input" rows="5" aria-describedby="paste-help"
          .value=${this.draft} @input=${this.onPasteInput} @keydown=${this.onPasteKeydown}></textarea>
      </div>
      ${
        lines.length === 0
          ? nothing
          : html`<h3 id="preview-heading">${text.preview}</h3>
          <ol part="preview" aria-labelledby="preview-heading">
            ${repeat(
              lines,
              (line) => line.line,
              (line) => this.renderLine(line, text),
            )}
          </ol>`
      }
      <div class="buttons">
        <button type="button" class="primary" part="add" ?disabled=${lines.length === 0}
          @click=${this.add}>${text.add(lines.length, failing)}</button>
        ${
          lines.length === 0
            ? nothing
            : html`<button type="button" @click=${this.clearDraft}>${text.clear}</button>`
        }
      </div>
    </section>`;
  }

  private renderLine(line: RelayLine, text: RelayStrings): TemplateResult {
    const issuesId = `line-${line.line}-issues`;
    const read = line.ok ? line.entry : line.partial;
    const open = !line.ok || this.editing.has(line.line);
    const hasIssues = !line.ok || line.warnings.length > 0;
    return html`<li class=${line.ok ? 'card' : 'card failing'} part="line">
      <p><strong>${text.lineLabel(line.line)}</strong> ·
        <span class=${line.ok ? 'status-ok' : 'status-bad'}>${line.ok ? text.lineOk : text.lineNeedsCorrection}</span></p>
      ${line.ok ? nothing : html`<p class="raw">${line.raw}</p>`}
      ${
        read.building === undefined && read.items.length === 0
          ? nothing
          : html`<p><span class="address">${addressText(read, text)}</span> ${itemsText(read.items, text)}</p>`
      }
      ${read.note === undefined ? nothing : html`<p class="meta">${text.bracketed(read.note)}</p>`}
      ${renderIssues(issuesId, line.ok ? [] : line.issues, line.warnings)}
      ${
        open
          ? html`<div class="field">
            <label for=${`line-${line.line}`}>${text.correctLine(line.line)}</label>
            <input id=${`line-${line.line}`} part="input" .value=${line.raw}
              aria-invalid=${line.ok ? 'false' : 'true'}
              aria-describedby=${hasIssues ? issuesId : nothing}
              @input=${(event: Event) => this.correctLine(line.line, event)} />
          </div>`
          : nothing
      }
    </li>`;
  }

  private renderRow(row: RelayRow, text: RelayStrings): TemplateResult {
    const label = this.rowLabel(row, text);
    const index = this.book.rows.indexOf(row);
    const issuesId = `row-${index}-issues`;
    const classes = `card${row.status === 'needs-correction' ? ' failing' : ''}${
      row.status === 'withdrawn' ? ' withdrawn' : ''
    }`;
    return html`<li class=${classes} part="entry" data-row=${row.key}>
      ${
        row.entry === undefined
          ? html`<p class="raw">${row.text ?? ''}</p>`
          : html`<p class="address">${addressText(row.entry, text)}</p>
            <p class="items">${itemsText(row.entry.items, text)}</p>
            ${row.entry.note === undefined ? nothing : html`<p class="meta">${text.bracketed(row.entry.note)}</p>`}`
      }
      ${renderIssues(issuesId, row.issues, row.status === 'ok' ? row.warnings : [])}
      ${this.renderMeta(row, text)}
      ${this.readonly || row.status === 'withdrawn' ? nothing : this.renderActions(row, label, index, text)}
    </li>`;
  }

  private renderMeta(row: RelayRow, text: RelayStrings): TemplateResult | typeof nothing {
    const parts = [
      row.status === 'withdrawn' ? text.withdrawn : '',
      row.withdrawnReason ?? '',
      row.source === 'form' ? text.fromForm : '',
      row.history.length > 0 ? text.earlier(row.history.length) : '',
    ].filter((part) => part !== '');
    return parts.length === 0 ? nothing : html`<p class="meta">${parts.join(' · ')}</p>`;
  }

  private renderActions(
    row: RelayRow,
    label: string,
    index: number,
    text: RelayStrings,
  ): TemplateResult {
    if (this.correcting?.row === row.key) {
      const draft = this.correcting.text;
      const read = draft.trim() === '' ? undefined : parseRelayLine(draft, this.parseOptions());
      const issuesId = `row-${index}-correction-issues`;
      const issues = read === undefined || read.ok ? [] : read.issues;
      return html`<div class="field">
          <label for="correction">${text.correctLabel(label)}</label>
          <input id="correction" part="input" .value=${draft}
            aria-invalid=${issues.length > 0 ? 'true' : 'false'}
            aria-describedby=${read === undefined ? nothing : issuesId}
            @input=${this.onCorrectionInput} @keydown=${this.onCorrectionKeydown} />
        </div>
        ${read === undefined ? nothing : renderIssues(issuesId, issues, read.warnings)}
        <div class="buttons">
          <button type="button" class="primary" ?disabled=${draft.trim() === ''}
            @click=${this.saveCorrection}>${text.saveCorrection}</button>
          <button type="button" @click=${this.cancelCorrection}>${text.cancel}</button>
        </div>`;
    }
    if (this.confirming === row.key)
      return html`<p id="confirm-text">${text.confirmWithdraw(label)}</p>
        <div class="buttons" role="group" aria-labelledby="confirm-text">
          <button type="button" class="primary" @click=${() => this.withdraw(row)}>${text.confirm}</button>
          <button type="button" id="confirm-cancel" @click=${() => this.cancelWithdraw(row)}>${text.cancel}</button>
        </div>`;
    return html`<div class="buttons">
      <button type="button" data-action="correct" @click=${() => this.startCorrection(row)}>
        ${text.correct}<span class="visually-hidden"> ${label}</span></button>
      <button type="button" data-action="withdraw" @click=${() => this.askWithdraw(row)}>
        ${text.withdraw}<span class="visually-hidden"> ${label}</span></button>
    </div>`;
  }

  /** How a row is named in button labels and prompts: its address, else its text. */
  private rowLabel(row: RelayRow, text: RelayStrings): string {
    return row.entry === undefined ? (row.text ?? row.key) : addressText(row.entry, text);
  }

  private parseOptions() {
    return { locale: this.currentLocale(), catalog: this.catalog };
  }

  private onPasteInput(event: InputEvent): void {
    this.draft = (event.target as HTMLTextAreaElement).value;
    this.editing = new Set();
    if (event.inputType !== 'insertFromPaste' && event.inputType !== 'insertFromDrop') return;
    // Announce what was read once the preview is current: a paste, not every keystroke.
    const preview = parseRelayText(this.draft, this.parseOptions());
    const totals = itemsText(relayTotals(preview.entries), this.text) || this.text.noTotals;
    this.announcement = `${this.text.previewSummary(preview.lines.length, preview.needsCorrection.length)}${this.text.totalsSaid(totals)}`;
  }

  private onPasteKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.add();
    }
  }

  /** Replaces one line of the pasted text with its correction (line breaks are not allowed in it). */
  private correctLine(line: number, event: Event): void {
    const value = (event.target as HTMLInputElement).value.replace(/[\r\n]+/g, ' ');
    const lines = this.draft.split(LINE_BREAK);
    lines[line - 1] = value;
    this.editing.add(line);
    this.draft = lines.join('\n');
  }

  private clearDraft(): void {
    this.draft = '';
    this.editing = new Set();
    this.focusAfter = '#paste';
  }

  /** Fires `yz-relay-add` with one `pasted` event holding every pasted line, read or not. */
  private add(): void {
    if (this.preview.lines.length === 0) return;
    const event: RelayEvent = { type: 'pasted', ...this.stamp(), text: this.draft };
    const detail: YzRelayAddDetail = { events: [event], text: this.draft };
    if (!this.fire('yz-relay-add', detail, true)) return;
    this.pending = { id: event.id, kind: 'added' };
    this.draft = '';
    this.editing = new Set();
    this.focusAfter = '#paste';
  }

  private startCorrection(row: RelayRow): void {
    this.confirming = undefined;
    this.correcting = {
      row: row.key,
      text: row.text ?? (row.entry === undefined ? '' : entryLine(row.entry)),
    };
    this.focusAfter = '#correction';
  }

  private onCorrectionInput(event: Event): void {
    if (this.correcting === undefined) return;
    this.correcting = { ...this.correcting, text: (event.target as HTMLInputElement).value };
  }

  private onCorrectionKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.saveCorrection();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.cancelCorrection();
    }
  }

  private saveCorrection(): void {
    const correcting = this.correcting;
    if (correcting === undefined || correcting.text.trim() === '') return;
    const text = correcting.text;
    const event: RelayEvent = { type: 'corrected', ...this.stamp(), row: correcting.row, text };
    const detail: YzRelayCorrectDetail = { events: [event], row: correcting.row, text };
    this.fire('yz-relay-correct', detail, false);
    this.pending = { id: event.id, kind: 'saved' };
    this.correcting = undefined;
    this.focusAfter = rowButton(correcting.row, 'correct');
  }

  private cancelCorrection(): void {
    const row = this.correcting?.row;
    this.correcting = undefined;
    if (row !== undefined) this.focusAfter = rowButton(row, 'correct');
  }

  private askWithdraw(row: RelayRow): void {
    this.correcting = undefined;
    this.confirming = row.key;
    this.focusAfter = '#confirm-cancel';
  }

  private cancelWithdraw(row: RelayRow): void {
    this.confirming = undefined;
    this.focusAfter = rowButton(row.key, 'withdraw');
  }

  private withdraw(row: RelayRow): void {
    const event: RelayEvent = { type: 'withdrawn', ...this.stamp(), row: row.key };
    const detail: YzRelayWithdrawDetail = { events: [event], row: row.key };
    this.fire('yz-relay-withdraw', detail, false);
    this.pending = { id: event.id, kind: 'saved' };
    this.confirming = undefined;
    this.focusAfter = '#entries-heading';
  }

  private stamp(): { id: string; at: string; by: string } {
    return { id: this.newId(), at: this.now().toISOString(), by: this.by };
  }

  /** Dispatches a bubbling, composed event; false when a cancelable one was cancelled. */
  private fire(type: string, detail: unknown, cancelable: boolean): boolean {
    return this.dispatchEvent(
      new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }),
    );
  }
}

/** The selector of a row's correct or withdraw button. */
function rowButton(row: string, action: 'correct' | 'withdraw'): string {
  return `li[data-row="${CSS.escape(row)}"] button[data-action="${action}"]`;
}
