import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { scoreBound, settleDistance } from './bound';
import { DEFAULT_MATCH_CONFIG, type MatchConfig } from './config';
import {
  availableMinutes,
  checkVolunteer,
  countBetween,
  FILTERS,
  type FilterName,
  type PartValues,
  partScratch,
  prepareRequest,
  type RequestContext,
  scoreVolunteer,
  screenVolunteer,
  skillLevelFor,
  VERDICT_FILTERS,
} from './evaluate';
import { type Candidate, type Exclusion, explainCandidate, explainExclusion } from './explain';
import type { Pool } from './pool';
import type { MatchRequest } from './schema';
import { type CandidateSource, forEachCandidate } from './sources';
import { checkTeam, scoreTeam, type TeamCheck, teamScoring, teamVerdict } from './team';

/** Options of {@link rankCandidates}. */
export interface RankOptions {
  /** The language of the explanations; zh-CN when not given. */
  readonly locale?: Locale;
  /** How many candidates to return; the configuration's `topK` when not given. */
  readonly topK?: number;
}

/** The outcome of {@link rankCandidates}: the best candidates and the near misses, explained. */
export interface Ranking {
  readonly requestId: string;
  /** The best candidates, highest score first (ties: pool order, volunteers before teams). */
  readonly candidates: readonly Candidate[];
  /**
   * Near misses: volunteers and teams a filter excluded, those that passed the most filters
   * first, at most the configuration's `explainExcluded`.
   */
  readonly excluded: readonly Exclusion[];
  /** How many volunteers and teams passed every filter. */
  readonly eligible: number;
  /** The indexes whose intersection the ranking read (smallest first; none: a full scan). */
  readonly indexes: readonly CandidateSource[];
  /** How many volunteers the indexes named and the filters then checked. */
  readonly examined: number;
  /** Volunteers and teams looked at and excluded, per filter. */
  readonly excludedBy: Readonly<Record<FilterName, number>>;
}

const newValues = (): PartValues => partScratch();

/** Explains volunteer `v`, who passed the filters (the last check left its details in `ctx`). */
function describeVolunteer(ctx: RequestContext, v: number, locale: Locale): Candidate {
  const { index } = ctx;
  const values = newValues();
  scoreVolunteer(ctx, v, values);
  const volunteer = ctx.pool.volunteers[v];
  return explainCandidate(
    ctx,
    values,
    {
      kind: 'volunteer',
      id: volunteer?.id ?? '',
      name: volunteer?.name ?? '',
      km: ctx.km,
      basis: ctx.basis,
      minutes: availableMinutes(ctx, v),
      currentLoad: index.currentLoad[v] as number,
      maxLoad: index.maxLoad[v] as number,
      recentCount: countBetween(
        index.assignedAt,
        index.assignedStart[v] as number,
        index.assignedStart[v + 1] as number,
        ctx.recentFromMs,
        ctx.startMs,
      ),
      ratingAverage: index.ratingAverage[v] as number,
      ratingCount: index.ratingCount[v] as number,
      levels: ctx.skills.map((_, s) => skillLevelFor(ctx, v, s)),
    },
    locale,
  );
}

function describeTeam(ctx: RequestContext, t: number, check: TeamCheck, locale: Locale): Candidate {
  const values = newValues();
  scoreTeam(ctx, t, check, values);
  const team = ctx.pool.teams[t];
  const times = ctx.index.teamAssignedAt[t] as Float64Array;
  return explainCandidate(
    ctx,
    values,
    {
      kind: 'team',
      id: team?.id ?? '',
      name: team?.name ?? '',
      km: check.km,
      basis: check.basis,
      minutes: check.minutes,
      currentLoad: team?.currentLoad ?? 0,
      maxLoad: team?.maxLoad ?? 0,
      recentCount: countBetween(times, 0, times.length, ctx.recentFromMs, ctx.startMs),
      ratingAverage: team?.ratings?.average ?? 0,
      ratingCount: team?.ratings?.count ?? 0,
      levels: ctx.skills.map((_, s) =>
        Math.max(0, ...check.free.map((v) => skillLevelFor(ctx, v, s))),
      ),
      members: check.free.map((v) => ctx.pool.volunteers[v]?.id ?? ''),
    },
    locale,
  );
}

