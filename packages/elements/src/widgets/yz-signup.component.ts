import type { JsonObject } from '@yizhan/core/flow';
import { localize } from '@yizhan/core/i18n';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { newIdempotencyKey } from '../client/idempotency';
import { Outbox, type PendingSend } from '../client/outbox';
import type {
  ClientProblem,
  ClientResult,
  InstanceBody,
  SendAnswer,
  SignupSummary,
  TaskView,
} from '../client/types';
import type { YzSubmitDetail } from '../form/events';
import type { YzForm } from '../yz-form.component';
import {
  outcomeOfPlace,
  outcomeOfProblem,
  readRemembered,
  rememberedKey,
  type SignupOutcome,
} from './signup-outcome';
import { YzWidget } from './widget-base';

interface Project {
  readonly instance: InstanceBody;
  readonly task: TaskView | null;
  readonly stepId: string | null;
  readonly title: string;
}

type View =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'problem'; readonly problem: ClientProblem }
  | { readonly kind: 'ready'; readonly project: Project };

const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== ''
    ? value
    : typeof value === 'number'
      ? String(value)
      : null;

/**
 * A project's sign-up (报名) for a portal page: the project (title, place, time, places
 * left), its sign-up form or button, and the outcome — confirmed with the position,
 * waitlisted with the position, already signed up, or closed. Anonymous or signed in, as
 * the project allows. Offline, the sign-up waits on the device and is sent once when the
 * connection returns (the same `Idempotency-Key`, so never twice).
 *
 * Project details come from the instance's data: `className` or `title`, `place`,
 * `firstDay`–`lastDay` or `time`; the flow's title otherwise.
 *
 * @tag yz-signup
 * @fires yz-signed-up - The server accepted the sign-up; detail `{ outcome, answer }`.
 * @csspart card - The project card.
 * @csspart title - The project title.
 * @csspart details - The place, time and places left.
 * @csspart status - Loading and outcome messages.
 * @csspart error - A problem and what to do.
 * @csspart submit - The sign-up button.
 * @cssprop --yz-color-primary - The sign-up button and the outcome accent.
 * @cssprop --yz-font-size - The base text size (larger in `theme="large"`).
 */
export class YzSignup extends YzWidget {
  /** The project: the id of the sign-up instance on the server. */
  @property() project = '';

