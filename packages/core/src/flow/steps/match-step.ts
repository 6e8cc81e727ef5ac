import { assign, type StateValue } from 'xstate';
import * as z from 'zod';
import type { JsonObject, JsonValue } from '../../store/rows';
import { type FlowContext, type FlowEvent, withRecord } from '../context';
import { type MatchStep, matchStepSchema } from '../schema';
import { defineStep, type FlowHooks, type JobInput } from '../step-type';
import { noPoolSuggestions, type PreparedRanking, prepareRanking, rankForStep } from './match-job';
import { rankingFields } from './match-ranking';
import {
  chooseFromSuggestions,
  type MatchSuggestions,
  suggestionSummary,
} from './match-suggestions';
import { overdueTargets, stringList } from './shared';

/**
 * The older host hook a `match` step in `auto` mode calls when the step has no `ranking`
 * (or the host gives no `volunteers` hook): the candidates for the request, best first,
 * ranked by the host. The step takes up to `max` of them.
 */
export type CandidatesHook = (
  input: JobInput,
  limits: { readonly min: number; readonly max: number },
) => Promise<readonly string[]>;

/**
 * The key of the instance's `data` under which a `match` step keeps its suggestions
 * ({@link MatchSuggestions}) while its task is open, so the coordinator's task view
 * (`runtime.tasksFor` → `data`) shows "why this volunteer". It contains a dot, so no form
 * field can take it. It is removed when the step is left; the step's record keeps a
 * summary, and the history keeps the job's whole result.
 */
export function suggestionsKey(stepId: string): string {
  return `${stepId}.ranking`;
}

const chosenSchemas = new Map<string, z.ZodType<{ volunteerIds: string[] }>>();

/** The payload of `match`: between `min` and `max` volunteer ids; one schema per bounds. */
function chosen(min: number, max: number): z.ZodType<{ volunteerIds: string[] }> {
  const key = `${min}-${max}`;
  let schema = chosenSchemas.get(key);
  if (schema === undefined) {
    schema = z.strictObject({ volunteerIds: z.array(z.string().min(1)).min(min).max(max) });
    if (chosenSchemas.size < 64) chosenSchemas.set(key, schema);
  }
  return schema;
}

type Args = { context: FlowContext; event: FlowEvent };

const asSuggestions = (value: JsonValue | undefined): MatchSuggestions | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as unknown as MatchSuggestions)
    : undefined;

/** Runs the step's ranking, or the older `candidates` hook; the result is the job's event data. */
async function propose(
  ranking: PreparedRanking | undefined,
  limits: { readonly min: number; readonly max: number },
  input: JobInput,
  hooks: FlowHooks,
): Promise<JsonObject> {
  if (ranking !== undefined) {
    // When a decline sent the instance back here, `volunteers` are those who declined.
    const passOver = input.volunteers;
    const suggestions = await rankForStep(ranking, input, hooks, limits.max + passOver.length);
    if (suggestions !== undefined)
      return {
        volunteerIds: chooseFromSuggestions(suggestions, limits, passOver),
        ranking: suggestions as unknown as JsonObject,
      };
  }
  const candidates = hooks.candidates as CandidatesHook | undefined;
  if (candidates === undefined)
    return ranking === undefined
      ? { volunteerIds: [] }
      : {
          volunteerIds: [],
          ranking: noPoolSuggestions(input.instanceId) as unknown as JsonObject,
        };
  const ids = await candidates(input, limits);
  return { volunteerIds: ids.slice(0, limits.max) };
}

/**
 * `match` (对接): a coordinator chooses the volunteers. With a `ranking`, the matching
 * engine ranks the volunteers of the host's `volunteers` hook for the request read from
 * the instance's data: in `auto` mode the step takes the best `max` when at least `min`
 * pass, and otherwise the coordinator chooses with the ranking as suggestions; in the
 * default mode the coordinator always chooses, with the suggestions beside the task.
 * Without a ranking, `auto` mode asks the host's `candidates` hook (ids, best first).
 */
