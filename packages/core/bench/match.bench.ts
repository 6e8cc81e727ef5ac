// The matching engine beside its baselines, on deterministic demo data (seeded PRNG):
// 1. rankCandidates over 100,000 volunteers, beside a naive full scan that checks and
//    scores every volunteer (the same filters and score, no index).
// 2. assignBatch with 2,000 requests and 10,000 volunteers (min-cost flow), beside the
//    greedy assignment of the same candidates; the score gain over greedy is printed.
// 3. The load spread of a simulated month, with and without the load penalty (Gini).
import { bench, describe } from 'vitest';
import { assignBatch, createPool, rankCandidates } from '../src/match';
import { candidatePairs, greedy } from '../src/match/assign';
import { DEFAULT_MATCH_CONFIG } from '../src/match/config';
import { checkVolunteer, partScratch, prepareRequest, scoreVolunteer } from '../src/match/evaluate';
import { generateRequests, generateTeams, generateVolunteers } from '../test/match/generate';
import { simulateMonth } from '../test/match/simulate';

const teams = generateTeams(200, 11);
const bigPool = createPool(generateVolunteers(100_000, 1, teams), teams);
const rankRequests = generateRequests(500, 2, { volunteers: 100_000 });
let next = 0;
const nextRequest = () =>
  rankRequests[next++ % rankRequests.length] as (typeof rankRequests)[number];

/** The naive ranking: every volunteer through the filters, every eligible one scored, top 10 kept. */
function fullScan(request: (typeof rankRequests)[number]): number[] {
  const ctx = prepareRequest(request, bigPool, DEFAULT_MATCH_CONFIG);
  // The engine's own scratch for part values, so the score code sees one kind of object.
  const values = partScratch();
  const scores: number[] = [];
  for (let v = 0; v < bigPool.volunteers.length; v += 1) {
    if (checkVolunteer(ctx, v) === 0) scores.push(scoreVolunteer(ctx, v, values));
  }
  return scores.sort((a, b) => b - a).slice(0, 10);
}

// vitest's table has no median: each timed call's wall time is also kept (warm-up calls
// are dropped when the run starts), and p50/p99 of both are printed after the second. On a
// shared machine the wall time's tail is mostly waiting for a core, so the CPU time of the
// process during each call (process.cpuUsage) is printed too.
interface Times {
  readonly wall: number[];
  readonly cpu: number[];
  /**
   * Calls during which the heap shrank: a collection ran inside them (mostly young-generation
   * scavenges, each a pause of the call). Read outside the timed part of the call.
   */
  collections: number;
}
const times = {
  baseline: { wall: [], cpu: [], collections: 0 } as Times,
  ranking: { wall: [], cpu: [], collections: 0 } as Times,
};
const timed = (into: Times, run: () => unknown) => () => {
  const heap = process.memoryUsage().heapUsed;
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  into.wall.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  into.cpu.push((used.user + used.system) / 1000);
  if (process.memoryUsage().heapUsed < heap) into.collections += 1;
};
const dropWarmUp = (into: Times) => (_task: unknown, mode: 'warmup' | 'run') => {
  if (mode !== 'run') return;
  into.wall.length = 0;
  into.cpu.length = 0;
  into.collections = 0;
};
const percentiles = (all: readonly number[]) => {
  const sorted = [...all].sort((a, b) => a - b);
  const at = (p: number) =>
    (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN).toFixed(2);
  return `p50 ${at(0.5)} ms, p99 ${at(0.99)} ms`;
};
const line = (name: string, { wall, cpu, collections }: Times) =>
  `  ${name} (${wall.length} calls): wall ${percentiles(wall)}; CPU ${percentiles(cpu)}; ${collections} with a collection`;

describe('rankCandidates, 100,000 volunteers, top 10 with explanations', () => {
  bench(
    'baseline: full scan, filters and score for every volunteer',
    timed(times.baseline, () => fullScan(nextRequest())),
    { setup: dropWarmUp(times.baseline) },
  );
  bench(
    'rankCandidates (indexes)',
    timed(times.ranking, () => rankCandidates(nextRequest(), bigPool)),
    {
      setup: dropWarmUp(times.ranking),
      teardown: (_task, mode) => {
        if (mode !== 'run') return;
        // biome-ignore lint/suspicious/noConsole: a benchmark prints its figures
        console.log(
          [
            'rankCandidates, 100,000 volunteers, time per call:',
            line('baseline full scan', times.baseline),
            line('rankCandidates', times.ranking),
          ].join('\n'),
        );
      },
    },
  );
});

const batchPool = createPool(generateVolunteers(10_000, 5, teams.slice(0, 40)), teams.slice(0, 40));
const batch = generateRequests(2_000, 6, { days: 7 });
const once = assignBatch(batch, batchPool);
const simulation = {
  withPenalty: simulateMonth(DEFAULT_MATCH_CONFIG),
  withoutPenalty: simulateMonth({
    ...DEFAULT_MATCH_CONFIG,
    weights: { ...DEFAULT_MATCH_CONFIG.weights, load: 0, recent: 0 },
  }),
};
// biome-ignore lint/suspicious/noConsole: a benchmark prints its figures
console.log(
  [
    `assignBatch: ${batch.length} requests, ${batchPool.volunteers.length} volunteers, ${once.stats.pairs} candidate pairs`,
    `  optimal total ${once.totalScore.toFixed(3)} (${once.filled} places), greedy ${once.greedy.totalScore.toFixed(3)} (${once.greedy.filled} places), gain ${once.gain.toFixed(3)} (+${((once.gain / once.greedy.totalScore) * 100).toFixed(2)} %)`,
    `  double bookings (overlapping requests, same volunteer): ${once.doubleBookings.length}`,
    `simulated month: Gini of assignments per volunteer ${simulation.withPenalty.gini.toFixed(3)} with the load penalty, ${simulation.withoutPenalty.gini.toFixed(3)} without`,
    `  busiest volunteer ${simulation.withPenalty.max} vs ${simulation.withoutPenalty.max} assignments; volunteers used ${simulation.withPenalty.used} vs ${simulation.withoutPenalty.used}`,
  ].join('\n'),
);

describe('assignBatch, 2,000 requests, 10,000 volunteers', () => {
  bench(
    'baseline: greedy (requests in order, best remaining candidates)',
    () => {
      const pairs = batch.map((request) =>
        candidatePairs(request, batchPool, DEFAULT_MATCH_CONFIG),
      );
      greedy(batch, pairs, batchPool, DEFAULT_MATCH_CONFIG);
    },
    { iterations: 5, time: 0 },
  );
  bench(
    'assignBatch (min-cost flow, and greedy beside it)',
    () => {
      assignBatch(batch, batchPool);
    },
    { iterations: 5, time: 0 },
  );
});
