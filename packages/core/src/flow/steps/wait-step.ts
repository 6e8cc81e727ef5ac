import { DEFAULT_TIME_ZONE, toInstant } from '../../expr/clock';
import { addDuration } from '../duration';
import { type WaitStep, waitStepSchema } from '../schema';
import { defineStep } from '../step-type';

/**
 * `wait`: a durable pause. The wake-up time is stored as an absolute time in a timer row,
 * so it survives restarts; a field that holds no valid time wakes the instance at once.
 * Times without an offset are read in Asia/Shanghai, as forms and expressions read them.
 */
export const waitStep = defineStep<WaitStep>({
  type: 'wait',
  schema: waitStepSchema,
  human: false,
  targets: (step) => [{ label: 'elapsed', step: step.next, path: ['next'] }],
  fields: (step) =>
    step.untilField === undefined ? [] : [{ key: step.untilField, path: ['untilField'] }],
  build: (step, ctx) => ({
    state: { on: { [ctx.event(step.id, 'elapsed')]: { target: ctx.target(step.next) } } },
    timers: [
      {
        kind: 'deadline',
        key: `${step.id}.wait`,
        stepId: step.id,
        state: step.id,
        event: ctx.event(step.id, 'elapsed'),
        dueAt: (context) => {
          const since = context.steps[step.id]?.since ?? context.startedAt;
          if (step.for !== undefined) return addDuration(since, step.for);
          const text = step.until ?? context.data[step.untilField ?? ''];
          // Forms give wall-clock time without an offset (2027-07-04T18:00): it means
          // that time where the community is, not in the server's zone.
          const time = typeof text === 'string' ? toInstant(text, DEFAULT_TIME_ZONE) : undefined;
          return time === undefined ? since : new Date(time).toISOString();
        },
      },
    ],
  }),
});
