import type { Ledger } from '../hours/ledger';
import { type CountingRule, hoursByVolunteer } from '../hours/ledger-view';
import { starLevel } from '../hours/star-level';
import {
  DEFAULT_PERSONAL_DATA_POLICY,
  disclose,
  type PersonalDataPolicy,
  type Viewer,
} from '../records/personal-data';
import { ancestorsOf, type OrgLevel, type OrgTree, subtreeOf } from './org-tree';

/** What the statistics count, each placed on a node of the tree (usually a station). */
export interface OrgData {
  readonly volunteers: readonly {
    readonly id: string;
    readonly name: string;
    readonly orgId: string;
    readonly teamId?: string;
  }[];
  readonly teams: readonly { readonly id: string; readonly name: string; readonly orgId: string }[];
  readonly projects: readonly { readonly id: string; readonly orgId: string }[];
  /** Requests (micro-wishes, needs) with their state: open, matched, served, rejected, … */
  readonly requests: readonly {
    readonly id: string;
    readonly orgId: string;
    readonly state: string;
  }[];
  readonly ledger: Ledger;
}

/** The figures of one node, its own and everything below it together. */
export interface OrgStatistics {
  readonly id: string;
  readonly name: string;
  readonly level: OrgLevel;
  readonly volunteers: number;
  readonly teams: number;
  readonly projects: number;
  /** Requests by state, states in alphabetical order. */
  readonly requests: Readonly<Record<string, number>>;
  /** Counted hours of the node's volunteers, two decimals. */
  readonly hours: number;
}

/** Records whose `orgId` is not in the tree: counted nowhere, listed so they can be fixed. */
export interface Unplaced {
  readonly volunteers: readonly string[];
  readonly teams: readonly string[];
  readonly projects: readonly string[];
  readonly requests: readonly string[];
}

/**
 * Statistics for every node of the tree (district → street → community → station), each
 * node's figures including everything below it, in tree order (depth first), with the
 * records placed on unknown nodes listed apart. Hours are counted hours at `rule.now`,
 * credited to the node of the volunteer who served them.
 */
export function orgStatistics(
  tree: OrgTree,
  data: OrgData,
  rule: CountingRule,
): { nodes: OrgStatistics[]; unplaced: Unplaced } {
  type Tally = {
    volunteers: number;
    teams: number;
    projects: number;
    requests: Map<string, number>;
    hundredths: number;
  };
  const tallies = new Map<string, Tally>();
  for (const id of tree.nodes.keys())
    tallies.set(id, { volunteers: 0, teams: 0, projects: 0, requests: new Map(), hundredths: 0 });
  const unplaced = {
    volunteers: [] as string[],
    teams: [] as string[],
    projects: [] as string[],
    requests: [] as string[],
  };
  // Each record counts on its own node and on every node above it.
  const credit = (orgId: string, add: (tally: Tally) => void): boolean => {
    const path = ancestorsOf(tree, orgId);
    for (const id of path) add(tallies.get(id) as Tally);
    return path.length > 0;
  };
  const hours = hoursByVolunteer(data.ledger, rule);
  for (const volunteer of data.volunteers) {
    const served = Math.round((hours.get(volunteer.id) ?? 0) * 100);
    if (
      !credit(volunteer.orgId, (t) => {
        t.volunteers += 1;
        t.hundredths += served;
      })
    )
      unplaced.volunteers.push(volunteer.id);
  }
  for (const team of data.teams)
    if (
      !credit(team.orgId, (t) => {
        t.teams += 1;
      })
    )
      unplaced.teams.push(team.id);
  for (const project of data.projects)
    if (
      !credit(project.orgId, (t) => {
        t.projects += 1;
      })
    )
      unplaced.projects.push(project.id);
  for (const request of data.requests)
    if (
      !credit(request.orgId, (t) => {
        t.requests.set(request.state, (t.requests.get(request.state) ?? 0) + 1);
      })
    )
      unplaced.requests.push(request.id);

  const nodes: OrgStatistics[] = [];
  const visit = (id: string) => {
    const node = tree.nodes.get(id);
    const tally = tallies.get(id);
    if (node === undefined || tally === undefined) return;
    nodes.push({
      id,
      name: node.name,
      level: node.level,
      volunteers: tally.volunteers,
      teams: tally.teams,
      projects: tally.projects,
      requests: Object.fromEntries([...tally.requests].sort(([a], [b]) => a.localeCompare(b))),
      hours: tally.hundredths / 100,
    });
    for (const child of tree.children.get(id) ?? []) visit(child);
  };
  for (const root of tree.roots) visit(root);
  return { nodes, unplaced };
}

