import type { MatchSuggestions, SuggestedCandidate, TaskView } from '@yizhan/core/flow';
import type { Locale } from '@yizhan/core/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import type { JsonObject } from '../client/types';
import type { WidgetStrings } from './widget-strings';

/*
 * The coordinator's choice on a `match` task (对接): the suggested volunteers as checkboxes
 * with "why this volunteer", the near misses, and a box to add a volunteer id by hand.
 * Every stored text is rendered as text (Lit escapes it), in the widget's locale.
 */

/** How many volunteer ids a `match` task takes: between `min` and `max`. */
export interface MatchLimits {
  readonly min: number;
  readonly max: number;
}

/** When the flow cannot be read: at least one, and the server checks the rest. */
export const UNKNOWN_LIMITS: MatchLimits = { min: 1, max: Number.POSITIVE_INFINITY };

/** A task is a match task when it offers the `match` action and has no form of its own. */
export function isMatchTask(task: TaskView): boolean {
  return task.form === null && task.actions.includes('match');
}

/** The data key under which a match step keeps its suggestions (`suggestionsKey` in the core). */
export function rankingKey(stepId: string): string {
  return `${stepId}.ranking`;
}

/** The suggestions the step keeps in the task's data, if the ranking has run. */
export function suggestionsOf(task: TaskView): MatchSuggestions | undefined {
  const value = task.data[rankingKey(task.stepId)];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const suggestions = value as unknown as MatchSuggestions;
  return Array.isArray(suggestions.candidates) ? suggestions : undefined;
}

/** The `min` and `max` of a match step, read from the flow document as published. */
export function matchLimits(document: JsonObject, stepId: string): MatchLimits {
  const steps = Array.isArray(document.steps) ? document.steps : [];
  const step = steps.find(
    (candidate): candidate is JsonObject =>
      candidate !== null &&
      typeof candidate === 'object' &&
      (candidate as JsonObject).id === stepId,
  );
  if (step === undefined) return UNKNOWN_LIMITS;
  const min = typeof step.min === 'number' ? step.min : 1;
  return { min, max: typeof step.max === 'number' ? step.max : min };
}

const keyOf = (candidate: SuggestedCandidate) => `${candidate.kind}:${candidate.id}`;
const idsOf = (candidate: SuggestedCandidate): readonly string[] =>
  candidate.kind === 'team' ? (candidate.members ?? []) : [candidate.id];

/** What the coordinator has ticked so far, and the message to show; lives as long as the task view. */
export class MatchChoice {
  private readonly picked = new Set<string>();
  private readonly byHand: string[] = [];
  private problem = '';

  /** `update` asks the widget to render again. */
  constructor(private readonly update: () => void) {}

  /** The volunteer ids chosen: a team's free members in its place, each id once. */
  volunteerIds(suggestions: MatchSuggestions | undefined): string[] {
    const ids = new Set<string>();
    for (const candidate of suggestions?.candidates ?? [])
      if (this.picked.has(keyOf(candidate))) for (const id of idsOf(candidate)) ids.add(id);
    for (const id of this.byHand) if (this.picked.has(`hand:${id}`)) ids.add(id);
    return [...ids];
  }

  /**
   * The ids to send, or `undefined` (and a message) when fewer than `min` or more than `max`
   * are chosen.
   */
  check(
    suggestions: MatchSuggestions | undefined,
    limits: MatchLimits,
    t: WidgetStrings,
  ): string[] | undefined {
    const ids = this.volunteerIds(suggestions);
    this.problem =
      ids.length < limits.min
        ? t.tooFew(limits.min)
        : ids.length > limits.max
          ? t.tooMany(limits.max)
          : '';
    this.update();
    return this.problem === '' ? ids : undefined;
  }

  private toggle(key: string, on: boolean): void {
    if (on) this.picked.add(key);
    else this.picked.delete(key);
    this.problem = '';
    this.update();
  }

  private addByHand(
    box: HTMLInputElement | null,
    suggestions: MatchSuggestions | undefined,
    limits: MatchLimits,
    t: WidgetStrings,
  ): void {
    const id = box?.value.trim() ?? '';
    if (id === '') this.problem = t.idBlank;
    else {
      const full = this.volunteerIds(suggestions).length >= limits.max;
      if (!this.byHand.includes(id)) this.byHand.push(id);
      // Listed either way; ticked only while there is room.
      if (full) this.problem = t.tooMany(limits.max);
      else {
        this.picked.add(`hand:${id}`);
        this.problem = '';
      }
      if (box) box.value = '';
    }
    this.update();
  }