function excludeVolunteer(
  ctx: RequestContext,
  v: number,
  verdict: number,
  locale: Locale,
): Exclusion {
  const volunteer = ctx.pool.volunteers[v];
  return explainExclusion(
    ctx,
    verdict,
    {
      kind: 'volunteer',
      id: volunteer?.id ?? '',
      name: volunteer?.name ?? '',
      currentLoad: ctx.index.currentLoad[v] as number,
      maxLoad: ctx.index.maxLoad[v] as number,
    },
    locale,
  );
}

function excludeTeam(ctx: RequestContext, t: number, verdict: number, locale: Locale): Exclusion {
  const team = ctx.pool.teams[t];
  return explainExclusion(
    ctx,
    verdict,
    {
      kind: 'team',
      id: team?.id ?? '',
      name: team?.name ?? '',
      currentLoad: team?.currentLoad ?? 0,
      maxLoad: team?.maxLoad ?? 0,
    },
    locale,
  );
}

/** How far through the filters each verdict got (the index of the filter it failed). */
const STAGES = Int8Array.from(VERDICT_FILTERS, (filter) => FILTERS.indexOf(filter as FilterName));
const stage = (verdict: number): number => STAGES[verdict] as number;

/** Keeps the best `size` entries (key = higher value wins, then lower id) without sorting everything. */
class TopList {
  readonly values: Float64Array;
  readonly ids: Int32Array;
  count = 0;
  constructor(readonly size: number) {
    this.values = new Float64Array(size);
    this.ids = new Int32Array(size);
  }
  /** Whether an entry of this value might enter the list (below the last one it cannot). */
  admits(value: number): boolean {
    if (this.count < this.size) return true;
    return this.size > 0 && value >= (this.values[this.size - 1] as number);
  }
  offer(value: number, id: number): void {
    const { values, ids } = this;
    let at = this.count;
    if (at === this.size) {
      const last = at - 1;
      if (last < 0) return;
      const lastValue = values[last] as number;
      if (value < lastValue || (value === lastValue && id > (ids[last] as number))) return;
      at = last;
    } else this.count += 1;
    while (at > 0) {
      const previous = values[at - 1] as number;
      if (previous > value || (previous === value && (ids[at - 1] as number) < id)) break;
      values[at] = previous;
      ids[at] = ids[at - 1] as number;
      at -= 1;
    }
    values[at] = value;
    ids[at] = id;
  }
}

/**
 * Ranks the volunteers (and, when the request allows it, the teams) of `pool` for one
 * request: the hard filters (skill, certificate, distance, availability, load), then the
 * weighted score. Returns the top candidates with their score parts and the near misses
 * with the filter that excluded them, in words and as data. Reads only the volunteers
 * one of the pool's indexes names, never the whole pool unless no index narrows it. Every
 * volunteer named goes through the filters (the counts are exact), but one whose score
 * cannot reach the top k (an upper bound from the index is below the k-th score so far)
 * is not scored.
 *
 * @example
 * const { candidates } = rankCandidates(request, pool, config, { locale: 'en' });
 * candidates[0]?.text; // "王秀英: score 0.812. skill 理发 level 4: +0.280; …"
 */
