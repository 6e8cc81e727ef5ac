import type { FormItem, FormPage, Issue } from '@yizhan/core/form';
import { type Locale, localize } from '@yizhan/core/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import { uiStrings } from '../locales';

/** The page index of each top-level answer key (fields inside sections included). */
export function pageOfKeys(pages: readonly FormPage[]): ReadonlyMap<string, number> {
  const found = new Map<string, number>();
  const collect = (items: readonly FormItem[], page: number) => {
    for (const item of items) {
      if (item.type === 'section') collect(item.fields, page);
      else found.set(item.key, page);
    }
  };
  for (const [index, page] of pages.entries()) collect(page.fields, index);
  return found;
}

/** The page an issue's answer sits on (0 when unknown). */
export function pageOfIssue(issue: Issue, pageOf: ReadonlyMap<string, number>): number {
  return pageOf.get(issue.path.split('/')[1] ?? '') ?? 0;
}

/** The progress indicator of a wizard: the steps, the current one marked, and a bar. */
export function renderProgress(
  pages: readonly FormPage[],
  visible: readonly number[],
  current: number,
  locale: Locale,
): TemplateResult {
  const ui = uiStrings(locale);
  const position = visible.indexOf(current);
  return html`<nav class="progress" part="progress" aria-label=${ui.progress}>
    <progress max=${visible.length} .value=${position + 1} aria-hidden="true"></progress>
    <ol class="steps">
      ${visible.map(
        (
          index,
          step,
        ) => html`<li class=${index === current ? 'current' : step < position ? 'done' : ''}
          aria-current=${index === current ? 'step' : nothing}>${localize(pages[index]?.title, locale)}</li>`,
      )}
    </ol>
  </nav>
  <h3 class="page-title" part="page-title" id="page-title" tabindex="-1">${ui.step(
    position + 1,
    visible.length,
    localize(pages[current]?.title, locale),
  )}</h3>`;
}
