import { settleDistance } from './bound';
import { DEFAULT_MATCH_CONFIG, type MatchConfig } from './config';
import { partScratch, prepareRequest, scoreVolunteer, screenVolunteer } from './evaluate';
import type { CandidateKind } from './explain';
import { MinCostFlow } from './min-cost-flow';
import type { Pool } from './pool';
import type { MatchRequest } from './schema';
import { forEachCandidate } from './sources';
import { scoreTeam, teamScoring, teamVerdict } from './team';
import { parseDateTime } from './time';

/** One volunteer or team proposed for one request, with its score for that request. */
export interface Assignment {
  readonly requestId: string;
  readonly kind: CandidateKind;
  readonly id: string;
  /** The candidate's score for the request at its load before this batch. */
  readonly score: number;
}

/** An assignment of a batch: who serves whom, what stays open, and the total score. */
export interface BatchAssignment {
  readonly assignments: readonly Assignment[];
  /** Requests with places left open, and how many. */
  readonly unfilled: readonly { readonly requestId: string; readonly missing: number }[];
  /** How many places were filled. */
  readonly filled: number;
  /**
   * The objective: the sum of the assignments' scores, less the load-balance part of every
   * extra assignment the batch gives one volunteer (the j-th extra one, counting from 0,
   * costs `weights.load × j / maxLoad`: the load part the volunteer would lose).
   */
  readonly totalScore: number;
}

/** A volunteer or team given requests whose time windows overlap: the coordinator must choose. */
export interface DoubleBooking {
  readonly kind: CandidateKind;
  readonly id: string;
  readonly requestIds: readonly string[];
}

/** The outcome of {@link assignBatch}: the optimal assignment and the greedy one beside it. */
export interface BatchResult extends BatchAssignment {
  /** Requests in order, each taking its best remaining candidates: the baseline. */
  readonly greedy: BatchAssignment;
  /** `totalScore - greedy.totalScore`: never negative, up to floating-point rounding. */
  readonly gain: number;
  /** Overlapping requests given to the same volunteer or team by the optimal assignment. */
  readonly doubleBookings: readonly DoubleBooking[];
  /** Size of the problem after the filters: requests, candidate pairs, volunteers and teams involved. */
  readonly stats: { readonly requests: number; readonly pairs: number; readonly units: number };
}

/** A request's eligible candidates after the filters: unit numbers (volunteers, then teams) and scores. */
interface Pairs {
  readonly units: number[];
  readonly scores: number[];
}

export function candidatePairs(request: MatchRequest, pool: Pool, config: MatchConfig): Pairs {
  const ctx = prepareRequest(request, pool, config);
  const values = partScratch();
  const units: number[] = [];
  const scores: number[] = [];
  const add = (unit: number, score: number) => {
    // A pair that scores nothing can only lower the total: it is never proposed.
    if (score <= 0) return;
    units.push(unit);
    scores.push(score);
  };
  forEachCandidate(ctx, (v) => {
    if (screenVolunteer(ctx, v) !== 0) return;
    settleDistance(ctx, v);
    add(v, scoreVolunteer(ctx, v, values));
  });
  if (request.teamAllowed) {
    const n = pool.volunteers.length;
    const scoring = teamScoring();
    pool.teams.forEach((_, t) => {
      if (teamVerdict(ctx, t, scoring) === 0) add(n + t, scoreTeam(ctx, t, scoring, values));
    });
  }
  return { units, scores };
}

/** Load limit and open places of a unit (volunteer or team) at the start of the batch. */
function unitLoad(pool: Pool, unit: number): { maxLoad: number; free: number } {
  const n = pool.volunteers.length;
  if (unit < n) {
    const maxLoad = pool.index.maxLoad[unit] as number;
    return { maxLoad, free: maxLoad - (pool.index.currentLoad[unit] as number) };
  }
  const team = pool.teams[unit - n];
  return { maxLoad: team?.maxLoad ?? 0, free: (team?.maxLoad ?? 0) - (team?.currentLoad ?? 0) };
}

function unitIdentity(pool: Pool, unit: number): { kind: CandidateKind; id: string } {
  const n = pool.volunteers.length;
  return unit < n
    ? { kind: 'volunteer', id: pool.volunteers[unit]?.id ?? '' }
    : { kind: 'team', id: pool.teams[unit - n]?.id ?? '' };
}

/** The cost of giving a unit its `j`-th extra assignment of the batch (j from 0). */
const extraCost = (config: MatchConfig, maxLoad: number, j: number): number =>
  (config.weights.load * j) / maxLoad;

function summarize(
  requests: readonly MatchRequest[],
  chosen: readonly (readonly [number, number])[][],
  pool: Pool,
  config: MatchConfig,
): BatchAssignment {
  const assignments: Assignment[] = [];
  const unfilled: { requestId: string; missing: number }[] = [];
  const counts = new Map<number, number>();
  let total = 0;
  let filled = 0;
  requests.forEach((request, r) => {
    const picks = chosen[r] ?? [];
    for (const [unit, score] of picks) {
      assignments.push({ requestId: request.id, ...unitIdentity(pool, unit), score });
      const j = counts.get(unit) ?? 0;
      total += score - extraCost(config, unitLoad(pool, unit).maxLoad, j);
      counts.set(unit, j + 1);
    }
    filled += picks.length;
    if (picks.length < request.volunteersNeeded) {
      unfilled.push({ requestId: request.id, missing: request.volunteersNeeded - picks.length });
    }
  });
  return { assignments, unfilled, filled, totalScore: total };
}

