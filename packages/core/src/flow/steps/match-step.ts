import { assign } from 'xstate';
import * as z from 'zod';
import type { FlowContext, FlowEvent } from '../context';
import { type MatchStep, matchStepSchema } from '../schema';
import { defineStep, type JobInput } from '../step-type';
import { overdueTargets, stringList } from './shared';

/**
 * The host hook a `match` step in `auto` mode calls: the candidates for the request, best
 * first (from the matching engine, say). The step takes up to `max` of them.
 */
export type CandidatesHook = (
  input: JobInput,
  limits: { readonly min: number; readonly max: number },
) => Promise<readonly string[]>;

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

/**
 * `match` (对接): a coordinator chooses the volunteers; in `auto` mode the host's
 * `candidates` hook chooses first, and the coordinator only when it finds too few.
 */
export const matchStep = defineStep<MatchStep>({
  type: 'match',
  schema: matchStepSchema,
  human: true,
  targets: (step) => [
    { label: 'match', step: step.next, path: ['next'] },
    ...overdueTargets(step.overdue),
  ],
  build: (step, ctx) => {
    const min = step.min ?? 1;
    const max = step.max ?? Math.max(min, 1);
    const setVolunteers = assign(({ event }: { context: FlowContext; event: FlowEvent }) => ({
      volunteers: stringList(event.data.volunteerIds),
    }));
    const auto = step.mode === 'auto';
    return {
      state: {
        initial: auto ? 'proposing' : 'choosing',
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
                { target: 'choosing' },
              ],
            },
          },
          choosing: {
            on: {
              [ctx.event(step.id, 'match')]: {
                target: ctx.target(step.next),
                actions: setVolunteers,
              },
            },
          },
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
        ? [
            {
              kind: 'job',
              key: `${step.id}.candidates`,
              stepId: step.id,
              state: { [step.id]: 'proposing' },
              event: ctx.event(step.id, 'proposed'),
              run: async (input, hooks) => {
                const candidates = hooks.candidates as CandidatesHook | undefined;
                if (candidates === undefined) return { volunteerIds: [] };
                const ids = await candidates(input, { min, max });
                return { volunteerIds: ids.slice(0, max) };
              },
            },
          ]
        : [],
    };
  },
});
