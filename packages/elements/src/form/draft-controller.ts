import type { FormDefinition, FormItem, SubmissionData } from '@yizhan/core/form';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type DraftStore, draftKey, hasAnswers, withoutPersonalData } from './drafts';

/** What the draft controller needs from its form. */
export interface DraftHost extends ReactiveControllerHost {
  readonly drafts: DraftStore | null;
  readonly draftDelay: number;
}

/** The form's current definition, items and answers, when it has a form. */
export type DraftSource = () =>
  | {
      readonly definition: FormDefinition;
      readonly items: readonly FormItem[];
      readonly values: SubmissionData;
    }
  | undefined;

/**
 * Keeps a form's answers as a draft: saves after a pause in typing (and at once when the
 * page is left), offers a saved draft back when the form opens, and forgets it after a
 * submission or "start again". Store failures are ignored: a draft is a convenience.
 */
export class DraftController implements ReactiveController {
  /** A saved draft waiting for the user to take it back or discard it. */
  offer: SubmissionData | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly flushOnLeave = () => this.flush();

  constructor(
    private readonly host: DraftHost,
    private readonly source: DraftSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flushOnLeave);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.flushOnLeave);
    this.flush();
  }

  /** Looks for a saved draft of a newly opened form and offers it. */
  async lookFor(definition: FormDefinition): Promise<void> {
    this.offer = undefined;
    const store = this.host.drafts;
    if (!store) return;
    try {
      const saved = await store.load(draftKey(definition));
      if (hasAnswers(saved) && this.source()?.definition === definition) {
        this.offer = saved;
        this.host.requestUpdate();
      }
    } catch {
      // A draft that cannot be read is no draft.
    }
  }

  /** Takes the offered draft back (the caller starts from it). */
  take(): SubmissionData | undefined {
    const saved = this.offer;
    this.offer = undefined;
    this.host.requestUpdate();
    return saved;
  }

  /** The answers changed: the old draft is replaced, the new one saved after the pause. */
  changed(): void {
    this.offer = undefined;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.host.draftDelay);
  }

  /** Saves a pending draft now. */
  flush(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    const store = this.host.drafts;
    const current = this.source();
    if (!store || !current) return;
    const data =
      store.personalData === false
        ? withoutPersonalData(current.items, current.values)
        : current.values;
    void Promise.resolve(store.save(draftKey(current.definition), data)).catch(() => undefined);
  }

  /** Forgets the draft and any pending save. */
  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.offer = undefined;
    this.host.requestUpdate();
    const store = this.host.drafts;
    const current = this.source();
    if (!store || !current) return;
    void Promise.resolve(store.clear(draftKey(current.definition))).catch(() => undefined);
  }
}