export const matchStep = defineStep<MatchStep>({
  type: 'match',
  schema: matchStepSchema,
  human: true,
  targets: (step) => [
    { label: 'match', step: step.next, path: ['next'] },
    ...overdueTargets(step.overdue),
  ],
  fields: (step) => rankingFields(step.ranking),
  build: (step, ctx) => {
    const min = step.min ?? 1;
    const max = step.max ?? Math.max(min, 1);
    const limits = { min, max };
    const ranking = step.ranking === undefined ? undefined : prepareRanking(step.ranking);
    const key = suggestionsKey(step.id);
    const auto = step.mode === 'auto';

    const summarized = (context: FlowContext, suggestions: MatchSuggestions, at: string) =>
      withRecord(context.steps, step.id, {
        ...(context.steps[step.id] ?? { since: at }),
        ranking: suggestionSummary(suggestions) as unknown as JsonObject,
      });
    /** Sets the chosen volunteers; when the engine chose them, the summary goes on the record. */
    const setVolunteers = assign(({ context, event }: Args) => {
      const volunteers = stringList(event.data.volunteerIds);
      const suggestions = asSuggestions(event.data.ranking);
      return suggestions === undefined
        ? { volunteers }
        : { volunteers, steps: summarized(context, suggestions, event.at) };
    });
    /**
     * On leaving the step however it is left (chosen, overdue `goto`), the suggestions leave
     * the data (they name volunteers, their load and ratings) and a summary stays on the
     * step's record; the history keeps them whole. (Exit actions run before the transition's.)
     */
    const dropSuggestions = assign(({ context, event }: Args) => {
      if (!(key in context.data)) return {};
      const { [key]: kept, ...data } = context.data;
      const suggestions = asSuggestions(kept);
      return suggestions === undefined
        ? { data }
        : { data, steps: summarized(context, suggestions, event.at) };
    });
    /** Keeps the job's suggestions in the data for the coordinator's task view. */
    const keepSuggestions = assign(({ context, event }: Args) => {
      const suggestions = event.data.ranking;
      if (suggestions === undefined) return {};
      const data: Record<string, JsonValue> = { ...context.data };
      data[key] = suggestions;
      return { data };
    });
    const choose = {
      [ctx.event(step.id, 'match')]: { target: ctx.target(step.next), actions: setVolunteers },
    };
    // Without auto mode, a ranking runs beside the open task: the coordinator need not wait.
    const choosing =
      !auto && ranking !== undefined
        ? {
            initial: 'ranking',
            on: choose,
            states: {
              ranking: {
                on: {
                  [ctx.event(step.id, 'ranked')]: { target: 'ranked', actions: keepSuggestions },
                },
              },
              ranked: {},
            },
          }
        : { on: choose };
    const job = (jobKey: string, state: StateValue, event: string) => ({
      kind: 'job' as const,
      key: jobKey,
      stepId: step.id,
      state: { [step.id]: state },
      event,
      run: (input: JobInput, hooks: FlowHooks) => propose(ranking, limits, input, hooks),
    });
    return {
      state: {
        initial: auto ? 'proposing' : 'choosing',
        ...(ranking === undefined ? {} : { exit: dropSuggestions }),
        states: {
          proposing: {
            on: {
              [ctx.event(step.id, 'proposed')]: [
                {
                  guard: ({ event }: { event: FlowEvent }) =>
                    stringList(event.data.volunteerIds).length >= min,
                  target: ctx.target(step.next),
                  actions: setVolunteers,
                },
                { target: 'choosing', actions: keepSuggestions },
              ],
              // The job failed for good (the runtime's retries ran out): the coordinator chooses.
              [ctx.event(step.id, 'job_failed')]: { target: 'choosing' },
            },
          },
          choosing,
        },
      } as never,
      tasks: [
        {
          key: step.id,
          stepId: step.id,
          state: { [step.id]: 'choosing' },
          actions: [{ name: 'match', payload: chosen(min, max) }],
          assign: step.assign,
          due: step.due,
          overdue: step.overdue,
        },
      ],
      timers: auto
        ? [job(`${step.id}.candidates`, 'proposing', ctx.event(step.id, 'proposed'))]
        : ranking !== undefined
          ? [job(`${step.id}.ranking`, { choosing: 'ranking' }, ctx.event(step.id, 'ranked'))]
          : [],
    };
  },
});
