import type { FlowGraph } from './flow-graph';

/** Sizes of a {@link layoutFlowGraph} drawing, in SVG user units. */
export interface FlowLayoutOptions {
  /** Width of a step's box. Default 176. */
  readonly nodeWidth?: number;
  /** Height of a step's box. Default 64. */
  readonly nodeHeight?: number;
  /** Vertical room between two layers, where forward edges and their labels run. Default 72. */
  readonly layerGap?: number;
  /** Horizontal room between two boxes of a layer. Default 32. */
  readonly nodeGap?: number;
  /** Distance between the lanes on the right where back edges (loops) run. Default 24. */
  readonly laneGap?: number;
  /** Room right of the last lane for back-edge labels. Default 96. */
  readonly labelSpace?: number;
  /** Empty border around the drawing. Default 24. */
  readonly margin?: number;
}

/** A point of the drawing. */
export interface LayoutPoint {
  readonly x: number;
  readonly y: number;
}

/** A step's box: top-left corner and size, with its layer and place in the layer. */
export interface PlacedNode {
  readonly id: string;
  /** 0 for the start step; a step's layer is its longest path from the start, loops aside. */
  readonly layer: number;
  /** Its position from the left within the layer (dummy points of long edges included). */
  readonly order: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The route of the transitions from one step to another, as a polyline ending on the
 * target's top edge, or for a loop on its right side (where the arrowhead goes). Parallel transitions (reject and overdue
 * both to "closed") share one route and list all their labels.
 */
export interface RoutedEdge {
  readonly from: string;
  readonly to: string;
  readonly labels: readonly string[];
  /** `forward` runs down the layers; `back` is a loop (to an earlier layer or the same step) drawn in a lane on the right. */
  readonly kind: 'forward' | 'back';
  readonly points: readonly LayoutPoint[];
  /** Where the label goes, and how it is anchored there (`middle`: centred; `start`: to the right). */
  readonly label: LayoutPoint & { readonly anchor: 'middle' | 'start' };
}

/** A flow graph laid out top to bottom: boxes that never overlap, and edge routes. */
export interface FlowLayout {
  readonly width: number;
  readonly height: number;
  readonly layers: number;
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly RoutedEdge[];
}

interface Distinct {
  readonly from: number;
  readonly to: number;
  readonly labels: string[];
}

const SWEEPS = 4;

/**
 * Lays a {@link FlowGraph} out in layers from the start step downwards (a Sugiyama-style
 * drawing without dependencies): edges that close a loop (found by a depth-first walk
 * from the start) are set aside as back edges; each step's layer is its longest path
 * from the start; edges spanning several layers pass through dummy points; a few
 * barycentre sweeps reduce crossings (the ordering with fewest crossings wins); layers
 * are centred. Back edges run in lanes on the right. Pure and deterministic: the same
 * graph always gives the same drawing.
 *
 * @example
 * const layout = layoutFlowGraph(flowGraph(definition));
 * // <svg viewBox={`0 0 ${layout.width} ${layout.height}`}> … one rect per layout.nodes
 */
