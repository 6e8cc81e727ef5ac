import type { FlowContext, FlowEvent } from '../context';
import { contextAssign } from '../context-assign';
import { type ServeStep, serveStepSchema } from '../schema';
import { defineStep, type StepTarget } from '../step-type';
import { overdueTargets } from './shared';

const HOUR = 3_600_000;

/** Hours between two ISO times, rounded to two decimals (0 when out is before in). */
export function hoursBetween(from: string, to: string): number {
  const ms = Date.parse(to) - Date.parse(from);
  return ms > 0 ? Math.round((ms / HOUR) * 100) / 100 : 0;
}

/**
 * `serve` (服务): the assignment is accepted (or declined), then the volunteer checks in
 * and checks out; the hours between are recorded on the step and added to `hours`.
 */
export const serveStep = defineStep<ServeStep>({
  type: 'serve',
  schema: serveStepSchema,
  human: true,
  targets: (step) => {
    const targets: StepTarget[] = [{ label: 'checkOut', step: step.next, path: ['next'] }];
    if (step.decline !== undefined)
      targets.push({ label: 'decline', step: step.decline, path: ['decline'] });
    return [...targets, ...overdueTargets(step.overdue)];
  },
  build: (step, ctx) => {
    const key = step.id;
    type Args = { context: FlowContext; event: FlowEvent };
    const note = (details: (args: Args) => Record<string, string | number>) =>
      contextAssign((args: Args) => ({
        steps: {
          ...args.context.steps,
          [key]: { ...(args.context.steps[key] ?? { since: args.event.at }), ...details(args) },
        },
      }));
    const checkedOut = contextAssign(({ context, event }: Args) => {
      const record = context.steps[key];
      const from = typeof record?.checkedInAt === 'string' ? record.checkedInAt : event.at;
      const hours = hoursBetween(from, event.at);
      return {
        hours: Math.round((context.hours + hours) * 100) / 100,
        steps: {
          ...context.steps,
          [key]: { ...record, since: record?.since ?? event.at, checkedOutAt: event.at, hours },
        },
      };
    });
    const assigned: Record<string, unknown> = {
      [ctx.event(key, 'accept')]: {
        target: 'accepted',
        actions: note(({ event }) => ({ acceptedBy: event.actor.id })),
      },
    };
    const actions = [{ name: 'accept' }];
    if (step.decline !== undefined) {
      assigned[ctx.event(key, 'decline')] = {
        target: ctx.target(step.decline),
        actions: note(({ event }) => ({ declinedBy: event.actor.id })),
      };
      actions.push({ name: 'decline' });
    }
    const task = (state: string, names: readonly { name: string }[]) => ({
      key,
      stepId: step.id,
      state: { [step.id]: state },
      actions: names,
      assign: step.assign,
      due: step.due,
      overdue: step.overdue,
    });
    return {
      state: {
        initial: 'assigned',
        states: {
          assigned: { on: assigned },
          accepted: {
            on: {
              [ctx.event(key, 'checkIn')]: {
                target: 'serving',
                actions: note(({ event }) => ({ checkedInAt: event.at })),
              },
            },
          },
          serving: {
            on: {
              [ctx.event(key, 'checkOut')]: { target: ctx.target(step.next), actions: checkedOut },
            },
          },
        },
      } as never,
      tasks: [
        task('assigned', actions),
        task('accepted', [{ name: 'checkIn' }]),
        task('serving', [{ name: 'checkOut' }]),
      ],
    };
  },
});
