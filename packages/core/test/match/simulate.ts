// A month of micro-wishes assigned day by day (seeded, deterministic): how evenly the
// work spreads over the volunteers, with and without the load-balance parts of the score.
import {
  assignBatch,
  createPool,
  type MatchConfig,
  type MatchRequest,
  type Volunteer,
} from '../../src/match';
import { generateRequests, generateVolunteers, MONTH_START } from './generate';

/** Gini coefficient of non-negative counts: 0 when all are equal, near 1 when one has all. */
export function gini(counts: readonly number[]): number {
  const sorted = [...counts].sort((a, b) => a - b);
  const total = sorted.reduce((sum, x) => sum + x, 0);
  if (total === 0) return 0;
  let weighted = 0;
  sorted.forEach((x, i) => {
    weighted += (2 * (i + 1) - sorted.length - 1) * x;
  });
  return weighted / (sorted.length * total);
}

/** The outcome of {@link simulateMonth}. */
export interface Simulation {
  readonly gini: number;
  /** Assignments of the busiest volunteer, and how many volunteers served at least once. */
  readonly max: number;
  readonly used: number;
  readonly assignments: number;
  readonly perVolunteer: readonly number[];
}

const DAY_MS = 86_400_000;

/**
 * 400 volunteers, 30 days, 25 requests a day: each morning the day's requests are
 * assigned with {@link assignBatch}; assignments count as load until the service ends and
 * as recent work afterwards.
 */
export function simulateMonth(config: MatchConfig, seed = 7): Simulation {
  const volunteers: Volunteer[] = generateVolunteers(400, seed).map((volunteer) => ({
    ...volunteer,
    currentLoad: 0,
    assignedAt: [],
  }));
  const requests = generateRequests(750, seed + 1, { days: 30, volunteers: 400 });
  const byDay = new Map<number, MatchRequest[]>();
  for (const request of requests) {
    const day = Math.floor((Date.parse(request.window.start) - MONTH_START) / DAY_MS);
    byDay.set(day, [...(byDay.get(day) ?? []), request]);
  }
  const history = new Map<string, { at: number; until: number }[]>();
  for (let day = 0; day < 30; day += 1) {
    const now = MONTH_START + day * DAY_MS;
    const today = volunteers.map((volunteer) => {
      const past = history.get(volunteer.id) ?? [];
      return {
        ...volunteer,
        currentLoad: past.filter((entry) => entry.until > now).length,
        assignedAt: past.map((entry) => new Date(entry.at).toISOString()),
      };
    });
    const todays = byDay.get(day) ?? [];
    const result = assignBatch(todays, createPool(today), config);
    const windows = new Map(todays.map((request) => [request.id, request.window]));
    for (const assignment of result.assignments) {
      const until = Date.parse(windows.get(assignment.requestId)?.end ?? '');
      history.set(assignment.id, [...(history.get(assignment.id) ?? []), { at: now, until }]);
    }
  }
  const perVolunteer = volunteers.map((volunteer) => history.get(volunteer.id)?.length ?? 0);
  return {
    gini: gini(perVolunteer),
    max: Math.max(...perVolunteer),
    used: perVolunteer.filter((count) => count > 0).length,
    assignments: perVolunteer.reduce((sum, count) => sum + count, 0),
    perVolunteer,
  };
}
