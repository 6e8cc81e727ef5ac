import type { Issue } from '@yizhan/core/form';
import { html, nothing, type TemplateResult } from 'lit';
import type { RelayEntry } from '../relay/parse-relay';
import type { RelayBuildingRun, RelayTotal } from '../relay/relay-summary';
import { itemsText, type RelayStrings } from './relay-strings';

/** The address of an entry (or what was read of one) with the orderer's name. */
export function addressText(
  entry: Partial<Pick<RelayEntry, 'building' | 'unit' | 'room' | 'orderer'>>,
  text: RelayStrings,
): string {
  const address = text.address(entry);
  return entry.orderer === undefined ? address : `${address}${text.bracketed(entry.orderer)}`;
}

/**
 * An entry written back as a chat line the parser reads (`张阿姨 5栋1单元2103莴笋3斤，小白菜2斤（放门口）`),
 * to start a correction of a row entered in the form.
 */
export function entryLine(entry: RelayEntry): string {
  const address = `${entry.building}栋${entry.unit === undefined ? '' : `${entry.unit}单元`}${entry.room}`;
  const items = entry.items.map((item) => `${item.name}${item.quantity}${item.unit ?? ''}`);
  return `${entry.orderer === undefined ? '' : `${entry.orderer} `}${address}${items.join('，')}${
    entry.note === undefined ? '' : `（${entry.note}）`
  }`;
}

/** Issues (what to correct) and warnings (what to check), each as a line of text. */
export function renderIssues(
  id: string,
  issues: readonly Issue[],
  warnings: readonly Issue[],
): TemplateResult | typeof nothing {
  if (issues.length === 0 && warnings.length === 0) return nothing;
  return html`<ul id=${id} class="issues" part="issues">
    ${issues.map((issue) => html`<li class="issue" part="issue">${issue.message}</li>`)}
    ${warnings.map((warning) => html`<li class="warning" part="warning">${warning.message}</li>`)}
  </ul>`;
}

/** The per-item totals as a table: item, quantity, households. */
export function renderTotals(totals: readonly RelayTotal[], text: RelayStrings): TemplateResult {
  return html`<section part="totals" aria-labelledby="totals-heading">
    <h2 id="totals-heading">${text.totalsHeading}</h2>
    ${
      totals.length === 0
        ? html`<p class="meta">${text.noTotals}</p>`
        : html`<table>
          <thead>
            <tr>
              <th scope="col">${text.item}</th>
              <th scope="col" class="number">${text.quantity}</th>
              <th scope="col" class="number">${text.households}</th>
            </tr>
          </thead>
          <tbody>
            ${totals.map(
              (total) => html`<tr>
                <th scope="row">${total.name}</th>
                <td class="number">${text.amount(total.quantity, total.unit)}</td>
                <td class="number">${total.orders}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
    }
  </section>`;
}

/** The delivery list: one group per building, its load, and its stops in room order. */
export function renderDeliveries(
  runs: readonly RelayBuildingRun[],
  text: RelayStrings,
): TemplateResult {
  return html`<section part="deliveries" aria-labelledby="deliveries-heading">
    <h2 id="deliveries-heading">${text.deliveriesHeading}</h2>
    ${
      runs.length === 0
        ? html`<p class="meta">${text.noTotals}</p>`
        : runs.map(
            (run, index) => html`<section class="card" part="building"
              aria-labelledby=${`building-${index}`}>
              <h3 id=${`building-${index}`}>${text.building(run.building)}</h3>
              <p><span class="meta">${text.load}</span> ${itemsText(run.load, text)}</p>
              <ul>
                ${run.stops.map(
                  (stop) => html`<li part="stop">
                    <span class="address">${addressText(stop, text)}</span>
                    ${itemsText(stop.items, text)}
                    ${stop.note === undefined ? nothing : html`<span class="meta">${text.bracketed(stop.note)}</span>`}
                  </li>`,
                )}
              </ul>
            </section>`,
          )
    }
  </section>`;
}
