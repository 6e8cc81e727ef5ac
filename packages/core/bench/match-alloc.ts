// How much a ranking allocates, and how often the young generation is collected because of
// it: each collection pauses the ranking it falls in (docs/matching.md, Allocation).
// Not a vitest bench (vitest's own work allocates in the same heap): bundle it and run it
// with the collector exposed, for example
//
//   node_modules/.bin/esbuild packages/core/bench/match-alloc.ts --bundle --platform=node \
//     --format=esm --outfile=/tmp/match-alloc.mjs
//   node --expose-gc --min-semi-space-size=64 --max-semi-space-size=64 /tmp/match-alloc.mjs
//
// (a 64 MB young generation, so no scavenge falls inside a measured batch; batches with
// one are dropped anyway). Then run it again without the semi-space flags: the scavenges
// per 1,000 rankings and the wall and CPU time per call are those of Node's defaults.
// Same data as match.bench.ts: 100,000 volunteers, 200 teams, 500 requests, top 10.
import { PerformanceObserver } from 'node:perf_hooks';
import { createPool, rankCandidates } from '../src/match';
import { generateRequests, generateTeams, generateVolunteers } from '../test/match/generate';

const teams = generateTeams(200, 11);
const pool = createPool(generateVolunteers(100_000, 1, teams), teams);
const requests = generateRequests(500, 2, { volunteers: 100_000 });
const gc = (globalThis as { gc?: () => void }).gc;

let collections = 0;
new PerformanceObserver((list) => {
  collections += list.getEntries().length;
}).observe({ entryTypes: ['gc'] });
/** Lets the observer's callback run: it reports collections asynchronously. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

type Use = 'none' | 'json';
/** Ranks request `i`; with `json`, reads every text as the flow step or a console would. */
function rank(i: number, use: Use): number {
  const ranking = rankCandidates(requests[i % requests.length] as (typeof requests)[number], pool);
  return use === 'json' ? JSON.stringify(ranking).length : ranking.candidates.length;
}

/**
 * Bytes allocated per ranking: the median over batches with no collection inside. The
 * first rankings after a collection are left out of each batch: the heap's figure grows
 * by a few hundred KB then whatever they allocate (new-space pages coming into use).
 */
async function bytesPerRanking(use: Use): Promise<{ bytes: number; batches: number }> {
  const perBatch: number[] = [];
  const size = 100;
  let sink = 0;
  for (let batch = 0; batch < 20; batch += 1) {
    gc?.();
    await settle();
    const before = collections;
    for (let i = 0; i < 5; i += 1) sink += rank(batch * size + i + 250, use);
    const heap = process.memoryUsage().heapUsed;
    for (let i = 0; i < size; i += 1) sink += rank(batch * size + i, use);
    const after = process.memoryUsage().heapUsed;
    await settle();
    if (collections === before) perBatch.push((after - heap) / size);
  }
  if (sink < 0) throw new Error('unreachable');
  perBatch.sort((a, b) => a - b);
  return {
    bytes: perBatch[Math.floor(perBatch.length / 2)] ?? Number.NaN,
    batches: perBatch.length,
  };
}

const at = (sorted: readonly number[], p: number) =>
  (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN).toFixed(2);

/** Wall and CPU time per call over `rounds` passes of the requests, and collections per 1,000. */
async function timing(use: Use, rounds: number): Promise<string> {
  const wall: number[] = [];
  const cpu: number[] = [];
  gc?.();
  await settle();
  const before = collections;
  let sink = 0;
  for (let i = 0; i < rounds * requests.length; i += 1) {
    const used = process.cpuUsage();
    const start = performance.now();
    sink += rank(i, use);
    wall.push(performance.now() - start);
    const spent = process.cpuUsage(used);
    cpu.push((spent.user + spent.system) / 1000);
  }
  await settle();
  if (sink < 0) throw new Error('unreachable');
  const perThousand = ((collections - before) / wall.length) * 1000;
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return `wall p50 ${at(wall, 0.5)} / p99 ${at(wall, 0.99)} ms, CPU p50 ${at(cpu, 0.5)} / p99 ${at(cpu, 0.99)} ms, ${perThousand.toFixed(1)} collections per 1,000 rankings (${wall.length} calls)`;
}

for (let i = 0; i < 2 * requests.length; i += 1) rank(i, i % 2 === 0 ? 'none' : 'json');
const lines = ['rankCandidates, 100,000 volunteers, top 10 and 10 near misses:'];
for (const use of ['none', 'json'] as const) {
  const label = use === 'none' ? 'result not read' : 'JSON.stringify of the result';
  const { bytes, batches } = await bytesPerRanking(use);
  lines.push(
    `  ${label}: ${(bytes / 1024).toFixed(1)} KB per ranking (median of ${batches} batches of 100)`,
  );
  lines.push(`    ${await timing(use, 4)}`);
}
// biome-ignore lint/suspicious/noConsole: a benchmark prints its figures
console.log(lines.join('\n'));
