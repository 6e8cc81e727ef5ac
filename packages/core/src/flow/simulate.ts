import { createMachine } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { defaultStepRegistry, type StepRegistry } from './builtin-steps';
import type { FlowDefinition } from './definition';

/** One way through a flow, from its start to an end step. */
export interface FlowPath {
  /** The steps in order, the start first and the end step last. */
  readonly steps: readonly string[];
  /** What led from each step to the next ("approve", "when 1", "overdue", …). */
  readonly via: readonly string[];
  /** The end step reached. */
  readonly end: string;
}

/** What {@link simulateFlow} found. */
export interface SimulationReport {
  /** True when every step is reachable and every reachable step can reach an end. */
  readonly ok: boolean;
  readonly paths: readonly FlowPath[];
  readonly unreachable: readonly string[];
  /** Reachable steps from which no end can be reached. */
  readonly cannotEnd: readonly string[];
}

const SEPARATOR = ' → ';

/**
 * Lists every simple path (no step twice) from the start to an end step, and the steps
 * that cannot be reached or cannot end. It walks the step graph (one state per step,
 * one event per way out) with XState's `getSimplePaths`, so guards and data do not hide
 * a branch: every way out of a step is taken.
 *
 * @example
 * const report = simulateFlow(parsed.value);
 * for (const path of report.paths) console.log(path.steps.join(' → '));
 */
export function simulateFlow(
  definition: FlowDefinition,
  registry: StepRegistry = defaultStepRegistry,
): SimulationReport {
  const edges = new Map<string, { event: string; via: string; target: string }[]>();
  const finals = new Set<string>();
  for (const step of definition.steps) {
    const type = registry.get(step.type);
    if (type?.final) finals.add(step.id);
    const targets = type?.targets(step) ?? [];
    edges.set(
      step.id,
      targets.map((target) => ({
        event: `${target.label}${SEPARATOR}${target.step}`,
        via: target.label,
        target: target.step,
      })),
    );
  }
  const states: Record<string, object> = {};
  for (const step of definition.steps) {
    states[step.id] = finals.has(step.id)
      ? { type: 'final' }
      : {
          on: Object.fromEntries(
            (edges.get(step.id) ?? [])
              .filter((edge) => edges.has(edge.target))
              .map((edge) => [edge.event, { target: edge.target }]),
          ),
        };
  }
  const graph = createMachine({ id: 'steps', initial: definition.start, states: states as never });
  const simple = getSimplePaths(graph, {
    events: (snapshot) =>
      (edges.get(String(snapshot.value)) ?? []).map((edge) => ({ type: edge.event })),
  });
  const paths: FlowPath[] = simple
    .filter((path) => finals.has(String(path.state.value)))
    .map((path) => ({
      steps: [definition.start, ...path.steps.slice(1).map((step) => String(step.state.value))],
      via: path.steps.slice(1).map((step) => step.event.type.split(SEPARATOR)[0] ?? ''),
      end: String(path.state.value),
    }))
    .sort((a, b) => a.steps.join().localeCompare(b.steps.join()));

  const reached = new Set<string>();
  for (const path of simple) for (const step of path.steps) reached.add(String(step.state.value));
  reached.add(definition.start);
  const canEnd = new Set<string>(finals);
  for (let grown = true; grown; ) {
    grown = false;
    for (const [from, out] of edges)
      if (!canEnd.has(from) && out.some((edge) => canEnd.has(edge.target))) {
        canEnd.add(from);
        grown = true;
      }
  }
  const unreachable = definition.steps.map((s) => s.id).filter((id) => !reached.has(id));
  const cannotEnd = definition.steps
    .map((s) => s.id)
    .filter((id) => reached.has(id) && !canEnd.has(id));
  return {
    ok: unreachable.length === 0 && cannotEnd.length === 0,
    paths,
    unreachable,
    cannotEnd,
  };
}
