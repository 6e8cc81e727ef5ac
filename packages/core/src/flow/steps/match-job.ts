import { DEFAULT_LOCALE } from '../../i18n/locale';
import { type MatchConfig, matchConfigSchema } from '../../match/config';
import { parseTeams, parseVolunteers } from '../../match/parse';
import { createPool, isPool, type Pool } from '../../match/pool';
import { rankCandidates } from '../../match/rank';
import type { MatchRequest } from '../../match/schema';
import type { FlowHooks, JobInput } from '../step-type';
import {
  buildMatchRequest,
  type MatchRanking,
  type MatchRequestSource,
  type StoredIssue,
  storedIssue,
  storeIssue,
} from './match-ranking';
import { failedSuggestions, type MatchSuggestions, toSuggestions } from './match-suggestions';

/** Volunteer and team records (as `parseVolunteers` and `parseTeams` read them) to rank. */
export interface VolunteerRecords {
  readonly volunteers: readonly unknown[];
  readonly teams?: readonly unknown[];
}

/**
 * The host hook a `match` step with a `ranking` calls for the volunteers to rank: records
 * (checked and indexed for this one ranking), or a {@link Pool} the host built with
 * `createPool` and keeps (cheaper for thousands of volunteers). It gets the request built
 * from the instance's data, so it may load only the volunteers near `request.place`.
 * Jobs run at least once: return the same volunteers for the same instance and the step
 * makes the same choice.
 *
 * @example
 * createRuntime({ store, definitions, hooks: { volunteers: async (_input, request) => ({ volunteers: await db.volunteersOf(request.place.community) }) } });
 */
export type VolunteersHook = (
  input: JobInput,
  request: MatchRequest,
) => Promise<Pool | VolunteerRecords> | Pool | VolunteerRecords;

/** A step's ranking made ready once per compiled flow: the request source and the full configuration. */
export interface PreparedRanking {
  readonly source: MatchRequestSource;
  readonly config: MatchConfig;
}

/** Splits a step's `ranking` into the request source and the engine's configuration (defaults filled in). */
export function prepareRanking(ranking: MatchRanking): PreparedRanking {
  const { request, ...config } = ranking;
  return { source: request, config: matchConfigSchema.parse(config) };
}

function poolOf(source: Pool | VolunteerRecords): Pool | StoredIssue[] {
  if (isPool(source)) return source;
  const volunteers = parseVolunteers(source.volunteers);
  const teams = parseTeams(source.teams ?? []);
  const issues = [
    ...(volunteers.ok ? [] : volunteers.issues.map((issue) => storeIssue(issue, ['volunteers']))),
    ...(teams.ok ? [] : teams.issues.map((issue) => storeIssue(issue, ['teams']))),
  ];
  if (!volunteers.ok || !teams.ok) return issues;
  return createPool(volunteers.value, teams.value);
}

/**
 * Ranks the volunteers the host's `volunteers` hook gives for the request built from the
 * instance's data. `undefined` when the host gave no such hook (the step then asks the
 * older `candidates` hook, if any). Deterministic for the same data and volunteers, so a
 * job that runs again gives the same suggestions.
 */
export async function rankForStep(
  ranking: PreparedRanking,
  input: JobInput,
  hooks: FlowHooks,
  atLeast: number,
): Promise<MatchSuggestions | undefined> {
  const hook = hooks.volunteers as VolunteersHook | undefined;
  if (hook === undefined) return undefined;
  const built = buildMatchRequest(ranking.source, input.data, input.instanceId);
  if (!built.ok) return failedSuggestions(input.instanceId, built.issues);
  const pool = poolOf(await hook(input, built.value));
  if (Array.isArray(pool)) return failedSuggestions(input.instanceId, pool);
  const topK = Math.max(ranking.config.topK, atLeast);
  const result = rankCandidates(built.value, pool, ranking.config, {
    locale: DEFAULT_LOCALE,
    topK,
  });
  return toSuggestions(result, DEFAULT_LOCALE);
}

/** Suggestions that say the host gave no source of volunteers. */
export function noPoolSuggestions(requestId: string): MatchSuggestions {
  return failedSuggestions(requestId, [storedIssue('pool_missing', '', {})]);
}
