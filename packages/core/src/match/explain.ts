import type { Locale } from '../i18n/locale';
import { SCORE_PARTS, type ScorePartName } from './config';
import {
  BASES,
  type FilterName,
  type PartValues,
  type RequestContext,
  VERDICT_CODES,
  VERDICT_FILTERS,
  Verdict,
} from './evaluate';
import type { DistanceBasis } from './geo';
import { formatMatchMessage, type MatchMessageParams, PART_SEPARATOR } from './messages';

/** Whether a candidate is one volunteer or a service team matched as a unit. */
export type CandidateKind = 'volunteer' | 'team';

/** One part of a score: its value (0–1), its weight, the points it adds (negative for `recent`). */
export interface ScorePart {
  readonly name: ScorePartName;
  readonly value: number;
  readonly weight: number;
  readonly points: number;
  /** What the text is built from: skill levels, kilometres, load… */
  readonly params: MatchMessageParams;
  /** The part in words, in the requested locale. */
  readonly text: string;
}

/**
 * A volunteer or team that passed every filter, with the parts of its score, so the
 * coordinator console can show "why this volunteer". The points of `parts`, added in
 * order, are `score`.
 */
export interface Candidate {
  readonly kind: CandidateKind;
  readonly id: string;
  readonly name: string;
  readonly score: number;
  readonly parts: readonly ScorePart[];
  readonly distanceKm: number;
  readonly distanceBasis: DistanceBasis;
  /** Minutes of the request's window the candidate is free. */
  readonly availableMinutes: number;
  /** For a team: the ids of the members free for this request. */
  readonly members?: readonly string[];
  /** The whole explanation in words. */
  readonly text: string;
}

/** A volunteer or team a filter excluded, with the filter and the reason as data and text. */
export interface Exclusion {
  readonly kind: CandidateKind;
  readonly id: string;
  readonly name: string;
  readonly filter: FilterName;
  readonly code: string;
  readonly params: MatchMessageParams;
  readonly message: string;
}

/** The details a candidate's explanation is built from besides its part values. */
export interface CandidateFacts {
  readonly kind: CandidateKind;
  readonly id: string;
  readonly name: string;
  readonly km: number;
  readonly basis: number;
  readonly minutes: number;
  readonly currentLoad: number;
  readonly maxLoad: number;
  readonly recentCount: number;
  readonly ratingAverage: number;
  readonly ratingCount: number;
  /** The level each needed skill was met at, in request order. */
  readonly levels: readonly number[];
  readonly members?: readonly string[];
}

/** Builds a candidate's explanation from its part values; the points add up to `score`. */
export function explainCandidate(
  ctx: RequestContext,
  values: PartValues,
  facts: CandidateFacts,
  locale: Locale,
): Candidate {
  const { weights, recent, rating, distance } = ctx.config;
  const params: Record<ScorePartName, MatchMessageParams> = {
    skill: {
      skills: ctx.skills.map((skill, s) => ({ skill: skill.name, level: facts.levels[s] })),
    },
    distance: { km: facts.km, basis: BASES[facts.basis], maxKm: distance.maxKm },
    load: { currentLoad: facts.currentLoad, maxLoad: facts.maxLoad },
    recent: { count: facts.recentCount, days: recent.days },
    rating: { average: facts.ratingAverage, count: facts.ratingCount, prior: rating.prior },
  };
  const parts = SCORE_PARTS.map((name): ScorePart => {
    const value = values[name];
    const points = name === 'recent' ? -(weights.recent * value) : weights[name] * value;
    const partParams = { ...params[name], points };
    return {
      name,
      value,
      weight: weights[name],
      points,
      params: partParams,
      text: partText(name, partParams, locale),
    };
  });
  let score = 0;
  for (const part of parts) score += part.points;
  const text = candidateText(
    facts.kind,
    facts.name,
    score,
    facts.members?.length ?? 0,
    parts,
    locale,
  );
  return {
    kind: facts.kind,
    id: facts.id,
    name: facts.name,
    score,
    parts,
    distanceKm: facts.km,
    distanceBasis: BASES[facts.basis] as DistanceBasis,
    availableMinutes: facts.minutes,
    ...(facts.members ? { members: facts.members } : {}),
    text,
  };
}