  /** The choice: a fieldset of checkboxes, the near misses, and the add-by-id box. */
  render(
    suggestions: MatchSuggestions | undefined,
    limits: MatchLimits,
    locale: Locale,
    t: WidgetStrings,
    disabled: boolean,
  ): TemplateResult {
    const count = this.volunteerIds(suggestions).length;
    const room = limits.max - count;
    const candidates = suggestions?.candidates ?? [];
    // A team's members are ids; their names are among the suggestions when they are free.
    const names = new Map(candidates.map((candidate) => [candidate.id, candidate.name]));
    const list = (ids: readonly string[]) =>
      ids.map((id) => names.get(id) ?? id).join(locale === 'en' ? ', ' : '、');
    const box = (key: string, index: string, extra: number, describedBy?: string) => {
      const on = this.picked.has(key);
      return html`<input type="checkbox" id=${`pick-${index}`} .checked=${on}
        ?disabled=${disabled || (!on && extra > room)}
        aria-describedby=${describedBy ?? nothing}
        @change=${(event: Event) => this.toggle(key, (event.target as HTMLInputElement).checked)} />`;
    };
    return html`<fieldset class="match" part="match">
      <legend>${t.chooseVolunteers(limits.min, limits.max)}</legend>
      ${
        suggestions === undefined
          ? html`<p class="muted">${t.noSuggestions}</p>`
          : html`<p class="muted">${t.eligible(suggestions.eligible)}</p>`
      }
      ${
        suggestions !== undefined && suggestions.issues.length > 0
          ? html`<div class="status error" part="error"><p>${t.rankingFailed}</p>
              <ul>${suggestions.issues.map((issue) => html`<li>${issue.message[locale]}</li>`)}</ul></div>`
          : nothing
      }
      <ul class="choices" part="choices">
        ${candidates.map((candidate, index) => {
          return html`<li part="candidate">
            ${box(keyOf(candidate), String(index), idsOf(candidate).length, `why-${index}`)}
            <label for=${`pick-${index}`}>${candidate.name}
              <span class="muted">${t.score(candidate.score.toFixed(2))}</span></label>
            <ul class="why muted" id=${`why-${index}`}>
              ${candidate.parts.map((part) => html`<li>${part.text[locale]}</li>`)}
              ${candidate.kind === 'team' ? html`<li>${t.members(list(candidate.members ?? []))}</li>` : nothing}
            </ul>
          </li>`;
        })}
        ${this.byHand.map(
          (id, index) => html`<li part="candidate">
            ${box(`hand:${id}`, `hand-${index}`, 1)}
            <label for=${`pick-hand-${index}`}>${id} <span class="muted">${t.addedByHand}</span></label>
          </li>`,
        )}
      </ul>
      <p id="match-count" class="muted" role="status">${t.chosen(count, limits.max)}</p>
      ${
        suggestions !== undefined && suggestions.excluded.length > 0
          ? html`<details part="excluded"><summary>${t.nearMisses(suggestions.excluded.length)}</summary>
              <ul class="why">${suggestions.excluded.map(
                (miss) => html`<li>${miss.message[locale]}</li>`,
              )}</ul></details>`
          : nothing
      }
      <div class="by-hand">
        <label for="volunteer-id">${t.addById}</label>
        <input id="volunteer-id" maxlength="128" autocomplete="off" ?disabled=${disabled}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key !== 'Enter' || event.isComposing) return;
            event.preventDefault();
            this.addByHand(event.target as HTMLInputElement, suggestions, limits, t);
          }} />
        <button type="button" ?disabled=${disabled}
          @click=${(event: Event) =>
            this.addByHand(
              (event.target as HTMLElement).parentElement?.querySelector('input') ?? null,
              suggestions,
              limits,
              t,
            )}>${t.add}</button>
      </div>
      ${this.problem === '' ? nothing : html`<p class="status error" role="alert">${this.problem}</p>`}
    </fieldset>`;
  }
}
