import { localize } from '@yizhan/core/i18n';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ClientProblem, TaskView } from '../client/types';
import type { YzSubmitDetail } from '../form/events';
import type { YzForm } from '../yz-form.component';
import {
  isMatchTask,
  MatchChoice,
  type MatchLimits,
  matchLimits,
  rankingKey,
  suggestionsOf,
  UNKNOWN_LIMITS,
} from './match-choice';
import { YzWidget } from './widget-base';
import { formatWhen } from './widget-strings';

type View =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'problem'; readonly problem: ClientProblem }
  | { readonly kind: 'empty'; readonly done: boolean }
  | { readonly kind: 'ready'; readonly task: TaskView; readonly limits: MatchLimits };

/** Actions whose payload is the task's form, when it has one. */
const FORM_ACTIONS = ['submit', 'approve'];
/** Actions that need a comment (a reason). */
const COMMENT_REQUIRED = ['reject', 'return'];

/**
 * The current task of an instance for the signed-in user: its title and deadline, its
 * form filled with the instance's data, and the actions the user may take — submit,
 * approve, reject or send back with a comment, accept, check in, check out. A `match` task
 * shows the suggested volunteers (score, why, team members, near misses) as checkboxes,
 * with a box to add a volunteer id by hand, and sends the chosen ids.
 *
 * @tag yz-task
 * @fires yz-task-done - An action was accepted; detail `{ task, action, answer }`.
 * @csspart card - The task card.
 * @csspart title - The task title.
 * @csspart status - Loading and done messages.
 * @csspart error - A problem and what to do.
 * @csspart comment - The comment box.
 * @csspart action - Each action button.
 * @csspart match - A match task's choice of volunteers (a fieldset).
 * @csspart candidate - One suggested (or hand-added) volunteer.
 * @csspart excluded - The near misses and why.
 * @cssprop --yz-color-primary - The main action button.
 */
export class YzTask extends YzWidget {
  /** The instance whose current task is shown. */
  @property() instance = '';
  /** The key of one task of the instance; the first the user may act on when empty. */
  @property() task = '';

  @state() private view: View = { kind: 'idle' };
  @state() private sending = false;
  @state() private actionProblem: ClientProblem | null = null;
  @state() private commentMissing = false;
  private ticket = 0;
  private choice = new MatchChoice(() => this.requestUpdate());

  protected override reloadOn(changed: PropertyValues<this>): boolean {
    return super.reloadOn(changed) || changed.has('instance') || changed.has('task');
  }

  protected async load(done = false): Promise<void> {
    const api = this.api;
    if (api === undefined || this.instance === '') return;
    const ticket = ++this.ticket;
    if (!done) this.view = { kind: 'loading' };
    const tasks = await api.instanceTasks(this.instance);
    if (ticket !== this.ticket) return;
    if (!tasks.ok) {
      // After the user's own action, losing sight of the instance means it moved on to others.
      this.view =
        done && tasks.problem.status === 403
          ? { kind: 'empty', done }
          : { kind: 'problem', problem: tasks.problem };
      return;
    }
    const task = tasks.value.find((candidate) => this.task === '' || candidate.key === this.task);
    const limits =
      task !== undefined && isMatchTask(task) ? await this.limitsOf(task) : UNKNOWN_LIMITS;
    if (ticket !== this.ticket) return;
    this.actionProblem = null;
    this.commentMissing = false;
    this.choice = new MatchChoice(() => this.requestUpdate());
    this.view = task === undefined ? { kind: 'empty', done } : { kind: 'ready', task, limits };
  }

  /** A match step's `min` and `max`, from the flow version the instance runs. */
  private async limitsOf(task: TaskView): Promise<MatchLimits> {
    const api = this.api;
    const instance = await api?.instance(task.instanceId);
    if (api === undefined || instance === undefined || !instance.ok) return UNKNOWN_LIMITS;
    const flow = await api.definition(instance.value.flowId, instance.value.flowVersion);
    return flow.ok ? matchLimits(flow.value.document, task.stepId) : UNKNOWN_LIMITS;
  }

  private comment(): string {
    const box = this.renderRoot.querySelector('textarea');
    return box?.value.trim() ?? '';
  }

