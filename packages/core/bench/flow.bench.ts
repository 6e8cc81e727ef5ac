// Flow runtime throughput: request → match → serve → evaluate, four events per instance,
// 500 instances per iteration, 20 iterations (10,000 instances), beside its floor (raw
// XState persisting a JSON snapshot after each event) and bpmn-engine running the same
// process with getState() after each step (fewer instances: it is slow).
// The flow and its four sends are `benchFlowDefinition` and `runBenchInstance` from
// `@yizhan/core/testing`, which the store benchmarks run too; the serve step is a `form`
// step there (a service record with hours) so that every engine handles exactly four
// events per instance, with the same payloads.
import { EventEmitter } from 'node:events';
import { Engine } from 'bpmn-engine';
import { afterAll, bench, describe } from 'vitest';
import { assign, createActor, createMachine } from 'xstate';
import { createMemoryStore, createRuntime, parseFlow } from '../src/flow';
import { benchActors, benchFlowDefinition, runBenchInstance } from '../src/testing/bench-flow';

const BATCH = 500;
const ITERATIONS = 20;
const BPMN_ITERATIONS = 1;

// The payloads `runBenchInstance` sends, for the raw XState and bpmn-engine runs.
const wish = { wish: '帮忙卖菜', room: '5栋1单元2103', phone: '13800138000', category: 'elderly' };
const { volunteer } = benchActors;

const parsed = parseFlow(benchFlowDefinition);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
// A fixed time, made like `new Date()` would be (no string to parse on every call).
const NOW = Date.parse('2026-12-01T08:00:00.000Z');
// Instance ids count from `after` + 1: wish-1, wish-2, …
const runtimeOn = (store: ReturnType<typeof createMemoryStore>, after = 0) => {
  let counter = after;
  return createRuntime({
    store,
    definitions: [parsed.value],
    clock: () => new Date(NOW),
    createId: () => `wish-${++counter}`,
  });
};
const store = createMemoryStore();
const runtime = runtimeOn(store);

// The floor: the same four steps in plain XState, a JSON snapshot kept per instance.
const machine = createMachine({
  types: {} as {
    context: { data: Record<string, unknown> };
    events: { type: string; data: Record<string, unknown> };
  },
  id: 'wish',
  initial: 'request',
  context: { data: {} },
  states: {
    request: {
      on: {
        submit: {
          target: 'match',
          actions: assign({ data: ({ context, event }) => ({ ...context.data, ...event.data }) }),
        },
      },
    },
    match: {
      on: {
        match: {
          target: 'serve',
          actions: assign({ data: ({ context, event }) => ({ ...context.data, ...event.data }) }),
        },
      },
    },
    serve: {
      on: {
        record: {
          target: 'evaluate',
          actions: assign({ data: ({ context, event }) => ({ ...context.data, ...event.data }) }),
        },
      },
    },
    evaluate: {
      on: {
        rate: {
          target: 'done',
          actions: assign({ data: ({ context, event }) => ({ ...context.data, ...event.data }) }),
        },
      },
    },
    done: { type: 'final' },
  },
});
const rawStore = new Map<number, string>();
let rawCounter = 0;
const rawBytes: number[] = [];

const bpmnSource = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="wish" targetNamespace="http://bpmn.io/schema/bpmn">
  <process id="microWish" isExecutable="true">
    <startEvent id="start" />
    <sequenceFlow id="f1" sourceRef="start" targetRef="request" />
    <userTask id="request" />
    <sequenceFlow id="f2" sourceRef="request" targetRef="match" />
    <userTask id="match" />
    <sequenceFlow id="f3" sourceRef="match" targetRef="serve" />
    <userTask id="serve" />
    <sequenceFlow id="f4" sourceRef="serve" targetRef="evaluate" />
    <userTask id="evaluate" />
    <sequenceFlow id="f5" sourceRef="evaluate" targetRef="end" />
    <endEvent id="end" />
  </process>
