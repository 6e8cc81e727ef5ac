import { describe, expect, it } from 'vitest';
import { simulateFlow } from '../../src/flow';
import { microWish } from './micro-wish';

describe('simulateFlow', () => {
  it('lists every path of the micro-wish flow from start to an end', () => {
    const report = simulateFlow(microWish());
    expect(report.ok).toBe(true);
    expect(report.unreachable).toEqual([]);
    expect(report.cannotEnd).toEqual([]);
    expect(report.paths.map((path) => path.steps.join(' → '))).toMatchInlineSnapshot(`
      [
        "request → review → match → expired",
        "request → review → match → serve → evaluate → done",
        "request → review → match → serve → evaluate → thanks → done",
        "request → review → match → serve → evaluate → thanks → praise → done",
        "request → review → rejected",
      ]
    `);
    expect(report.paths.find((path) => path.end === 'rejected')?.via).toEqual(['submit', 'reject']);
  });

  it('reports steps that cannot be reached or cannot end', () => {
    const flow = microWish();
    const steps = flow.steps.map((step) =>
      step.id === 'praise' ? { ...step, next: 'thanks' } : step,
    );
    const report = simulateFlow({
      ...flow,
      steps: [...steps, { id: 'orphan', type: 'end' }],
    });
    expect(report.ok).toBe(false);
    expect(report.unreachable).toEqual(['orphan']);
    expect(report.cannotEnd).toEqual([]);
    const looping = simulateFlow({
      ...flow,
      steps: flow.steps.map((step) =>
        step.id === 'thanks'
          ? { ...step, otherwise: 'praise' }
          : step.id === 'praise'
            ? { ...step, next: 'thanks' }
            : step,
      ),
    });
    expect(looping.cannotEnd).toEqual(['thanks', 'praise']);
  });
});
