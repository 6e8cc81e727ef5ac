import { type LocalizedText, localize } from '@yizhan/core/i18n';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { InstanceWatcher } from '../client/sse';
import type { ClientProblem, HistoryEntry, InstanceBody } from '../client/types';
import { YzWidget } from './widget-base';
import { formatWhen } from './widget-strings';

type View =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'problem'; readonly problem: ClientProblem }
  | { readonly kind: 'ready'; readonly entries: readonly HistoryEntry[] };

/** The last part of a history event: `review.approve` → `approve`. */
export function actionOfEvent(event: string): string {
  const dot = event.lastIndexOf('.');
  return dot < 0 ? event : event.slice(dot + 1);
}

/**
 * The history of an instance as a readable timeline (办理记录): when, which step, what
 * was done, by whom, and the comment — in the user's language and Beijing time. It
 * follows the server's event stream and adds new entries as they happen.
 *
 * @tag yz-timeline
 * @csspart card - The timeline card.
 * @csspart entry - One history entry.
 * @csspart status - Loading and empty messages.
 * @csspart error - A problem and what to do.
 * @cssprop --yz-color-muted - Times and actors.
 */
export class YzTimeline extends YzWidget {
  /** The instance whose history is shown. */
  @property() instance = '';
  /** Follow the event stream for live updates. Default true. */
  @property({ type: Boolean }) live = true;

  @state() private view: View = { kind: 'idle' };
  @state() private steps: ReadonlyMap<string, LocalizedText> = new Map();
  private watcher: InstanceWatcher | undefined;
  private seenVersion = 0;
  private ticket = 0;

  protected override reloadOn(changed: PropertyValues<this>): boolean {
    return super.reloadOn(changed) || changed.has('instance') || changed.has('live');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.view.kind === 'ready') void this.load();
  }

  override disconnectedCallback(): void {
    this.watcher?.close();
    this.watcher = undefined;
    super.disconnectedCallback();
  }

  protected async load(): Promise<void> {
    const api = this.api;
    if (api === undefined || this.instance === '') return;
    const ticket = ++this.ticket;
    this.watcher?.close();
    this.watcher = undefined;
    this.view = { kind: 'loading' };
    const history = await api.history(this.instance);
    if (ticket !== this.ticket) return;
    if (!history.ok) {
      this.view = { kind: 'problem', problem: history.problem };
      return;
    }
    this.view = { kind: 'ready', entries: history.value };
    void this.loadStepTitles();
    if (this.live && this.isConnected)
      this.watcher = api.watch(this.instance, (instance) => void this.onInstance(instance, ticket));
  }

  private async loadStepTitles(): Promise<void> {
    const api = this.api;
    if (api === undefined) return;
    const instance = await api.instance(this.instance);
    if (!instance.ok) return;
    this.seenVersion = Math.max(this.seenVersion, instance.value.version);
    const definition = await api.definition(instance.value.flowId, instance.value.flowVersion);
    if (!definition.ok) return;
    const steps = (definition.value.document.steps ?? []) as unknown as {
      id: string;
      title?: LocalizedText;
    }[];
    this.steps = new Map(
      steps
        .filter((step) => step.title !== undefined)
        .map((step) => [step.id, step.title as LocalizedText]),
    );
  }

  private async onInstance(instance: InstanceBody, ticket: number): Promise<void> {
    if (ticket !== this.ticket || this.view.kind !== 'ready') return;
    const last = this.view.entries.at(-1)?.seq ?? 0;
    const api = this.api;
    if (api === undefined) return;
    // Only what is new: the history after the last entry shown.
    const newer = await api.request<{ history: HistoryEntry[] }>(
      'GET',
      `/instances/${encodeURIComponent(this.instance)}/history?after=${last}`,
    );
    if (ticket !== this.ticket || this.view.kind !== 'ready' || !newer.ok) return;
    const known = new Set(this.view.entries.map((entry) => entry.seq));
    const added = newer.value.history.filter((entry) => !known.has(entry.seq));
    if (added.length > 0) this.view = { kind: 'ready', entries: [...this.view.entries, ...added] };
    this.seenVersion = instance.version;
  }

  protected override render(): TemplateResult | typeof nothing {
    switch (this.view.kind) {
      case 'idle':
        return nothing;
      case 'loading':
        return this.renderLoading();
      case 'problem':
        return this.renderProblem(this.view.problem);
      case 'ready':
        return this.renderEntries(this.view.entries);
    }
  }

  private renderEntries(entries: readonly HistoryEntry[]): TemplateResult {
    const t = this.text;
    return html`<section class="card" part="card" aria-labelledby="title">
      <h2 id="title">${t.timeline}</h2>
      ${this.live ? html`<p class="muted">${t.live}</p>` : nothing}
      ${
        entries.length === 0
          ? html`<p class="status" part="status">${t.timelineEmpty}</p>`
          : nothing
      }
      <ol aria-live="polite" aria-relevant="additions">
        ${entries.map((entry) => {
          const step =
            entry.step === null
              ? ''
              : localize(this.steps.get(entry.step) ?? entry.step, this.locale);
          return html`<li part="entry" data-seq=${entry.seq}>
            <div><strong>${t.event(t.action(actionOfEvent(entry.event)), step)}</strong></div>
            <div class="muted"><time datetime=${entry.at}>${formatWhen(entry.at, this.locale)}</time> · ${t.by(entry.actor.id)}</div>
            ${entry.comment === null ? nothing : html`<blockquote>${entry.comment}</blockquote>`}
          </li>`;
        })}
      </ol>
    </section>`;
  }
}