</definitions>`;
const bpmnBytes: number[] = [];

const timing = { yizhan: 0, raw: 0, bpmn: 0 };
// Milliseconds per batch of BATCH instances, for the median batch of each engine: the
// machine is shared, and a median is less swayed by another process's burst than a sum.
const batches: { yizhan: number[]; raw: number[] } = { yizhan: [], raw: [] };
const events = { yizhan: 0, raw: 0, bpmn: 0 };
const heap = { before: process.memoryUsage().heapUsed, raw: 0, yizhan: 0 };

async function yizhanBatch() {
  const started = performance.now();
  let sent = 0;
  for (let i = 0; i < BATCH; i += 1) sent += await runBenchInstance(runtime);
  const took = performance.now() - started;
  timing.yizhan += took;
  batches.yizhan.push(took);
  events.yizhan += sent;
}

function rawBatch() {
  const started = performance.now();
  for (let i = 0; i < BATCH; i += 1) {
    const id = ++rawCounter;
    const actor = createActor(machine).start();
    const steps = [
      { type: 'submit', data: wish },
      { type: 'match', data: { volunteerIds: [volunteer.id] } },
      { type: 'record', data: { served: 2 } },
      { type: 'rate', data: { stars: 5 } },
    ];
    for (const event of steps) {
      actor.send(event);
      const text = JSON.stringify(actor.getPersistedSnapshot());
      rawStore.set(id, text);
      if (rawBytes.length < 4) rawBytes.push(text.length);
    }
    actor.stop();
  }
  const took = performance.now() - started;
  timing.raw += took;
  batches.raw.push(took);
  events.raw += BATCH * 4;
}

async function bpmnBatch(instances: number) {
  const started = performance.now();
  for (let i = 0; i < instances; i += 1) {
    const engine = new Engine({ name: `wish-${i}`, source: bpmnSource });
    const listener = new EventEmitter();
    const waiting: { id: string; signal: (message?: unknown) => void }[] = [];
    listener.on('wait', (api) => waiting.push(api));
    await engine.execute({ listener });
    for (const id of ['request', 'match', 'serve', 'evaluate']) {
      const task = waiting.shift();
      if (task?.id !== id) throw new Error(`bpmn-engine is not waiting at ${id}`);
      task.signal({ data: wish });
      const text = JSON.stringify(await engine.getState());
      if (bpmnBytes.length < 4) bpmnBytes.push(text.length);
    }
  }
  timing.bpmn += performance.now() - started;
  events.bpmn += instances * 4;
}

const perSecond = (name: keyof typeof timing) =>
  Math.round((events[name] / timing[name]) * 1000).toLocaleString('en');
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
};
const average = (values: number[]) =>
  Math.round(values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1));

describe(`flow: ${BATCH} instances × 4 events per iteration`, () => {
  bench('baseline (a): raw XState, getPersistedSnapshot + JSON after each event', rawBatch, {
    iterations: ITERATIONS,
    time: 0,
    warmupIterations: 0,
    teardown: () => {
      heap.raw = process.memoryUsage().heapUsed;
    },
  });
  bench(
    'yizhan runtime + memory store (roles, form validation, tasks, timers, history)',
    yizhanBatch,
    {
      iterations: ITERATIONS,
      time: 0,
      warmupIterations: 0,
      teardown: () => {
        heap.yizhan = process.memoryUsage().heapUsed;
      },
    },
  );
  bench('baseline (b): bpmn-engine, getState() after each step', () => bpmnBatch(BATCH / 5), {
    iterations: BPMN_ITERATIONS,
    time: 0,
    warmupIterations: 0,
  });
});

afterAll(async () => {
  const instances = await store.listInstances();
  // Row sizes from one more instance on a store that reports them, outside the timed runs
  // (reporting a size means writing the row's JSON text on every commit); its id is as
  // long as those of the timed run's last instances (wish-10000).
  const snapshotBytes: number[] = [];
  await runBenchInstance(
    runtimeOn(createMemoryStore({ onCommit: (bytes) => snapshotBytes.push(bytes) }), 9_999),
  );
  // biome-ignore lint/suspicious/noConsole: a bench prints its figures once, beside vitest's table.
  console.info(
    [
      '',
      `raw XState:     ${perSecond('raw')} events/s over ${events.raw.toLocaleString('en')} events (${rawStore.size.toLocaleString('en')} instances), snapshot ${average(rawBytes)} B`,
      `yizhan runtime: ${perSecond('yizhan')} events/s over ${events.yizhan.toLocaleString('en')} events (${instances.length.toLocaleString('en')} instances), instance row ${average(snapshotBytes.slice(-4))} B (final), ${average(snapshotBytes)} B (mean)`,
      `bpmn-engine:    ${perSecond('bpmn')} events/s over ${events.bpmn.toLocaleString('en')} events, state ${average(bpmnBytes)} B`,
      `heap used: ${((heap.raw - heap.before) / 2 ** 20).toFixed(1)} MiB after raw XState; ${((heap.yizhan - heap.raw) / 2 ** 20).toFixed(1)} MiB more after the yizhan runtime (store with every row, history, tasks)`,
      `budget: yizhan ≥ ½ raw XState → ${timing.yizhan && timing.raw ? (events.yizhan / timing.yizhan / (events.raw / timing.raw)).toFixed(2) : '?'} of raw (all batches), ${(median(batches.raw) / median(batches.yizhan)).toFixed(2)} (median batch); ≥ 10× bpmn-engine → ${(events.yizhan / timing.yizhan / (events.bpmn / timing.bpmn)).toFixed(1)}×`,
    ].join('\n'),
  );
});
