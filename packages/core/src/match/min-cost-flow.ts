/**
 * Min-cost flow by successive shortest paths with Johnson potentials. Supplies are pushed
 * one source at a time (`augmentFrom`): augmenting along a shortest path from any node
 * keeps the residual network free of negative cycles, so the flow stays of minimum cost
 * for the supplies pushed so far. Dijkstra stops as soon as the sink is settled and only
 * the settled nodes' potentials move, so a path that is found quickly costs little.
 * Costs are floating point; reduced costs below zero by rounding are treated as zero.
 */
export class MinCostFlow {
  private readonly head: Int32Array;
  private next: Int32Array;
  private to: Int32Array;
  private capacity: Int32Array;
  private cost: Float64Array;
  private edges = 0;
  private readonly potential: Float64Array;
  private readonly dist: Float64Array;
  private readonly previous: Int32Array;
  private readonly settled: Uint8Array;
  private heapKeys = new Float64Array(1024);
  private heapNodes = new Int32Array(1024);

  constructor(
    readonly nodeCount: number,
    edgeHint = 16,
  ) {
    this.head = new Int32Array(nodeCount).fill(-1);
    this.next = new Int32Array(edgeHint * 2);
    this.to = new Int32Array(edgeHint * 2);
    this.capacity = new Int32Array(edgeHint * 2);
    this.cost = new Float64Array(edgeHint * 2);
    this.potential = new Float64Array(nodeCount);
    this.dist = new Float64Array(nodeCount).fill(Number.POSITIVE_INFINITY);
    this.previous = new Int32Array(nodeCount).fill(-1);
    this.settled = new Uint8Array(nodeCount);
  }

  private grow(): void {
    const size = this.next.length * 2;
    const copy = <T extends Int32Array | Float64Array>(from: T, into: T): T => {
      into.set(from);
      return into;
    };
    this.next = copy(this.next, new Int32Array(size));
    this.to = copy(this.to, new Int32Array(size));
    this.capacity = copy(this.capacity, new Int32Array(size));
    this.cost = copy(this.cost, new Float64Array(size));
  }

  /** Adds an edge and its residual twin; returns the edge's number (the twin is `edge ^ 1`). */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    if (this.edges + 2 > this.next.length) this.grow();
    const edge = this.edges;
    this.to[edge] = to;
    this.capacity[edge] = capacity;
    this.cost[edge] = cost;
    this.next[edge] = this.head[from] as number;
    this.head[from] = edge;
    this.to[edge + 1] = from;
    this.capacity[edge + 1] = 0;
    this.cost[edge + 1] = -cost;
    this.next[edge + 1] = this.head[to] as number;
    this.head[to] = edge + 1;
    this.edges += 2;
    return edge;
  }

  /** The flow on an edge added with {@link addEdge}. */
  flowOn(edge: number): number {
    return this.capacity[edge ^ 1] as number;
  }

  /**
   * Sets potentials that make every reduced cost non-negative before the first augmentation:
   * shortest distances from a virtual node joined to every node at cost 0 (Bellman-Ford).
   * Costs may be negative but the network must have no negative cycle.
   */
  initPotentials(): void {
    const { potential } = this;
    potential.fill(0);
    for (let round = 0; round < this.nodeCount; round += 1) {
      let changed = false;
      for (let u = 0; u < this.nodeCount; u += 1) {
        const base = potential[u] as number;
        for (let e = this.head[u] as number; e >= 0; e = this.next[e] as number) {
          if ((this.capacity[e] as number) <= 0) continue;
          const w = this.to[e] as number;
          const candidate = base + (this.cost[e] as number);
          if (candidate < (potential[w] as number)) {
            potential[w] = candidate;
            changed = true;
          }
        }
      }
      if (!changed) return;
    }
  }

  private push(size: number, key: number, node: number): number {
    if (size === this.heapKeys.length) {
      const keys = new Float64Array(size * 2);
      keys.set(this.heapKeys);
      const nodes = new Int32Array(size * 2);
      nodes.set(this.heapNodes);
      this.heapKeys = keys;
      this.heapNodes = nodes;
    }
    const keys = this.heapKeys;
    const nodes = this.heapNodes;
    let at = size;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if ((keys[parent] as number) <= key) break;
      keys[at] = keys[parent] as number;
      nodes[at] = nodes[parent] as number;
      at = parent;
    }
    keys[at] = key;
    nodes[at] = node;
    return size + 1;
  }

  private pop(size: number): number {
    const keys = this.heapKeys;
    const nodes = this.heapNodes;
    const last = size - 1;
    const key = keys[last] as number;
    const node = nodes[last] as number;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= last) break;
      if (child + 1 < last && (keys[child + 1] as number) < (keys[child] as number)) child += 1;
      if ((keys[child] as number) >= key) break;
      keys[at] = keys[child] as number;
      nodes[at] = nodes[child] as number;
      at = child;
    }
    keys[at] = key;
    nodes[at] = node;
    return last;
  }

  /**
   * Pushes up to `limit` units from `source` to `sink` along one shortest path. Returns the
   * units pushed (0 when the sink cannot be reached) and the path's cost per unit.
   */
  augmentFrom(source: number, sink: number, limit: number): { units: number; cost: number } {
    const { dist, previous, settled, potential, head, next, to, capacity, cost } = this;
    const touched: number[] = [source];
    const order: number[] = [];
    dist[source] = 0;
    let size = this.push(0, 0, source);
    let reached = false;
    while (size > 0) {
      const d = this.heapKeys[0] as number;
      const u = this.heapNodes[0] as number;
      size = this.pop(size);
      if (settled[u] || d > (dist[u] as number)) continue;
      settled[u] = 1;
      order.push(u);
      if (u === sink) {
        reached = true;
        break;
      }
      const pu = potential[u] as number;
      for (let e = head[u] as number; e >= 0; e = next[e] as number) {
        if ((capacity[e] as number) <= 0) continue;
        const w = to[e] as number;
        if (settled[w]) continue;
        const reduced = (cost[e] as number) + pu - (potential[w] as number);
        const candidate = d + Math.max(reduced, 0);
        if (candidate < (dist[w] as number)) {
          if (dist[w] === Number.POSITIVE_INFINITY) touched.push(w);
          dist[w] = candidate;
          previous[w] = e;
          size = this.push(size, candidate, w);
        }
      }
    }
    let units = 0;
    let pathCost = 0;
    if (reached) {
      const total = dist[sink] as number;
      for (const u of order) potential[u] = (potential[u] as number) + (dist[u] as number) - total;
      units = limit;
      for (let w = sink; w !== source; w = to[(previous[w] as number) ^ 1] as number) {
        units = Math.min(units, capacity[previous[w] as number] as number);
      }
      for (let w = sink; w !== source; w = to[(previous[w] as number) ^ 1] as number) {
        const e = previous[w] as number;
        capacity[e] = (capacity[e] as number) - units;
        capacity[e ^ 1] = (capacity[e ^ 1] as number) + units;
        pathCost += cost[e] as number;
      }
    }
    for (const u of touched) {
      dist[u] = Number.POSITIVE_INFINITY;
      settled[u] = 0;
      previous[u] = -1;
    }
    return { units, cost: pathCost };
  }
}
