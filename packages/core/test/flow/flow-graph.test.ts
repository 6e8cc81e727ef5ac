import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createStepRegistry,
  defineStep,
  type FlowGraph,
  type FlowLayout,
  flowGraph,
  humanStepBase,
  type LayoutPoint,
  layoutFlowGraph,
  type PlacedNode,
  parseFlow,
  stepIdSchema,
  z,
} from '../../src/flow';

const templatesDir = join(import.meta.dirname, '..', '..', '..', 'volunteer', 'templates');
const templateFiles = readdirSync(templatesDir)
  .filter((file) => file.endsWith('.flow.json'))
  .sort();
const readTemplate = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(templatesDir, file), 'utf8'));

function parsed(document: unknown) {
  const result = parseFlow(document);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** The transitions as written in the JSON, found without the step registry. */
function declaredTransitions(document: Record<string, unknown>): string[] {
  const found: string[] = [];
  const steps = document.steps as Record<string, unknown>[];
  const goto = (from: string, overdue: unknown) => {
    const action = overdue as { action?: string; step?: string } | undefined;
    if (action?.action === 'goto') found.push(`${from}>${action.step}`);
  };
  for (const step of steps) {
    const from = step.id as string;
    for (const key of ['next', 'reject', 'return', 'decline', 'otherwise'])
      if (typeof step[key] === 'string') found.push(`${from}>${step[key]}`);
    for (const branch of (step.branches as { next: string }[] | undefined) ?? [])
      found.push(`${from}>${branch.next}`);
    goto(from, step.overdue);
    goto(from, (step.volunteer as { overdue?: unknown } | undefined)?.overdue);
  }
  return found.sort();
}

function overlaps(layout: FlowLayout): string[] {
  const found: string[] = [];
  layout.nodes.forEach((a, i) => {
    for (const b of layout.nodes.slice(i + 1))
      if (
        a.x < b.x + b.width &&
        b.x < a.x + a.width &&
        a.y < b.y + b.height &&
        b.y < a.y + a.height
      )
        found.push(`${a.id}/${b.id}`);
  });
  return found;
}

function outside(layout: FlowLayout): string[] {
  const found: string[] = [];
  for (const node of layout.nodes)
    if (node.x < 0 || node.y < 0 || node.x + node.width > layout.width) found.push(node.id);
    else if (node.y + node.height > layout.height) found.push(node.id);
  for (const edge of layout.edges)
    for (const point of edge.points)
      if (point.x < 0 || point.y < 0 || point.x > layout.width || point.y > layout.height)
        found.push(`${edge.from}>${edge.to}`);
  return found;
}

/** Checks what every layout must satisfy: boxes apart and inside, one route per pair, routes into the target's top. */
function checkLayout(graph: FlowGraph, layout: FlowLayout): void {
  expect(overlaps(layout)).toEqual([]);
  expect(outside(layout)).toEqual([]);
  expect(layout.nodes.map((node) => node.id)).toEqual(graph.nodes.map((node) => node.id));
  const routed = layout.edges.flatMap((edge) =>
    edge.labels.map((label) => `${edge.from}>${edge.to}:${label}`),
  );
  const wanted = [...new Set(graph.edges.map((e) => `${e.from}>${e.to}:${e.label}`))];
  expect(routed.sort()).toEqual(wanted.sort());
  const byId = new Map(layout.nodes.map((node) => [node.id, node]));
  for (const edge of layout.edges) {
    const target = byId.get(edge.to) as PlacedNode;
    const last = edge.points.at(-1) as LayoutPoint;
    const onTop = last.y === target.y && last.x > target.x && last.x < target.x + target.width;
    const onRight =
      edge.kind === 'back' &&
      last.x === target.x + target.width &&
      last.y > target.y &&
      last.y < target.y + target.height;
    expect(onTop || onRight).toBe(true);
    if (edge.kind === 'forward')
      expect(byId.get(edge.to)?.layer).toBeGreaterThan(byId.get(edge.from)?.layer ?? 0);
  }
}

describe('flowGraph', () => {
  it('gives the micro-wish template its steps and labelled transitions', () => {
    const graph = flowGraph(parsed(readTemplate('micro-wish.flow.json')));
    expect(graph.start).toBe('request');
    expect(
      graph.nodes.map((node) => `${node.id}:${node.type}${node.final ? ':final' : ''}`),
    ).toMatchInlineSnapshot(`
      [
        "request:form",
        "review:approval",
        "match:match",
        "serve:serve",
        "evaluate:evaluate",
        "thanks:branch",
        "praise:notify",
        "done:end:final",
        "unrated:end:final",
        "rejected:end:final",
      ]
    `);
    expect(graph.nodes[0]).toEqual({
      id: 'request',
      type: 'form',
      title: { 'zh-CN': '提交心愿', en: 'Post the wish' },
      start: true,
      final: false,
    });
    // A step without a title is named by its id.
    expect(graph.nodes.find((node) => node.id === 'thanks')?.title).toBe('thanks');
    expect(
      graph.edges.map((edge) => `${edge.from} -${edge.label}-> ${edge.to}`),
    ).toMatchInlineSnapshot(`
      [
        "request -submit-> review",
        "review -approve-> match",
        "review -reject-> rejected",
        "review -return-> request",
        "match -match-> serve",
        "serve -checkOut-> evaluate",
        "serve -decline-> match",
        "evaluate -submit-> thanks",
        "evaluate -overdue-> unrated",
        "thanks -when 1-> praise",
        "thanks -otherwise-> done",
        "praise -next-> done",
      ]
    `);
  });

  it.each(templateFiles)('has every transition of %s as an edge', (file) => {
    const document = readTemplate(file);
    const graph = flowGraph(parsed(document));
    expect(graph.nodes.map((node) => node.id)).toEqual(
      (document.steps as { id: string }[]).map((step) => step.id),
    );
    expect(graph.edges.map((edge) => `${edge.from}>${edge.to}`).sort()).toEqual(
      declaredTransitions(document),
    );
  });

  it('uses the targets a custom step type declares', () => {
    const verifyPhone = defineStep({
      type: 'verify-phone',
      schema: z.strictObject({
        ...humanStepBase,
        type: z.literal('verify-phone'),
        next: stepIdSchema,
        wrongNumber: stepIdSchema,
      }),
      human: true,
      targets: (step) => [
        { label: 'verified', step: step.next, path: ['next'] },
        { label: 'wrong number', step: step.wrongNumber, path: ['wrongNumber'] },
      ],
      build: () => ({ state: {} }),
    });
    const registry = createStepRegistry([verifyPhone]);
    const result = parseFlow(
      {
        schemaVersion: 1,
        id: 'phone-check',
        version: 1,
        title: '手机核验',
        roles: [{ id: 'coordinator', title: '站长' }],
        steps: [
          {
            id: 'verify',
            type: 'verify-phone',
            assign: { roles: ['coordinator'] },
            next: 'ok',
            wrongNumber: 'verify',
          },
          { id: 'ok', type: 'end' },
        ],
      },
      { steps: registry },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const graph = flowGraph(result.value, registry);
    expect(graph.edges).toEqual([
      { from: 'verify', to: 'ok', label: 'verified' },
      { from: 'verify', to: 'verify', label: 'wrong number' },
    ]);
    // Without the registry the custom step is a node without edges, never a throw.
    expect(flowGraph(result.value).edges).toEqual([]);
    const layout = layoutFlowGraph(graph);
    checkLayout(graph, layout);
    expect(layout.edges.map((edge) => `${edge.from}>${edge.to}:${edge.kind}`)).toEqual([
      'verify>ok:forward',
      'verify>verify:back',
    ]);
  });
});

const graphOf = (edges: string, start = 'a'): FlowGraph => {
  const pairs = edges
    .split(' ')
    .filter(Boolean)
    .map((pair) => pair.split('>') as [string, string]);
  const ids = [...new Set([start, ...pairs.flat()])];
  return {
    start,
    nodes: ids.map((id) => ({ id, type: 'form', title: id, start: id === start, final: false })),
    edges: pairs.map(([from, to]) => ({ from, to, label: `${from}${to}` })),
  };
};

/** How many pairs of forward edge segments cross, measured on the drawing. */
function crossingsOf(layout: FlowLayout): number {
  type P = { x: number; y: number };
  const segments: [P, P][] = [];
  for (const edge of layout.edges)
    if (edge.kind === 'forward')
      for (let i = 0; i + 1 < edge.points.length; i += 1)
        segments.push([edge.points[i] as P, edge.points[i + 1] as P]);
  const side = (a: P, b: P, c: P) => (c.x - a.x) * (b.y - a.y) - (b.x - a.x) * (c.y - a.y);
  let count = 0;
  segments.forEach(([a, b], i) => {
    for (const [c, d] of segments.slice(i + 1))
      if (side(c, d, a) * side(c, d, b) < 0 && side(a, b, c) * side(a, b, d) < 0) count += 1;
  });
  return count;
}

const layersOf = (layout: FlowLayout) =>
  Object.fromEntries(layout.nodes.map((node) => [node.id, node.layer]));

describe('layoutFlowGraph', () => {
  it.each(templateFiles)('lays %s out without overlaps, deterministically', (file) => {
    const graph = flowGraph(parsed(readTemplate(file)));
    const layout = layoutFlowGraph(graph);
    checkLayout(graph, layout);
    expect(layoutFlowGraph(JSON.parse(JSON.stringify(graph)))).toEqual(layout);
  });

  it('layers micro-wish by longest path and draws its loops as back edges', () => {
    const layout = layoutFlowGraph(flowGraph(parsed(readTemplate('micro-wish.flow.json'))));
    expect(layersOf(layout)).toEqual({
      request: 0,
      review: 1,
      match: 2,
      rejected: 2,
      serve: 3,
      evaluate: 4,
      thanks: 5,
      unrated: 5,
      praise: 6,
      done: 7,
    });
    expect(layout.layers).toBe(8);
    expect(
      layout.edges.filter((edge) => edge.kind === 'back').map((e) => `${e.from}>${e.to}`),
    ).toEqual(['review>request', 'serve>match']);
    // Back edges run in lanes right of the boxes, labels beside the lane.
    const right = Math.max(...layout.nodes.map((node) => node.x + node.width));
    for (const edge of layout.edges.filter((e) => e.kind === 'back')) {
      expect(edge.label.anchor).toBe('start');
      expect(edge.label.x).toBeGreaterThan(right);
    }
  });

  it('puts a step after the longest way to it and routes long edges around boxes', () => {
    const layout = layoutFlowGraph(graphOf('a>b b>c c>d a>d'));
    expect(layersOf(layout)).toEqual({ a: 0, b: 1, c: 2, d: 3 });
    const long = layout.edges.find((edge) => edge.from === 'a' && edge.to === 'd');
    // Two dummy layers: two points each, plus both ends.
    expect(long?.points).toHaveLength(6);
    const boxes = layout.nodes.filter((node) => node.id === 'b' || node.id === 'c');
    for (const point of long?.points.slice(1, -1) ?? [])
      for (const box of boxes) expect(point.x < box.x || point.x > box.x + box.width).toBe(true);
  });

  it('merges parallel transitions into one route with every label', () => {
    const graph: FlowGraph = {
      start: 'review',
      nodes: [
        { id: 'review', type: 'approval', title: '审核', start: true, final: false },
        { id: 'closed', type: 'end', title: '关闭', start: false, final: true },
      ],
      edges: [
        { from: 'review', to: 'closed', label: 'reject' },
        { from: 'review', to: 'closed', label: 'overdue' },
        { from: 'review', to: 'closed', label: 'reject' },
      ],
    };
    const layout = layoutFlowGraph(graph);
    expect(layout.edges).toHaveLength(1);
    expect(layout.edges[0]?.labels).toEqual(['reject', 'overdue']);
  });

  it('orders a layer to remove crossings the first order has', () => {
    // The walk finds b, e, c: the long edge a>c gets a dummy left of b (its source comes
    // first), so b>e and the dummy's way to c cross until a sweep swaps e and c.
    const graph = graphOf('a>b b>e b>c a>c');
    const layout = layoutFlowGraph(graph);
    expect(crossingsOf(layout)).toBe(0);
    const x = Object.fromEntries(layout.nodes.map((node) => [node.id, node.x]));
    expect(x.c).toBeLessThan(x.e ?? 0);
    checkLayout(graph, layout);
  });

  it('lays out an empty graph and a single step', () => {
    expect(layoutFlowGraph({ start: 'x', nodes: [], edges: [] })).toMatchObject({
      nodes: [],
      edges: [],
      layers: 0,
    });
    const one = layoutFlowGraph(graphOf(''));
    expect(one.nodes).toEqual([
      { id: 'a', layer: 0, order: 0, x: 24, y: 24, width: 176, height: 64 },
    ]);
    expect([one.width, one.height]).toEqual([224, 112]);
  });

  it('never overlaps boxes and routes every edge, for any graph (property)', () => {
    const arbitraryGraph = fc.integer({ min: 1, max: 12 }).chain((size) =>
      fc.record({
        size: fc.constant(size),
        edges: fc.array(
          fc.tuple(
            fc.nat({ max: size - 1 }),
            fc.nat({ max: size - 1 }),
            fc.constantFrom('next', 'reject', 'overdue'),
          ),
          { maxLength: 24 },
        ),
      }),
    );
    fc.assert(
      fc.property(arbitraryGraph, ({ size, edges }) => {
        const graph: FlowGraph = {
          start: 's0',
          nodes: Array.from({ length: size }, (_, i) => ({
            id: `s${i}`,
            type: 'form',
            title: `s${i}`,
            start: i === 0,
            final: false,
          })),
          edges: edges.map(([from, to, label]) => ({ from: `s${from}`, to: `s${to}`, label })),
        };
        const layout = layoutFlowGraph(graph);
        checkLayout(graph, layout);
        expect(layoutFlowGraph(graph)).toEqual(layout);
      }),
      { numRuns: 200 },
    );
  });
});