export function greedy(
  requests: readonly MatchRequest[],
  pairs: readonly Pairs[],
  pool: Pool,
  config: MatchConfig,
): [number, number][][] {
  const used = new Map<number, number>();
  return requests.map((request, r) => {
    const { units, scores } = pairs[r] as Pairs;
    const marginal = units.map((unit, i) => {
      const j = used.get(unit) ?? 0;
      const load = unitLoad(pool, unit);
      return j >= load.free
        ? Number.NEGATIVE_INFINITY
        : (scores[i] as number) - extraCost(config, load.maxLoad, j);
    });
    const order = units
      .map((_, i) => i)
      .sort((a, b) => (marginal[b] as number) - (marginal[a] as number) || a - b);
    const picks: [number, number][] = [];
    for (const i of order.slice(0, request.volunteersNeeded)) {
      if (!((marginal[i] as number) > 0)) break;
      const unit = units[i] as number;
      used.set(unit, (used.get(unit) ?? 0) + 1);
      picks.push([unit, scores[i] as number]);
    }
    return picks;
  });
}

export function optimal(
  requests: readonly MatchRequest[],
  pairs: readonly Pairs[],
  pool: Pool,
  config: MatchConfig,
): { chosen: [number, number][][]; units: number } {
  // Nodes: requests 0…R-1, then each volunteer or team that is a candidate somewhere, then the sink.
  const nodeOf = new Map<number, number>();
  const R = requests.length;
  let edgeCount = 0;
  for (const { units } of pairs) {
    for (const unit of units) if (!nodeOf.has(unit)) nodeOf.set(unit, R + nodeOf.size);
    edgeCount += units.length + 1;
  }
  const sink = R + nodeOf.size;
  const flow = new MinCostFlow(sink + 1, edgeCount + nodeOf.size * 2);
  const pairEdges = pairs.map(({ units, scores }, r) => {
    // Leaving a place open costs 0; taking a candidate earns its score (a negative cost).
    flow.addEdge(r, sink, (requests[r] as MatchRequest).volunteersNeeded, 0);
    return units.map((unit, i) =>
      flow.addEdge(r, nodeOf.get(unit) as number, 1, -(scores[i] as number)),
    );
  });
  const demand = new Map<number, number>();
  for (const { units } of pairs)
    for (const unit of units) demand.set(unit, (demand.get(unit) ?? 0) + 1);
  for (const [unit, node] of nodeOf) {
    const load = unitLoad(pool, unit);
    // One edge per extra assignment, each dearer than the last: a convex cost flow respects.
    const slots = Math.min(load.free, demand.get(unit) ?? 0);
    for (let j = 0; j < slots; j += 1)
      flow.addEdge(node, sink, 1, extraCost(config, load.maxLoad, j));
  }
  flow.initPotentials();
  requests.forEach((request, r) => {
    let left = request.volunteersNeeded;
    while (left > 0) {
      const { units } = flow.augmentFrom(r, sink, left);
      if (units === 0) break;
      left -= units;
    }
  });
  const chosen = pairs.map(({ units, scores }, r) =>
    units.flatMap((unit, i): [number, number][] =>
      flow.flowOn((pairEdges[r] as number[])[i] as number) > 0 ? [[unit, scores[i] as number]] : [],
    ),
  );
  return { chosen, units: nodeOf.size };
}

function doubleBookings(
  requests: readonly MatchRequest[],
  result: BatchAssignment,
): DoubleBooking[] {
  const byRequest = new Map(requests.map((request) => [request.id, request]));
  const byUnit = new Map<string, Assignment[]>();
  for (const assignment of result.assignments) {
    const key = `${assignment.kind}:${assignment.id}`;
    byUnit.set(key, [...(byUnit.get(key) ?? []), assignment]);
  }
  const found: DoubleBooking[] = [];
  for (const list of byUnit.values()) {
    if (list.length < 2) continue;
    const windows = list.map((a) => {
      const window = byRequest.get(a.requestId)?.window;
      return {
        id: a.requestId,
        start: parseDateTime(window?.start ?? ''),
        end: parseDateTime(window?.end ?? ''),
      };
    });
    const clashing = windows.filter((a) =>
      windows.some((b) => a !== b && a.start < b.end && b.start < a.end),
    );
    const first = list[0] as Assignment;
    if (clashing.length > 0)
      found.push({ kind: first.kind, id: first.id, requestIds: clashing.map((w) => w.id) });
  }
  return found;
}

/**
 * Proposes volunteers (and teams) for a batch of requests: the assignment with the highest
 * total score such that each request gets at most the places it needs and each volunteer
 * at most their free load, found exactly as a min-cost flow (requests → candidates → sink,
 * with rising costs for a volunteer's extra assignments so the batch spreads the load).
 * The greedy assignment (requests in order, each taking its best remaining candidates) is
 * returned beside it for comparison. Pure: the pool is not changed.
 *
 * @example
 * const result = assignBatch(openWishes, pool, config);
 * result.totalScore >= result.greedy.totalScore; // true
 */
export function assignBatch(
  requests: readonly MatchRequest[],
  pool: Pool,
  config: MatchConfig = DEFAULT_MATCH_CONFIG,
): BatchResult {
  const pairs = requests.map((request) => candidatePairs(request, pool, config));
  const best = optimal(requests, pairs, pool, config);
  const result = summarize(requests, best.chosen, pool, config);
  const baseline = summarize(requests, greedy(requests, pairs, pool, config), pool, config);
  return {
    ...result,
    greedy: baseline,
    gain: result.totalScore - baseline.totalScore,
    doubleBookings: doubleBookings(requests, result),
    stats: {
      requests: requests.length,
      pairs: pairs.reduce((sum, { units }) => sum + units.length, 0),
      units: best.units,
    },
  };
}
