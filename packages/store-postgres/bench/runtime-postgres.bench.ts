// The flow runtime over the PostgreSQL store, every event committed before it is
// answered: request → match → serve → evaluate (the flow benchmark's fixture, four
// events per instance), beside the memory store as the baseline. The server is a private
// one with PostgreSQL's default durability (fsync on commit), or DATABASE_URL. "50 at a
// time" runs 50 instances side by side over a pool of 20 connections, as a server with
// many users does.
import { createMemoryStore, createRuntime, parseFlow, type Store } from '@yizhan/core/flow';
import { benchFlowDefinition, runBenchInstance } from '@yizhan/core/testing';
import { afterAll, bench, describe } from 'vitest';
import { openPostgresStore, type PostgresStore } from '../src';
import { startTestPostgres } from '../src/testing';

const BATCH = 500;
const ITERATIONS = 2;
const LANES = 50;

const parsed = parseFlow(benchFlowDefinition);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const definition = parsed.value;
const postgres = await startTestPostgres({ durable: true });
const stores: PostgresStore[] = [];
let schemas = 0;

interface Tally {
  events: number;
  ms: number;
}
const tallies = new Map<string, Tally>();

/** A bench body that runs BATCH instances, `lanes` at a time, and tallies events per second. */
function batchOf(name: string, store: () => Promise<Store>, lanes: number) {
  tallies.set(name, { events: 0, ms: 0 });
  let runtime: ReturnType<typeof createRuntime> | undefined;
  let counter = 0;
  return async () => {
    runtime ??= createRuntime({
      store: await store(),
      definitions: [definition],
      clock: () => new Date('2026-12-01T08:00:00.000Z'),
      createId: () => `${name}-${++counter}`,
    });
    const started = performance.now();
    let left = BATCH;
    let events = 0;
    await Promise.all(
      Array.from({ length: lanes }, async () => {
        while (left > 0) {
          left -= 1;
          const sent = await runBenchInstance(runtime as ReturnType<typeof createRuntime>);
          events += sent;
        }
      }),
    );
    const tally = tallies.get(name) as Tally;
    tally.ms += performance.now() - started;
    tally.events += events;
  };
}

async function postgresStore(): Promise<Store> {
  const store = await openPostgresStore({
    connectionString: postgres.url,
    schema: `bench_${process.pid}_${++schemas}`,
    poolSize: 20,
  });
  stores.push(store);
  return store;
}

const options = { iterations: ITERATIONS, time: 0, warmupIterations: 0 };

describe(`runtime over PostgreSQL: ${BATCH} instances × 4 events per iteration`, () => {
  bench(
    'baseline: memory store, one at a time',
    batchOf('memory', async () => createMemoryStore(), 1),
    options,
  );
  bench(
    'baseline: memory store, 50 at a time',
    batchOf('memory-50', async () => createMemoryStore(), LANES),
    options,
  );
  bench('postgres (fsync on commit), one at a time', batchOf('pg', postgresStore, 1), options);
  bench(
    'postgres (fsync on commit), 50 at a time over 20 connections',
    batchOf('pg-50', postgresStore, LANES),
    options,
  );
});

afterAll(async () => {
  const lines = [...tallies].map(
    ([name, tally]) =>
      `${name.padEnd(10)} ${Math.round((tally.events / tally.ms) * 1000).toLocaleString('en')} events/s over ${tally.events.toLocaleString('en')} events`,
  );
  for (const store of stores) await store.close();
  await postgres.stop();
  // biome-ignore lint/suspicious/noConsole: a bench prints its figures once, beside vitest's table.
  console.info(['', ...lines].join('\n'));
});
