import type { Actor, FlowContext, FlowEvent } from '../context';
import { contextAssign } from '../context-assign';
import { type SignupStep, signupStepSchema } from '../schema';
import { defineStep } from '../step-type';
import { overdueTargets, stringList } from './shared';

/** Who is enrolled and who waits, in order, for a `signup` step. */
export interface SignupLists {
  readonly enrolled: readonly string[];
  readonly waitlist: readonly string[];
}

/** Reads the sign-up lists of a step from the context. */
export function signupLists(context: FlowContext, stepId: string): SignupLists {
  const record = context.steps[stepId];
  return { enrolled: stringList(record?.enrolled), waitlist: stringList(record?.waitlist) };
}

/**
 * `signup` (报名): volunteers sign up until `capacity`, then join the waitlist (at most
 * `waitlist` long; unlimited when not given). A cancellation by an enrolled volunteer
 * promotes the first on the waitlist. The coordinator task (`${id}.coordinate`) closes
 * the sign-up: the enrolled volunteers become the instance's `volunteers`.
 */
export const signupStep = defineStep<SignupStep>({
  type: 'signup',
  schema: signupStepSchema,
  human: true,
  targets: (step) => [
    { label: 'close', step: step.next, path: ['next'] },
    ...overdueTargets(step.overdue),
  ],
  build: (step, ctx) => {
    type Args = { context: FlowContext; event: FlowEvent };
    const update = (change: (lists: SignupLists, actor: string) => SignupLists) =>
      contextAssign(({ context, event }: Args) => {
        const lists = change(signupLists(context, step.id), event.actor.id);
        const record = context.steps[step.id] ?? { since: event.at };
        return {
          steps: {
            ...context.steps,
            [step.id]: { ...record, enrolled: [...lists.enrolled], waitlist: [...lists.waitlist] },
          },
        };
      });
    const join = update(({ enrolled, waitlist }, actor) =>
      enrolled.length < step.capacity
        ? { enrolled: [...enrolled, actor], waitlist }
        : { enrolled, waitlist: [...waitlist, actor] },
    );
    const leave = update(({ enrolled, waitlist }, actor) => {
      if (!enrolled.includes(actor))
        return { enrolled, waitlist: waitlist.filter((id) => id !== actor) };
      const [promoted, ...rest] = waitlist;
      const stay = enrolled.filter((id) => id !== actor);
      return promoted === undefined
        ? { enrolled: stay, waitlist }
        : { enrolled: [...stay, promoted], waitlist: rest };
    });
    const close = contextAssign(({ context }: Args) => ({
      volunteers: [...signupLists(context, step.id).enrolled],
    }));
    const listed = (context: FlowContext, actor: Actor): boolean => {
      const { enrolled, waitlist } = signupLists(context, step.id);
      return enrolled.includes(actor.id) || waitlist.includes(actor.id);
    };
    const coordinate = `${step.id}.coordinate`;
    return {
      state: {
        on: {
          [ctx.event(step.id, 'signup')]: { actions: join },
          [ctx.event(step.id, 'cancel')]: { actions: leave },
          [ctx.event(coordinate, 'close')]: { target: ctx.target(step.next), actions: close },
        },
      } as never,
      tasks: [
        {
          key: step.id,
          stepId: step.id,
          state: step.id,
          actions: [
            {
              name: 'signup',
              refuse: (context, actor) => {
                if (listed(context, actor))
                  return { code: 'already_signed_up', path: '', params: {} };
                const { enrolled, waitlist } = signupLists(context, step.id);
                if (
                  enrolled.length >= step.capacity &&
                  step.waitlist !== undefined &&
                  waitlist.length >= step.waitlist
                )
                  return { code: 'signup_full', path: '', params: { capacity: step.capacity } };
                return undefined;
              },
            },
            {
              name: 'cancel',
              refuse: (context, actor) =>
                listed(context, actor)
                  ? undefined
                  : { code: 'not_signed_up', path: '', params: {} },
            },
          ],
          assign: step.assign,
          due: step.due,
          overdue: step.overdue,
        },
        {
          key: coordinate,
          stepId: step.id,
          state: step.id,
          actions: [{ name: 'close' }],
          assign: step.closeBy,
        },
      ],
    };
  },
});