/** One line of a ranking. Equal hours share a rank (1, 2, 2, 4). */
export interface RankingLine {
  readonly rank: number;
  readonly id: string;
  readonly name: string;
  readonly hours: number;
  /** Star level (volunteers only; teams are not starred). */
  readonly stars?: number;
}

/** Options of {@link rankVolunteers} and {@link rankTeams}. */
export interface RankingOptions {
  readonly rule: CountingRule;
  /** How many lines (default 10); lines tied with the last are kept. */
  readonly limit?: number;
  /** Who sees the ranking: `public` (default) masks volunteer names (张*). */
  readonly viewer?: Viewer;
  readonly policy?: PersonalDataPolicy;
  readonly thresholds?: readonly number[];
}

function ranked<T extends { id: string; name: string; hours: number }>(
  lines: T[],
  limit: number,
): (T & { rank: number })[] {
  const sorted = lines
    .filter((line) => line.hours > 0)
    .sort((a, b) => b.hours - a.hours || a.id.localeCompare(b.id));
  const withRanks: (T & { rank: number })[] = [];
  sorted.forEach((line, index) => {
    const previous = withRanks[index - 1];
    const rank =
      previous !== undefined && previous.hours === line.hours ? previous.rank : index + 1;
    withRanks.push({ ...line, rank });
  });
  // Lines tied with the last one shown are shown too.
  const cutoff = withRanks[limit - 1]?.rank ?? Number.POSITIVE_INFINITY;
  return withRanks.filter((line) => line.rank <= cutoff);
}

/**
 * The volunteers of a node (and below) ranked by counted hours, with their star level.
 * Volunteers with no counted hours are left out.
 */
export function rankVolunteers(
  tree: OrgTree,
  nodeId: string,
  data: OrgData,
  options: RankingOptions,
): RankingLine[] {
  const within = subtreeOf(tree, nodeId);
  const hours = hoursByVolunteer(data.ledger, options.rule);
  const viewer = options.viewer ?? 'public';
  const lines = data.volunteers
    .filter((volunteer) => within.has(volunteer.orgId))
    .map((volunteer) => {
      const served = hours.get(volunteer.id) ?? 0;
      return {
        id: volunteer.id,
        name:
          disclose(
            'name',
            volunteer.name,
            viewer,
            options.policy ?? DEFAULT_PERSONAL_DATA_POLICY,
          ) ?? '',
        hours: served,
        stars: starLevel(served, options.thresholds),
      };
    });
  return ranked(lines, options.limit ?? 10);
}

/** The teams of a node (and below) ranked by their members' counted hours together. */
export function rankTeams(
  tree: OrgTree,
  nodeId: string,
  data: OrgData,
  options: RankingOptions,
): RankingLine[] {
  const within = subtreeOf(tree, nodeId);
  const hours = hoursByVolunteer(data.ledger, options.rule);
  const hundredths = new Map<string, number>();
  for (const volunteer of data.volunteers)
    if (volunteer.teamId !== undefined)
      hundredths.set(
        volunteer.teamId,
        (hundredths.get(volunteer.teamId) ?? 0) + Math.round((hours.get(volunteer.id) ?? 0) * 100),
      );
  const lines = data.teams
    .filter((team) => within.has(team.orgId))
    .map((team) => ({ id: team.id, name: team.name, hours: (hundredths.get(team.id) ?? 0) / 100 }));
  return ranked(lines, options.limit ?? 10);
}
