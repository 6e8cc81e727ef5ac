// The flow runtime over the SQLite store, every event committed before it is answered:
// request → match → serve → evaluate (the flow benchmark's fixture, four events per
// instance), beside the memory store as the baseline. "One at a time" is the flow
// benchmark's loop; "50 at a time" runs 50 instances side by side, as a server with many
// users does, so that concurrent commits share one fsync (group commit). The store writes
// through its writer thread by default; the other SQLite lines write on the calling thread
// (`writerThread: false`), the baseline the thread is compared with.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore, createRuntime, parseFlow, type Store } from '@yizhan/core/flow';
import { benchFlowDefinition, runBenchInstance } from '@yizhan/core/testing';
import { afterAll, bench, describe } from 'vitest';
import { bundleWriterThread } from '../../../scripts/bundle-for-node.mjs';
import { openSqliteStore, type SqliteStore } from '../src';

const BATCH = 500;
const ITERATIONS = 4;
const LANES = 50;
const MANY_LANES = 200;

const parsed = parseFlow(benchFlowDefinition);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const definition = parsed.value;
const folder = mkdtempSync(join(tmpdir(), 'yizhan-sqlite-bench-'));
// The bench runs the store from its sources: build its writer thread as `dist/` has it.
const threadScript = await bundleWriterThread(folder);
const stores: SqliteStore[] = [];

interface Tally {
  events: number;
  ms: number;
}
const tallies = new Map<string, Tally>();

/** A runtime over `store`, with a fixed clock and ids unique to the store. */
function runtimeOver(name: string, store: Store) {
  let counter = 0;
  return createRuntime({
    store,
    definitions: [definition],
    clock: () => new Date('2026-12-01T08:00:00.000Z'),
    createId: () => `${name}-${++counter}`,
  });
}

/** A bench body that runs BATCH instances, `lanes` at a time, and tallies events per second. */
function batchOf(name: string, store: Store, lanes: number) {
  const runtime = runtimeOver(name, store);
  tallies.set(name, { events: 0, ms: 0 });
  return async () => {
    const started = performance.now();
    let left = BATCH;
    let events = 0;
    await Promise.all(
      Array.from({ length: lanes }, async () => {
        while (left > 0) {
          left -= 1;
          const sent = await runBenchInstance(runtime);
          events += sent;
        }
      }),
    );
    const tally = tallies.get(name) as Tally;
    tally.ms += performance.now() - started;
    tally.events += events;
  };
}

/** A store on a new file; by default written on the calling thread, `thread` through the writer thread. */
function sqlite(file: string, synchronous: 'full' | 'normal', thread = false): SqliteStore {
  const store = openSqliteStore({
    file: join(folder, file),
    synchronous,
    writerThread: thread ? threadScript : false,
  });
  stores.push(store);
  return store;
}

const options = { iterations: ITERATIONS, time: 0, warmupIterations: 0 };

describe(`runtime over SQLite: ${BATCH} instances × 4 events per iteration`, () => {
  bench(
    'baseline: memory store, one at a time',
    batchOf('memory', createMemoryStore(), 1),
    options,
  );
  bench(
    'baseline: memory store, 50 at a time',
    batchOf('memory-50', createMemoryStore(), LANES),
    options,
  );
  bench(
    'baseline: memory store, 200 at a time',
    batchOf('memory-200', createMemoryStore(), MANY_LANES),
    options,
  );
  bench(
    'sqlite, synchronous=full (fsync per commit), one at a time',
    batchOf('full', sqlite('full.db', 'full'), 1),
    { ...options, iterations: 2 },
  );
  bench(
    'sqlite, synchronous=full, 50 at a time (group commit)',
    batchOf('full-50', sqlite('full-50.db', 'full'), LANES),
    options,
  );
  bench(
    'sqlite, synchronous=full, 200 at a time (group commit), on the calling thread',
    batchOf('full-200', sqlite('full-200.db', 'full'), MANY_LANES),
    options,
  );
  bench(
    'sqlite, synchronous=full, 200 at a time (group commit), writer thread (the default)',
    batchOf('thread-200', sqlite('thread-200.db', 'full', true), MANY_LANES),
    options,
  );
  bench(
    'sqlite, synchronous=normal (no fsync; survives a process crash), one at a time',
    batchOf('normal', sqlite('normal.db', 'normal'), 1),
    options,
  );
});

afterAll(async () => {
  const lines = [...tallies].map(
    ([name, tally]) =>
      `${name.padEnd(10)} ${Math.round((tally.events / tally.ms) * 1000).toLocaleString('en')} events/s over ${tally.events.toLocaleString('en')} events`,
  );
  for (const store of stores) await store.close();
  const size = statSync(join(folder, 'full-50.db')).size;
  rmSync(folder, { recursive: true, force: true });
  // biome-ignore lint/suspicious/noConsole: a bench prints its figures once, beside vitest's table.
  console.info(
    ['', ...lines, `file size after full-50: ${(size / 2 ** 20).toFixed(1)} MiB`].join('\n'),
  );
});
