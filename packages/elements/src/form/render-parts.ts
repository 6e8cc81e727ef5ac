import type { Issue } from '@yizhan/core/form';
import type { Locale } from '@yizhan/core/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import { uiStrings } from '../locales';

/** What `<yz-form>` shows instead of a form: loading, a failed load, a broken definition. */
export type FormStatus =
  | { readonly kind: 'empty' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'invalid'; readonly issues: readonly Issue[] }
  | { readonly kind: 'failed'; readonly detail: string };

/** Renders a status instead of a form. */
export function renderStatus(status: FormStatus, locale: Locale): TemplateResult {
  const ui = uiStrings(locale);
  switch (status.kind) {
    case 'empty':
      return html``;
    case 'loading':
      return html`<p role="status">${ui.loading}</p>`;
    case 'failed':
      return html`<p class="summary" role="alert">${ui.loadFailed(status.detail)}</p>`;
    case 'invalid':
      return html`<div class="summary" role="alert">
        <p>${ui.invalidDefinition}</p>
        <ul>${status.issues.map((issue) => html`<li><code>${issue.path || '/'}</code> ${issue.message}</li>`)}</ul>
      </div>`;
  }
}

/** The offer to continue a saved draft. */
export function renderDraftOffer(
  locale: Locale,
  restore: () => void,
  discard: () => void,
): TemplateResult {
  const ui = uiStrings(locale);
  return html`<div class="draft" part="draft">
    <p>${ui.draftFound}</p>
    <div class="buttons">
      <button type="button" class="primary" @click=${restore}>${ui.draftRestore}</button>
      <button type="button" @click=${discard}>${ui.draftDiscard}</button>
    </div>
  </div>`;
}

/** The button bar: back (on later wizard pages), then next or submit. */
export function renderActions(
  locale: Locale,
  options: {
    readonly back: (() => void) | undefined;
    readonly last: boolean;
    readonly disabled: boolean;
  },
): TemplateResult {
  const ui = uiStrings(locale);
  return html`<div class="actions" part="actions">
    ${options.back ? html`<button type="button" part="back" @click=${options.back}>${ui.back}</button>` : nothing}
    ${
      options.last
        ? html`<button part="submit" class="primary" type="submit" ?disabled=${options.disabled}>${ui.submit}</button>`
        : html`<button part="next" class="primary" type="submit">${ui.next}</button>`
    }
  </div>`;
}