export function layoutFlowGraph(graph: FlowGraph, options: FlowLayoutOptions = {}): FlowLayout {
  const nodeWidth = options.nodeWidth ?? 176;
  const nodeHeight = options.nodeHeight ?? 64;
  const layerGap = options.layerGap ?? 72;
  const nodeGap = options.nodeGap ?? 32;
  const laneGap = options.laneGap ?? 24;
  const labelSpace = options.labelSpace ?? 96;
  const margin = options.margin ?? 24;

  const ids = graph.nodes.map((node) => node.id);
  const indexOf = new Map<string, number>();
  ids.forEach((id, index) => {
    if (!indexOf.has(id)) indexOf.set(id, index);
  });
  const count = ids.length;

  // One route per (from, to) pair, in the order the transitions are declared.
  const distinct: Distinct[] = [];
  const byPair = new Map<string, Distinct>();
  for (const edge of graph.edges) {
    const from = indexOf.get(edge.from);
    const to = indexOf.get(edge.to);
    if (from === undefined || to === undefined) continue;
    const key = `${from}>${to}`;
    const known = byPair.get(key);
    if (known !== undefined) {
      if (!known.labels.includes(edge.label)) known.labels.push(edge.label);
      continue;
    }
    const made: Distinct = { from, to, labels: [edge.label] };
    byPair.set(key, made);
    distinct.push(made);
  }
  const outgoing: Distinct[][] = ids.map(() => []);
  for (const edge of distinct) outgoing[edge.from]?.push(edge);

  // Depth-first from the start, then from any step not reached: an edge to a step still
  // on the walk's stack closes a loop. Post-order reversed is a topological order of the rest.
  const colour = new Array<number>(count).fill(0);
  const back = new Set<Distinct>();
  const postOrder: number[] = [];
  const preOrder: number[] = [];
  const visit = (root: number): void => {
    const stack: { node: number; next: number }[] = [{ node: root, next: 0 }];
    colour[root] = 1;
    preOrder.push(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { node: number; next: number };
      const edge = outgoing[top.node]?.[top.next];
      if (edge === undefined) {
        colour[top.node] = 2;
        postOrder.push(top.node);
        stack.pop();
        continue;
      }
      top.next += 1;
      if (colour[edge.to] === 1) back.add(edge);
      else if (colour[edge.to] === 0) {
        colour[edge.to] = 1;
        preOrder.push(edge.to);
        stack.push({ node: edge.to, next: 0 });
      }
    }
  };
  const startIndex = indexOf.get(graph.start);
  if (startIndex !== undefined) visit(startIndex);
  for (let index = 0; index < count; index += 1) if (colour[index] === 0) visit(index);

  // Longest-path layering over the forward edges.
  const layerOf = new Array<number>(count).fill(0);
  const forward = distinct.filter((edge) => !back.has(edge));
  const forwardFrom: Distinct[][] = ids.map(() => []);
  for (const edge of forward) forwardFrom[edge.from]?.push(edge);
  for (const node of [...postOrder].reverse())
    for (const edge of forwardFrom[node] ?? [])
      layerOf[edge.to] = Math.max(layerOf[edge.to] ?? 0, (layerOf[node] ?? 0) + 1);
  const layerCount = count === 0 ? 0 : Math.max(...layerOf) + 1;

  // Units: the steps, then one dummy per layer crossed by a long edge.
  const unitLayer = [...layerOf];
  const chains = new Map<Distinct, number[]>();
  for (const edge of forward) {
    const chain = [edge.from];
    for (let layer = (layerOf[edge.from] ?? 0) + 1; layer < (layerOf[edge.to] ?? 0); layer += 1) {
      chain.push(unitLayer.length);
      unitLayer.push(layer);
    }
    chain.push(edge.to);
    chains.set(edge, chain);
  }
  const above: number[][] = unitLayer.map(() => []);
  const below: number[][] = unitLayer.map(() => []);
  for (const chain of chains.values())
    for (let i = 0; i + 1 < chain.length; i += 1) {
      below[chain[i] as number]?.push(chain[i + 1] as number);
      above[chain[i + 1] as number]?.push(chain[i] as number);
    }

  // First order: steps as the walk found them, each dummy right after its edge's source.
  const rank = new Array<number>(unitLayer.length).fill(0);
  preOrder.forEach((node, index) => {
    rank[node] = index;
  });
  for (const chain of chains.values())
    for (const unit of chain.slice(1, -1)) rank[unit] = (rank[chain[0] as number] ?? 0) + 0.5;
  let layers: number[][] = Array.from({ length: layerCount }, () => []);
  unitLayer.forEach((layer, unit) => {
    layers[layer]?.push(unit);
  });
  layers = layers.map((layer) =>
    [...layer].sort((a, b) => (rank[a] ?? 0) - (rank[b] ?? 0) || a - b),
  );

  const positions = (order: readonly number[][]): number[] => {
    const position = new Array<number>(unitLayer.length).fill(0);
    for (const layer of order)
      layer.forEach((unit, index) => {
        position[unit] = index;
      });
    return position;
  };
  const crossings = (order: readonly number[][]): number => {
    const position = positions(order);
    let total = 0;
    for (let layer = 0; layer + 1 < order.length; layer += 1) {
      const segments: [number, number][] = [];
      for (const unit of order[layer] ?? [])
        for (const next of below[unit] ?? [])
          segments.push([position[unit] ?? 0, position[next] ?? 0]);
      for (let i = 0; i < segments.length; i += 1)
        for (let j = i + 1; j < segments.length; j += 1) {
          const [a1, b1] = segments[i] as [number, number];
          const [a2, b2] = segments[j] as [number, number];
          if ((a1 - a2) * (b1 - b2) < 0) total += 1;
        }
    }
    return total;
  };
  const reorder = (layer: readonly number[], neighbours: number[][], position: number[]) => {
    const weight = (unit: number): number => {
      const near = neighbours[unit] ?? [];
      if (near.length === 0) return position[unit] ?? 0;
      return near.reduce((sum, other) => sum + (position[other] ?? 0), 0) / near.length;
    };
    return [...layer].sort(
      (a, b) => weight(a) - weight(b) || (position[a] ?? 0) - (position[b] ?? 0),
    );
  };
  let best = layers;
  let fewest = crossings(layers);
  let current = layers;
  for (let sweep = 0; sweep < SWEEPS && fewest > 0; sweep += 1) {
    const down = sweep % 2 === 0;
    const next = current.map((layer) => [...layer]);
    const indices = [...next.keys()];
    for (const layer of down ? indices.slice(1) : indices.slice(0, -1).reverse())
      next[layer] = reorder(next[layer] ?? [], down ? above : below, positions(next));
    current = next;
    const score = crossings(current);
    if (score < fewest) {
      best = current;
      fewest = score;
    }
  }

  // Coordinates: every layer centred in the widest one.
  const dummyWidth = 8;
  const widthOf = (unit: number) => (unit < count ? nodeWidth : dummyWidth);
  const layerWidth = (layer: readonly number[]) =>
    layer.reduce((sum, unit) => sum + widthOf(unit), 0) + Math.max(0, layer.length - 1) * nodeGap;
  const contentWidth = Math.max(nodeWidth, ...best.map(layerWidth));
  const left = new Array<number>(unitLayer.length).fill(0);
  const order = new Array<number>(unitLayer.length).fill(0);
  for (const layer of best) {
    let x = margin + (contentWidth - layerWidth(layer)) / 2;
    layer.forEach((unit, index) => {
      left[unit] = x;
      order[unit] = index;
      x += widthOf(unit) + nodeGap;
    });
  }
  const topOf = (layer: number) => margin + layer * (nodeHeight + layerGap);
  const nodes: PlacedNode[] = ids.map((id, node) => ({
    id,
    layer: layerOf[node] ?? 0,
    order: order[node] ?? 0,
    x: left[node] ?? 0,
    y: topOf(layerOf[node] ?? 0),
    width: nodeWidth,
    height: nodeHeight,
  }));

  // Ports: a step's forward edges leave its bottom and enter tops spread left to right
  // in the order of where they go (or come from), so they do not cross at the box.
  const centre = (unit: number) => (left[unit] ?? 0) + widthOf(unit) / 2;
  const spread = (node: number, edges: readonly Distinct[], other: (edge: Distinct) => number) => {
    const sorted = [...edges].sort((a, b) => centre(other(a)) - centre(other(b)));
    const port = new Map<Distinct, number>();
    sorted.forEach((edge, index) => {
      port.set(edge, (left[node] ?? 0) + (nodeWidth * (index + 1)) / (sorted.length + 1));
    });
    return port;
  };
  const outPort = new Map<Distinct, number>();
  const inPort = new Map<Distinct, number>();
  for (let node = 0; node < count; node += 1) {
    const leaving = forward.filter((edge) => edge.from === node);
    const arriving = forward.filter((edge) => edge.to === node);
    const chainOf = (edge: Distinct) => chains.get(edge) as number[];
    for (const [edge, x] of spread(node, leaving, (e) => chainOf(e)[1] as number))
      outPort.set(edge, x);
    for (const [edge, x] of spread(node, arriving, (e) => chainOf(e).at(-2) as number))
      inPort.set(edge, x);
  }

  const lanes = [...back];
  /** Whether no other step's box is right of `node` in its layer (dummy points may be). */
  const clearRight = (node: PlacedNode) =>
    (best[node.layer] ?? []).slice(node.order + 1).every((unit) => unit >= count);
  const lanesLeft = margin + contentWidth;
  const edges: RoutedEdge[] = distinct.map((edge) => {
    const from = ids[edge.from] as string;
    const to = ids[edge.to] as string;
    const source = nodes[edge.from] as PlacedNode;
    const target = nodes[edge.to] as PlacedNode;
    if (back.has(edge)) {
      const lane = lanes.indexOf(edge);
      const laneX = lanesLeft + laneGap * (lane + 1);
      const shift = 4 * (lane % 3);
      // A step with no box to its right in its layer is left (or entered) from its right
      // side; any other from its bottom (or top), running in the gap between layers.
      const leave: LayoutPoint[] = clearRight(source)
        ? [{ x: source.x + nodeWidth, y: source.y + nodeHeight * 0.62 + shift }]
        : [
            { x: source.x + nodeWidth - 10 - 1.5 * shift, y: source.y + nodeHeight },
            { x: source.x + nodeWidth - 10 - 1.5 * shift, y: source.y + nodeHeight + 8 + shift },
          ];
      const enter: LayoutPoint[] = clearRight(target)
        ? [{ x: target.x + nodeWidth, y: target.y + nodeHeight * 0.38 - shift }]
        : [
            { x: target.x + nodeWidth - 10 - 1.5 * shift, y: target.y - 8 - shift },
            { x: target.x + nodeWidth - 10 - 1.5 * shift, y: target.y },
          ];
      const low = (leave.at(-1) as LayoutPoint).y;
      const high = (enter[0] as LayoutPoint).y;
      return {
        from,
        to,
        labels: edge.labels,
        kind: 'back',
        points: [...leave, { x: laneX, y: low }, { x: laneX, y: high }, ...enter],
        label: { x: laneX + 4, y: (low + high) / 2, anchor: 'start' },
      };
    }
    const chain = chains.get(edge) as number[];
    const points: LayoutPoint[] = [{ x: outPort.get(edge) ?? 0, y: source.y + nodeHeight }];
    for (const dummy of chain.slice(1, -1)) {
      const top = topOf(unitLayer[dummy] ?? 0);
      points.push({ x: centre(dummy), y: top }, { x: centre(dummy), y: top + nodeHeight });
    }
    points.push({ x: inPort.get(edge) ?? 0, y: target.y });
    const [first, second] = points as [LayoutPoint, LayoutPoint];
    const labelY = source.y + nodeHeight + layerGap / 2;
    const share = (labelY - first.y) / (second.y - first.y);
    return {
      from,
      to,
      labels: edge.labels,
      kind: 'forward',
      points,
      label: { x: first.x + (second.x - first.x) * share, y: labelY, anchor: 'middle' },
    };
  });

  const width =
    margin + contentWidth + (lanes.length > 0 ? laneGap * lanes.length + labelSpace : 0) + margin;
  const height =
    layerCount === 0
      ? 2 * margin
      : 2 * margin + layerCount * nodeHeight + (layerCount - 1) * layerGap;
  return { width, height, layers: layerCount, nodes, edges };
}
