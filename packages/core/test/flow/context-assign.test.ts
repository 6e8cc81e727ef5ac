import { describe, expect, it } from 'vitest';
import { assign, initialTransition, setup, transition } from 'xstate';
import type { FlowContext, FlowEvent } from '../../src/flow/context';
import { contextAssign } from '../../src/flow/context-assign';

type Args = { context: FlowContext; event: FlowEvent };
const actor = { id: 'zhang-wei', roles: ['volunteer'] };
const at = '2026-12-01T08:00:00.000Z';

/**
 * A serve step of 助老服务 (help for an elderly resident) made with the given assign: entry
 * records, a merge on the transition, a tag, a notify action and a final state.
 */
function serveMachine(assignWith: typeof assign | typeof contextAssign) {
  const make = assignWith as typeof contextAssign;
  return setup({
    types: {} as { context: FlowContext; events: FlowEvent },
    actions: {
      enter: make((args: Args, params: { key: string }) => ({
        steps: { ...args.context.steps, [params.key]: { since: args.event.at ?? at } },
      })),
      merge: make(({ context, event }: Args) => ({ data: { ...context.data, ...event.data } })),
      notify: () => {},
    },
  }).createMachine({
    id: 'flow',
    initial: 'serve',
    context: {
      instanceId: 'wish-1',
      flowId: 'micro-wish',
      startedBy: 'li-mei',
      startedAt: at,
      data: { wish: '帮忙卖菜' },
      steps: {},
      volunteers: ['zhang-wei'],
      hours: 0,
    },
    states: {
      serve: {
        tags: ['human'],
        entry: [{ type: 'enter', params: { key: 'serve' } }],
        on: {
          'serve.submit': {
            target: 'evaluate',
            actions: ['merge', make(({ context }: Args) => ({ hours: context.hours + 2 }))],
          },
          'serve.note': { actions: 'merge' },
        },
      },
      evaluate: {
        entry: [{ type: 'enter', params: { key: 'evaluate' } }, 'notify'],
        on: { 'evaluate.submit': { target: 'done', actions: 'merge' } },
      },
      done: { type: 'final' },
    },
  });
}

/** Runs the machine through a note, a submit and an evaluation; answers what each step gave. */
function run(assignWith: typeof assign | typeof contextAssign) {
  const machine = serveMachine(assignWith);
  const [first, firstActions] = initialTransition(machine);
  const seen = [{ snapshot: first, actions: firstActions }];
  const events: FlowEvent[] = [
    { type: 'serve.note', actor, at: '2026-12-01T09:00:00.000Z', data: { note: '已联系' } },
    { type: 'serve.submit', actor, at: '2026-12-01T10:00:00.000Z', data: { served: 2 } },
    { type: 'evaluate.submit', actor, at: '2026-12-01T11:00:00.000Z', data: { stars: 5 } },
  ];
  let snapshot = first;
  for (const event of events) {
    const [next, actions] = transition(machine, snapshot, event);
    seen.push({ snapshot: next, actions });
    snapshot = next;
  }
  return seen.map((step) => ({
    persisted: machine.getPersistedSnapshot(step.snapshot),
    value: step.snapshot.value,
    tags: [...step.snapshot.tags],
    status: step.snapshot.status,
    actions: step.actions.map((action) => action.type),
  }));
}

describe('contextAssign', () => {
  it('gives the snapshots and actions that XState assign gives', () => {
    const fast = run(contextAssign);
    expect(fast).toEqual(run(assign));
    expect(fast.map((step) => step.value)).toEqual(['serve', 'serve', 'evaluate', 'done']);
    expect(fast.map((step) => step.tags)).toEqual([['human'], ['human'], [], []]);
    expect(fast[3]?.status).toBe('done');
    expect(fast[3]?.persisted).toMatchObject({
      context: {
        data: { wish: '帮忙卖菜', note: '已联系', served: 2, stars: 5 },
        steps: {
          serve: { since: at },
          evaluate: { since: '2026-12-01T10:00:00.000Z' },
        },
        hours: 2,
      },
    });
    expect(fast[2]?.actions).toContain('notify');
  });

  it('leaves the snapshot it started from unchanged', () => {
    const machine = serveMachine(contextAssign);
    const [first] = initialTransition(machine);
    const before = JSON.stringify(machine.getPersistedSnapshot(first));
    transition(machine, first, { type: 'serve.note', actor, at, data: { note: '改天' } });
    expect(JSON.stringify(machine.getPersistedSnapshot(first))).toBe(before);
  });
});