const isoDate = (epochMs: number): string =>
  new Date(epochMs - 1 + 8 * 3_600_000).toISOString().slice(0, 10);

function exclusionParams(
  ctx: RequestContext,
  code: string,
  who: { currentLoad: number; maxLoad: number },
): MatchMessageParams {
  const skill = ctx.skills[ctx.failedSkill];
  switch (code) {
    case 'skill_missing':
    case 'certificate_missing':
      return { skill: skill?.name };
    case 'skill_level_low':
      return { skill: skill?.name, level: ctx.failedLevel, minLevel: skill?.minLevel };
    case 'certificate_expired':
      return {
        skill: skill?.name,
        expires: isoDate(ctx.failedExpiry),
        serviceDate: isoDate(ctx.endMs),
      };
    case 'too_far':
      return { km: ctx.km, maxKm: ctx.config.distance.maxKm };
    case 'not_available':
      return { overlapMinutes: ctx.minutes, neededMinutes: ctx.neededMinutes };
    case 'load_full':
      return { currentLoad: who.currentLoad, maxLoad: who.maxLoad };
    default:
      return {};
  }
}

/** Builds the exclusion of a volunteer or team from the verdict of its last check. */
export function explainExclusion(
  ctx: RequestContext,
  verdict: number,
  who: { kind: CandidateKind; id: string; name: string; currentLoad: number; maxLoad: number },
  locale: Locale,
): Exclusion {
  const code =
    who.kind === 'team' && verdict === Verdict.notAvailable
      ? 'team_no_members'
      : (VERDICT_CODES[verdict] ?? '');
  const params = exclusionParams(ctx, code, who);
  const filter = (VERDICT_FILTERS[verdict] || 'skill') as FilterName;
  return {
    kind: who.kind,
    id: who.id,
    name: who.name,
    filter,
    code,
    params,
    message: exclusionText(who.name, filter, code, params, locale),
  };
}

/** One score part in words: "技能 理发 4 级：+0.280". */
function partText(name: ScorePartName, params: MatchMessageParams, locale: Locale): string {
  return formatMatchMessage(`part_${name}`, params, locale);
}

/** A candidate's whole explanation in words, from its parts' texts. */
function candidateText(
  kind: CandidateKind,
  name: string,
  score: number,
  members: number,
  parts: readonly { readonly text: string }[],
  locale: Locale,
): string {
  return formatMatchMessage(
    kind === 'team' ? 'team_candidate' : 'candidate',
    { name, score, members, parts: parts.map((part) => part.text).join(PART_SEPARATOR[locale]) },
    locale,
  );
}

function exclusionText(
  name: string,
  filter: FilterName,
  code: string,
  params: MatchMessageParams,
  locale: Locale,
): string {
  const reason = formatMatchMessage(code, params, locale);
  const filterName = formatMatchMessage(`filter_${filter}`, {}, locale);
  return formatMatchMessage('excluded', { name, filterName, reason }, locale);
}

/**
 * The same candidate explained in another language: its parts' texts and its whole text
 * are built again from the data they were made of (`params`, the score), so a ranking
 * made once can be shown in every locale.
 *
 * @example
 * const en = localizeCandidate(ranking.candidates[0], 'en'); // same scores, English text
 */
export function localizeCandidate(candidate: Candidate, locale: Locale): Candidate {
  const parts = candidate.parts.map(
    (part): ScorePart => ({ ...part, text: partText(part.name, part.params, locale) }),
  );
  const members = candidate.members?.length ?? 0;
  const text = candidateText(
    candidate.kind,
    candidate.name,
    candidate.score,
    members,
    parts,
    locale,
  );
  return { ...candidate, parts, text };
}

/** The same exclusion explained in another language (see {@link localizeCandidate}). */
export function localizeExclusion(exclusion: Exclusion, locale: Locale): Exclusion {
  const { name, filter, code, params } = exclusion;
  return { ...exclusion, message: exclusionText(name, filter, code, params, locale) };
}
