import type { LocalizedText } from '../i18n/locale';
import { defaultStepRegistry, type StepRegistry } from './builtin-steps';
import type { FlowDefinition } from './definition';

/** A step of a flow as a node of its graph. */
export interface FlowGraphNode {
  readonly id: string;
  /** The step type: `form`, `approval`, … or a custom type. */
  readonly type: string;
  /** The step's title, or its id when it has none. */
  readonly title: LocalizedText;
  /** Whether this is the step the flow starts at. */
  readonly start: boolean;
  /** Whether reaching the step ends the instance (an `end` step). */
  readonly final: boolean;
}

/** A way from one step to another, labelled with what leads there. */
export interface FlowGraphEdge {
  readonly from: string;
  readonly to: string;
  /** The action or branch: "submit", "approve", "reject", "when 1", "otherwise", "overdue", … */
  readonly label: string;
}

/** The steps of a flow and every transition between them, in definition order. */
export interface FlowGraph {
  readonly start: string;
  readonly nodes: readonly FlowGraphNode[];
  readonly edges: readonly FlowGraphEdge[];
}

/**
 * The step graph of a parsed flow: one node per step and one edge per transition, with
 * the targets each step type declares (`defineStep({ targets })`), so custom step types
 * are drawn as faithfully as built-in ones. Pass the registry `parseFlow` used when the
 * flow has custom steps; a step of an unknown type becomes a node without edges.
 *
 * @example
 * const graph = flowGraph(parseFlow(json).value);
 * // graph.edges: [{ from: 'request', to: 'review', label: 'submit' }, …]
 */
export function flowGraph(
  definition: FlowDefinition,
  registry: StepRegistry = defaultStepRegistry,
): FlowGraph {
  const nodes: FlowGraphNode[] = [];
  const edges: FlowGraphEdge[] = [];
  for (const step of definition.steps) {
    const type = registry.get(step.type);
    nodes.push({
      id: step.id,
      type: step.type,
      title: step.title ?? step.id,
      start: step.id === definition.start,
      final: type?.final === true,
    });
    for (const target of type?.targets(step) ?? [])
      edges.push({ from: step.id, to: target.step, label: target.label });
  }
  return { start: definition.start, nodes, edges };
}