  private async act(task: TaskView, action: string, data?: Record<string, unknown>): Promise<void> {
    const api = this.api;
    if (api === undefined || this.sending) return;
    if (action === 'match' && isMatchTask(task) && this.view.kind === 'ready') {
      const ids = this.choice.check(suggestionsOf(task), this.view.limits, this.text);
      if (ids === undefined) return;
      data = { volunteerIds: ids };
    }
    const comment = this.comment();
    this.commentMissing = COMMENT_REQUIRED.includes(action) && comment === '';
    if (this.commentMissing) {
      this.renderRoot.querySelector('textarea')?.focus();
      return;
    }
    this.sending = true;
    this.actionProblem = null;
    const answer = await api.send(this.instance, {
      task: task.key,
      action,
      expectedVersion: task.instanceVersion,
      ...(data === undefined ? {} : { data }),
      ...(comment === '' ? {} : { comment }),
    });
    this.sending = false;
    if (!answer.ok) {
      this.actionProblem = answer.problem;
      const issues = answer.problem.issues ?? [];
      if (issues.length > 0)
        this.renderRoot.querySelector<YzForm>('yz-form')?.setServerIssues(issues);
      return;
    }
    this.emit('yz-task-done', { task: task.key, action, answer: answer.value });
    await this.load(true);
  }

  protected override render(): TemplateResult | typeof nothing {
    switch (this.view.kind) {
      case 'idle':
        return nothing;
      case 'loading':
        return this.renderLoading();
      case 'problem':
        return this.renderProblem(this.view.problem);
      case 'empty':
        return html`<p class="status" part="status" role="status">
          ${this.view.done ? `${this.text.done} ` : ''}${this.text.noTask}
        </p>`;
      case 'ready':
        return this.renderTask(this.view.task, this.view.limits);
    }
  }

  /** The instance's data as read-only text, for tasks without a form (a review). */
  private renderData(task: TaskView): TemplateResult | typeof nothing {
    // A match step's suggestions are shown as a choice, not as data.
    const hidden = rankingKey(task.stepId);
    const entries = Object.entries(task.data).filter(
      ([key, value]) => key !== hidden && value !== null && value !== '',
    );
    if (entries.length === 0) return nothing;
    const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
    return html`<dl part="data">
      ${entries.map(([key, value]) => html`<dt>${key}</dt><dd>${show(value)}</dd>`)}
    </dl>`;
  }

  private renderTask(task: TaskView, limits: MatchLimits): TemplateResult {
    const t = this.text;
    const formAction =
      task.form === null ? undefined : task.actions.find((a) => FORM_ACTIONS.includes(a));
    const buttons = task.actions.filter((action) => action !== formAction);
    const needsComment = task.actions.some((a) => COMMENT_REQUIRED.includes(a));
    return html`<section class="card" part="card" aria-labelledby="title" aria-busy=${this.sending}>
      <h2 id="title" part="title">${localize(task.title, this.locale)}</h2>
      ${task.dueAt === null ? nothing : html`<p class="muted">${t.due(formatWhen(task.dueAt, this.locale))}</p>`}
      ${
        task.form === null
          ? this.renderData(task)
          : html`<yz-form .definition=${task.form} .value=${task.data} .drafts=${null}
              locale=${this.locale} theme=${this.theme ?? 'default'} ?disabled=${this.sending || formAction === undefined}
              @yz-submit=${(event: CustomEvent<YzSubmitDetail>) =>
                formAction === undefined
                  ? undefined
                  : void this.act(task, formAction, event.detail.data)}></yz-form>`
      }
      ${
        isMatchTask(task)
          ? this.choice.render(suggestionsOf(task), limits, this.locale, t, this.sending)
          : nothing
      }
      ${
        needsComment
          ? html`<div part="comment">
              <label for="comment">${t.comment}</label>
              <textarea id="comment" name="comment" maxlength="2000"
                aria-invalid=${this.commentMissing ? 'true' : 'false'}
                aria-describedby=${this.commentMissing ? 'comment-error' : nothing}
                @input=${() => {
                  this.commentMissing = false;
                }}></textarea>
              ${this.commentMissing ? html`<p id="comment-error" class="status error" role="alert">${t.commentRequired}</p>` : nothing}
            </div>`
          : nothing
      }
      ${
        this.actionProblem === null
          ? nothing
          : html`<div class="status error" part="error" role="alert">${this.actionProblem.message}</div>`
      }
      ${
        buttons.length === 0
          ? nothing
          : html`<div class="actions">
              ${buttons.map(
                (action, index) => html`<button type="button" part="action" data-action=${action}
                  class=${index === 0 && formAction === undefined ? 'primary' : ''} ?disabled=${this.sending}
                  @click=${() => void this.act(task, action)}>${t.action(action)}</button>`,
              )}
            </div>`
      }
    </section>`;
  }
}