export function rankCandidates(
  request: MatchRequest,
  pool: Pool,
  config: MatchConfig = DEFAULT_MATCH_CONFIG,
  options: RankOptions = {},
): Ranking {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const ctx = prepareRequest(request, pool, config);
  const n = pool.volunteers.length;
  const top = new TopList(options.topK ?? config.topK);
  const misses = new TopList(config.explainExcluded);
  // Counted per filter by number: a property named by a varying string is a slow keyed store.
  const excludedCounts = new Int32Array(FILTERS.length);
  const values = newValues();
  const bound = new Float64Array(1);
  let eligible = 0;
  const { indexes, visited } = forEachCandidate(
    ctx,
    (v) => {
      const verdict = screenVolunteer(ctx, v);
      if (verdict === 0) {
        eligible += 1;
        // The top-k cut-off: a volunteer whose score cannot reach the list is not scored.
        scoreBound(ctx, v, values, bound);
        if (!top.admits(bound[0] as number)) return;
        settleDistance(ctx, v);
        top.offer(scoreVolunteer(ctx, v, values), v);
        return;
      }
      const failed = stage(verdict);
      excludedCounts[failed] = (excludedCounts[failed] as number) + 1;
      misses.offer(failed, v);
    },
    true,
  );
  if (request.teamAllowed) {
    const scoring = teamScoring();
    for (let t = 0; t < pool.teams.length; t += 1) {
      const verdict = teamVerdict(ctx, t, scoring);
      if (verdict === 0) {
        eligible += 1;
        top.offer(scoreTeam(ctx, t, scoring, values), n + t);
        continue;
      }
      const failed = stage(verdict);
      excludedCounts[failed] = (excludedCounts[failed] as number) + 1;
      misses.offer(failed, n + t);
    }
  }
  const candidates: Candidate[] = [];
  for (let i = 0; i < top.count; i += 1) {
    const id = top.ids[i] as number;
    if (id < n) {
      checkVolunteer(ctx, id);
      candidates.push(describeVolunteer(ctx, id, locale));
    } else {
      candidates.push(describeTeam(ctx, id - n, checkTeam(ctx, id - n), locale));
    }
  }
  const excluded: Exclusion[] = [];
  for (let i = 0; i < misses.count; i += 1) {
    const id = misses.ids[i] as number;
    if (id < n) excluded.push(excludeVolunteer(ctx, id, checkVolunteer(ctx, id), locale));
    else excluded.push(excludeTeam(ctx, id - n, checkTeam(ctx, id - n).verdict, locale));
  }
  return {
    requestId: request.id,
    candidates,
    excluded,
    eligible,
    indexes,
    examined: visited,
    excludedBy: {
      skill: excludedCounts[0] as number,
      certificate: excludedCounts[1] as number,
      distance: excludedCounts[2] as number,
      availability: excludedCounts[3] as number,
      load: excludedCounts[4] as number,
    },
  };
}

/** Why one volunteer or team is, or is not, a candidate for a request. */
export type VolunteerExplanation =
  | { readonly eligible: true; readonly candidate: Candidate }
  | { readonly eligible: false; readonly exclusion: Exclusion };

/**
 * Explains one volunteer (or team, by its id) for a request, whether or not an index
 * would have named them: the console's "why not 张三?". `undefined` when the id is not in
 * the pool.
 */
export function explainVolunteer(
  request: MatchRequest,
  pool: Pool,
  id: string,
  config: MatchConfig = DEFAULT_MATCH_CONFIG,
  options: { readonly locale?: Locale } = {},
): VolunteerExplanation | undefined {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const ctx = prepareRequest(request, pool, config);
  const v = pool.index.byId.get(id);
  if (v !== undefined) {
    const verdict = checkVolunteer(ctx, v);
    return verdict === 0
      ? { eligible: true, candidate: describeVolunteer(ctx, v, locale) }
      : { eligible: false, exclusion: excludeVolunteer(ctx, v, verdict, locale) };
  }
  const t = pool.index.teamById.get(id);
  if (t === undefined) return undefined;
  const check = checkTeam(ctx, t);
  return check.verdict === 0
    ? { eligible: true, candidate: describeTeam(ctx, t, check, locale) }
    : { eligible: false, exclusion: excludeTeam(ctx, t, check.verdict, locale) };
}
