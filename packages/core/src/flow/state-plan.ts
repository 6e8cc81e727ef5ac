import type { AnyMachineSnapshot } from 'xstate';
import type { JsonObject } from '../store/rows';
import type { CompiledFlow } from './compile-flow';
import type { TaskSpec, TimerSpec } from './step-type';

/**
 * What one state configuration of a flow means to the runtime: its active paths, the
 * task specs open in it and the timer specs it wants. It depends only on the snapshot's
 * state value (`snapshot.matches` reads nothing else), so it is worked out once per
 * configuration instead of matching every spec on every send.
 */
export interface StatePlan {
  /** The active leaf states as dotted paths: ["serve.serving"]. */
  readonly paths: readonly string[];
  /** The open task specs, one per key (the first whose state is active), in spec order. */
  readonly tasks: readonly TaskSpec[];
  /** The timer specs whose state is active, in spec order. */
  readonly timers: readonly TimerSpec[];
}

// Plans by flow, then by state value. A flow has few configurations; past the limit (a
// machine with many parallel regions) plans are worked out without being kept.
const plans = new WeakMap<CompiledFlow, Map<string, StatePlan>>();
const PLAN_LIMIT = 512;

/** The {@link StatePlan} of a snapshot of a compiled flow's machine. */
export function statePlan(compiled: CompiledFlow, snapshot: AnyMachineSnapshot): StatePlan {
  const value: unknown = snapshot.value;
  // A top-level atomic state is its own key; nested values are keyed by their JSON, which
  // a string value's key (no quotes or braces) can never equal.
  const key = typeof value === 'string' ? value : JSON.stringify(value);
  let byValue = plans.get(compiled);
  if (byValue === undefined) {
    byValue = new Map();
    plans.set(compiled, byValue);
  }
  const cached = byValue.get(key);
  if (cached !== undefined) return cached;
  const seen = new Set<string>();
  const tasks: TaskSpec[] = [];
  for (const spec of compiled.tasks) {
    if (seen.has(spec.key) || !snapshot.matches(spec.state)) continue;
    seen.add(spec.key);
    tasks.push(spec);
  }
  const plan: StatePlan = {
    paths: activePaths(value),
    tasks,
    timers: compiled.timers.filter((timer) => snapshot.matches(timer.state)),
  };
  if (byValue.size < PLAN_LIMIT) byValue.set(key, plan);
  return plan;
}

/** The active leaf states of a snapshot as dotted paths: ["serve.serving"]. */
export function activePaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [`${prefix}${value}`];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as JsonObject).flatMap(([key, child]) =>
    activePaths(child, `${prefix}${key}.`),
  );
}
