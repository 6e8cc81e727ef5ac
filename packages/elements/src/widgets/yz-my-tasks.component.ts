import { localize } from '@yizhan/core/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ClientProblem, TaskView } from '../client/types';
import { YzWidget } from './widget-base';
import { formatWhen } from './widget-strings';

type View =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'problem'; readonly problem: ClientProblem }
  | { readonly kind: 'ready'; readonly tasks: readonly TaskView[] };

/** Orders tasks due first (earliest deadline first), then those without a deadline, oldest first. */
export function dueFirst(tasks: readonly TaskView[]): TaskView[] {
  return [...tasks].sort((a, b) => {
    if (a.dueAt !== b.dueAt) {
      if (a.dueAt === null) return 1;
      if (b.dueAt === null) return -1;
      return a.dueAt < b.dueAt ? -1 : 1;
    }
    return a.since < b.since ? -1 : a.since > b.since ? 1 : 0;
  });
}

/**
 * The signed-in user's open tasks (我的待办), due first. Each links to the host's task
 * page when `task-href` is set (`{instance}` and `{task}` are filled in), and fires
 * `yz-open-task` when chosen.
 *
 * @tag yz-my-tasks
 * @fires yz-open-task - A task was chosen; detail `{ instanceId, key }`.
 * @csspart card - The list card.
 * @csspart item - One task.
 * @csspart status - Loading and empty messages.
 * @csspart error - A problem and what to do.
 */
export class YzMyTasks extends YzWidget {
  /** A link for each task, such as `/task.html?instance={instance}&task={task}`. */
  @property({ attribute: 'task-href' }) taskHref = '';
  /** Only tasks of this flow. */
  @property({ attribute: 'flow-id' }) flowId = '';

  @state() private view: View = { kind: 'idle' };
  private ticket = 0;

  protected async load(): Promise<void> {
    const api = this.api;
    if (api === undefined) return;
    const ticket = ++this.ticket;
    this.view = { kind: 'loading' };
    const tasks = await api.myTasks(this.flowId === '' ? {} : { flowId: this.flowId });
    if (ticket !== this.ticket) return;
    this.view = tasks.ok
      ? { kind: 'ready', tasks: dueFirst(tasks.value) }
      : { kind: 'problem', problem: tasks.problem };
  }

  /** Loads the list again (after the host finished a task elsewhere). */
  refresh(): Promise<void> {
    return this.load();
  }

  private href(task: TaskView): string {
    return this.taskHref
      .replaceAll('{instance}', encodeURIComponent(task.instanceId))
      .replaceAll('{task}', encodeURIComponent(task.key));
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
        return this.renderTasks(this.view.tasks);
    }
  }

  private renderTasks(tasks: readonly TaskView[]): TemplateResult {
    const t = this.text;
    const open = (task: TaskView) =>
      this.emit('yz-open-task', { instanceId: task.instanceId, key: task.key });
    return html`<section class="card" part="card" aria-labelledby="title">
      <h2 id="title">${t.myTasks}</h2>
      ${tasks.length === 0 ? html`<p class="status" part="status">${t.noTasks}</p>` : nothing}
      <ul>
        ${tasks.map((task) => {
          const title = localize(task.title, this.locale);
          return html`<li part="item" data-instance=${task.instanceId} data-task=${task.key}>
            <div><strong>${title}</strong></div>
            <div class="muted">${task.dueAt === null ? t.noDue : t.due(formatWhen(task.dueAt, this.locale))}</div>
            ${
              this.taskHref === ''
                ? html`<button type="button" @click=${() => open(task)} aria-label=${`${t.open}：${title}`}>${t.open}</button>`
                : html`<a href=${this.href(task)} @click=${() => open(task)} aria-label=${`${t.open}：${title}`}>${t.open}</a>`
            }
          </li>`;
        })}
      </ul>
    </section>`;
  }
}
