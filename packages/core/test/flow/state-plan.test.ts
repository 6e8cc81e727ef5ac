import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { type CompiledFlow, compileFlow, type FlowContext, parseFlow } from '../../src/flow';
import { activePaths, statePlan } from '../../src/flow/state-plan';
import { microWishJson } from './micro-wish';

// A micro-wish with a step of each shape: top-level (request, pause), nested (match in
// auto mode, serve) and parallel (evaluate with the volunteer's own rating).
const definition = {
  ...microWishJson,
  id: 'micro-wish-shapes',
  steps: [
    {
      id: 'request',
      type: 'form',
      form: 'wish-request',
      assign: { assignee: 'startedBy' },
      next: 'pause',
    },
    { id: 'pause', type: 'wait', for: 'PT1H', next: 'match' },
    {
      id: 'match',
      type: 'match',
      mode: 'auto',
      assign: { roles: ['coordinator'] },
      due: 'P3D',
      overdue: { action: 'goto', step: 'done' },
      next: 'serve',
    },
    {
      id: 'serve',
      type: 'serve',
      assign: { assignee: 'volunteers' },
      next: 'evaluate',
      decline: 'match',
    },
    {
      id: 'evaluate',
      type: 'evaluate',
      form: 'wish-rating',
      assign: { assignee: 'startedBy' },
      volunteer: { form: 'wish-rating', assign: { assignee: 'volunteers' } },
      next: 'done',
    },
    { id: 'done', type: 'end' },
  ],
};

function compiled(): CompiledFlow {
  const parsed = parseFlow(definition);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return compileFlow(parsed.value);
}

const context = (data: Record<string, string> = {}): FlowContext => ({
  instanceId: 'wish-1',
  flowId: 'micro-wish-shapes',
  startedBy: 'li-mei',
  startedAt: '2026-12-01T08:00:00.000Z',
  data,
  steps: {},
  volunteers: ['zhang-wei'],
  hours: 0,
});

/** A snapshot of the flow's machine in the given state. */
const at = (
  flow: CompiledFlow,
  value: unknown,
  data?: Record<string, string>,
): AnyMachineSnapshot =>
  flow.machine.resolveState({
    value: value as never,
    context: context(data),
  }) as AnyMachineSnapshot;

/** What a plan says, by keys and names, in order. */
const summary = (flow: CompiledFlow, value: unknown) => {
  const plan = statePlan(flow, at(flow, value));
  return {
    paths: plan.paths,
    tasks: plan.tasks.map((task) => `${task.key}: ${task.actions.map((a) => a.name).join(' ')}`),
    timers: plan.timers.map((timer) => `${timer.kind} ${timer.key} → ${timer.event}`),
  };
};

describe('activePaths', () => {
  it('lists the active leaf states of a state value as dotted paths', () => {
    expect(activePaths('request')).toEqual(['request']);
    expect(activePaths({ serve: 'accepted' })).toEqual(['serve.accepted']);
    expect(activePaths({ evaluate: { beneficiary: 'done', volunteer: 'pending' } })).toEqual([
      'evaluate.beneficiary.done',
      'evaluate.volunteer.pending',
    ]);
    expect(activePaths({ a: { b: { c: 'd' } } }, 'flow.')).toEqual(['flow.a.b.c.d']);
    expect(activePaths(null)).toEqual([]);
    expect(activePaths(7)).toEqual([]);
  });
});

describe('statePlan', () => {
  const flow = compiled();

  it('opens the task of a top-level step and wants the timers of a top-level wait', () => {
    expect(summary(flow, 'request')).toEqual({
      paths: ['request'],
      tasks: ['request: submit'],
      timers: [],
    });
    expect(summary(flow, 'pause')).toEqual({
      paths: ['pause'],
      tasks: [],
      timers: ['deadline pause.wait → pause.elapsed'],
    });
  });

  it('follows the sub-state of a nested step: a job while proposing, the task while choosing', () => {
    expect(summary(flow, { match: 'proposing' })).toEqual({
      paths: ['match.proposing'],
      tasks: [],
      timers: ['job match.candidates → match.proposed'],
    });
    expect(summary(flow, { match: 'choosing' })).toEqual({
      paths: ['match.choosing'],
      tasks: ['match: match'],
      timers: [],
    });
  });

  it('opens one task per key: the spec of the active sub-state', () => {
    expect(summary(flow, { serve: 'assigned' }).tasks).toEqual(['serve: accept decline']);
    expect(summary(flow, { serve: 'accepted' }).tasks).toEqual(['serve: checkIn']);
    expect(summary(flow, { serve: 'serving' })).toEqual({
      paths: ['serve.serving'],
      tasks: ['serve: checkOut'],
      timers: [],
    });
  });

  it('opens a task in every parallel region that waits for one', () => {
    expect(summary(flow, { evaluate: { beneficiary: 'pending', volunteer: 'pending' } })).toEqual({
      paths: ['evaluate.beneficiary.pending', 'evaluate.volunteer.pending'],
      tasks: ['evaluate: submit', 'evaluate.volunteer: submit'],
      timers: [],
    });
    expect(summary(flow, { evaluate: { beneficiary: 'done', volunteer: 'pending' } })).toEqual({
      paths: ['evaluate.beneficiary.done', 'evaluate.volunteer.pending'],
      tasks: ['evaluate.volunteer: submit'],
      timers: [],
    });
    expect(summary(flow, { evaluate: { beneficiary: 'pending', volunteer: 'done' } })).toEqual({
      paths: ['evaluate.beneficiary.pending', 'evaluate.volunteer.done'],
      tasks: ['evaluate: submit'],
      timers: [],
    });
  });

  it('has nothing open in a final step', () => {
    expect(summary(flow, 'done')).toEqual({ paths: ['done'], tasks: [], timers: [] });
  });

  it('works a configuration out once per flow, whatever the context', () => {
    const value = { evaluate: { beneficiary: 'done', volunteer: 'pending' } };
    const first = statePlan(flow, at(flow, value));
    expect(statePlan(flow, at(flow, value, { wish: '帮忙卖菜' }))).toBe(first);
    expect(statePlan(flow, at(flow, 'request'))).not.toBe(first);
    // Another compilation of the same definition has plans of its own, alike.
    const again = compiled();
    const other = statePlan(again, at(again, value));
    expect(other).not.toBe(first);
    expect(other.paths).toEqual(first.paths);
    expect(other.tasks.map((task) => task.key)).toEqual(first.tasks.map((task) => task.key));
  });
});