  @state() private view: View = { kind: 'idle' };
  @state() private outcome: SignupOutcome | null = null;
  @state() private sending = false;
  @state() private sentAfterReconnect = false;
  private outbox: Outbox | undefined;
  private ticket = 0;
  private readonly onOnline = () => void this.flushOutbox();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('online', this.onOnline);
    super.disconnectedCallback();
  }

  protected override reloadOn(changed: PropertyValues<this>): boolean {
    return super.reloadOn(changed) || changed.has('project');
  }

  protected async load(): Promise<void> {
    const api = this.api;
    if (api === undefined || this.project === '') return;
    const ticket = ++this.ticket;
    this.outbox = new Outbox(api);
    this.view = { kind: 'loading' };
    const [instance, tasks] = await Promise.all([
      api.instance(this.project),
      api.instanceTasks(this.project),
    ]);
    if (ticket !== this.ticket) return;
    if (!instance.ok || !tasks.ok) {
      this.view = {
        kind: 'problem',
        problem: (!instance.ok ? instance : (tasks as { problem: ClientProblem })).problem,
      };
      return;
    }
    const task = tasks.value.find((candidate) => candidate.actions.includes('signup')) ?? null;
    const stepId = task?.stepId ?? Object.keys(instance.value.signups)[0] ?? null;
    const definition = await api.definition(instance.value.flowId, instance.value.flowVersion);
    if (ticket !== this.ticket) return;
    const data = instance.value.data;
    const title =
      text(data.className) ??
      text(data.title) ??
      (definition.ok ? localize(definition.value.title, this.locale) : instance.value.flowId);
    this.view = { kind: 'ready', project: { instance: instance.value, task, stepId, title } };
    const summary = stepId === null ? undefined : instance.value.signups[stepId];
    this.outcome =
      this.queuedHere().length > 0
        ? { kind: 'queued' }
        : (outcomeOfPlace(summary?.you) ??
          readRemembered(
            this.storage()?.getItem(rememberedKey(api.endpoint, this.project)) ?? null,
          ) ??
          (task === null || instance.value.status === 'done' ? { kind: 'closed' } : null));
    if (this.outcome?.kind === 'queued' && navigator.onLine) void this.flushOutbox();
  }

  private storage(): Storage | null {
    try {
      return typeof localStorage === 'undefined' ? null : localStorage;
    } catch {
      return null;
    }
  }

  private queuedHere(): readonly PendingSend[] {
    return (this.outbox?.pending() ?? []).filter((entry) => entry.instanceId === this.project);
  }

  private async submit(data?: Record<string, unknown>): Promise<void> {
    if (this.view.kind !== 'ready' || this.sending) return;
    const { task } = this.view.project;
    const api = this.api;
    if (task === null || api === undefined || this.outbox === undefined) return;
    const entry: PendingSend = {
      key: newIdempotencyKey(),
      instanceId: this.project,
      command: { task: task.key, action: 'signup', ...(data === undefined ? {} : { data }) },
      queuedAt: new Date().toISOString(),
    };
    this.sending = true;
    const answer = await api.send(entry.instanceId, entry.command, { idempotencyKey: entry.key });
    this.sending = false;
    if (!answer.ok && answer.problem.code === 'network') {
      // No answer at all: keep it with its key and send it once when the network is back.
      this.outbox.add(entry);
      this.outcome = { kind: 'queued' };
      if (navigator.onLine) void this.flushOutbox();
      return;
    }
    this.settle(answer);
  }

  private async flushOutbox(): Promise<void> {
    if (this.outbox === undefined || this.queuedHere().length === 0) return;
    await this.outbox.flush((entry, answer) => {
      if (entry.instanceId !== this.project) return;
      this.sentAfterReconnect = answer.ok;
      this.settle(answer);
    });
  }

  private settle(answer: ClientResult<SendAnswer>): void {
    if (this.view.kind !== 'ready') return;
    const stepId = this.view.project.stepId;
    if (!answer.ok) {
      this.outcome = outcomeOfProblem(answer.problem);
      const issues = answer.problem.issues ?? [];
      if (issues.length > 0)
        this.renderRoot.querySelector<YzForm>('yz-form')?.setServerIssues(issues);
      return;
    }
    const summary: SignupSummary | undefined =
      stepId === null ? undefined : answer.value.signups[stepId];
    this.outcome = outcomeOfPlace(summary?.you) ?? {
      kind: 'confirmed',
      position: summary?.enrolled ?? 1,
    };
    const api = this.api;
    if (api !== undefined)
      this.storage()?.setItem(
        rememberedKey(api.endpoint, this.project),
        JSON.stringify(this.outcome),
      );
    if (summary !== undefined)
      this.view = {
        kind: 'ready',
        project: {
          ...this.view.project,
          instance: {
            ...this.view.project.instance,
            signups: { ...this.view.project.instance.signups, [stepId as string]: summary },
          },
        },
      };
    this.emit('yz-signed-up', { outcome: this.outcome, answer: answer.value });
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
        return this.renderProject(this.view.project);
    }
  }

  private renderProject(project: Project): TemplateResult {
    const t = this.text;
    const data: JsonObject = project.instance.data;
    const place = text(data.place);
    const first = text(data.firstDay) ?? text(data.startsAt);
    const last = text(data.lastDay) ?? text(data.endsAt);
    const time =
      text(data.time) ?? (first === null ? null : last === null ? first : `${first} – ${last}`);
    const summary = project.stepId === null ? undefined : project.instance.signups[project.stepId];
    const full = summary !== undefined && summary.enrolled >= summary.capacity;
    return html`<section class="card" part="card" aria-labelledby="title" aria-busy=${this.sending}>
      <h2 id="title" part="title">${project.title}</h2>
      <dl part="details">
        ${place === null ? nothing : html`<dt>${t.place}</dt><dd>${place}</dd>`}
        ${time === null ? nothing : html`<dt>${t.time}</dt><dd>${time}</dd>`}
      </dl>
      ${
        summary === undefined
          ? nothing
          : html`<p class="slots">${full ? t.full(summary.waitlist) : t.slotsLeft(summary.capacity - summary.enrolled, summary.capacity)}</p>`
      }
      ${this.renderOutcome()}
      ${this.outcome === null || this.outcome.kind === 'problem' ? this.renderAction(project, full) : nothing}
    </section>`;
  }

  private renderAction(project: Project, full: boolean): TemplateResult | typeof nothing {
    const task = project.task;
    if (task === null) return nothing;
    if (task.form !== null)
      return html`<yz-form .definition=${task.form} .drafts=${null} locale=${this.locale}
        theme=${this.theme ?? 'default'} ?disabled=${this.sending}
        @yz-submit=${(event: CustomEvent<YzSubmitDetail>) => void this.submit(event.detail.data)}></yz-form>`;
    return html`<div class="actions">
      <button type="button" class="primary" part="submit" ?disabled=${this.sending}
        @click=${() => void this.submit()}>${this.sending ? this.text.sending : full ? this.text.joinWaitlist : this.text.signUp}</button>
    </div>`;
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    const t = this.text;
    const outcome = this.outcome;
    if (outcome === null) return nothing;
    const message = (() => {
      switch (outcome.kind) {
        case 'confirmed':
          return t.confirmed(outcome.position);
        case 'waitlisted':
          return t.waitlisted(outcome.position);
        case 'already':
          return t.alreadySignedUp;
        case 'closed':
          return t.closed;
        case 'queued':
          return t.queued;
        case 'problem':
          return outcome.problem.message;
      }
    })();
    const error = outcome.kind === 'problem';
    return html`<div class="status ${error ? 'error' : ''}" part=${error ? 'error' : 'status'}
      role=${error ? 'alert' : 'status'} data-outcome=${outcome.kind}>
      ${this.sentAfterReconnect && !error ? html`<p>${t.queuedSent}</p>` : nothing}
      <p>${message}</p>
    </div>`;
  }
}
