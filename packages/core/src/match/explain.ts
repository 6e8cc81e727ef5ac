import type { Locale } from '../i18n/locale';
import type { ScorePartName } from './config';
import {
  type FilterName,
  type PartValues,
  type RequestContext,
  VERDICT_CODES,
  VERDICT_FILTERS,
  Verdict,
} from './evaluate';
import {
  candidateText,
  exclusionText,
  explainedCandidate,
  explainedExclusion,
  partText,
} from './explained';
import type { DistanceBasis } from './geo';
import type { MatchMessageParams } from './messages';

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

/**
 * Builds a candidate's explanation from its part values (kept, not copied: give each
 * candidate its own); the points add up to `score`. The words are built when first read.
 */
export function explainCandidate(
  ctx: RequestContext,
  values: PartValues,
  facts: CandidateFacts,
  locale: Locale,
): Candidate {
  return explainedCandidate(ctx.config, ctx.skills, values, facts, locale);
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
  const filter = (VERDICT_FILTERS[verdict] || 'skill') as FilterName;
  return explainedExclusion(who, filter, code, exclusionParams(ctx, code, who), locale);
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
  // Property by property rather than spread: a spread would build the texts being replaced.
  const parts = candidate.parts.map(
    ({ name, value, weight, points, params }): ScorePart => ({
      name,
      value,
      weight,
      points,
      params,
      text: partText(name, params, locale),
    }),
  );
  const { kind, id, name, score, members } = candidate;
  return {
    kind,
    id,
    name,
    score,
    parts,
    distanceKm: candidate.distanceKm,
    distanceBasis: candidate.distanceBasis,
    availableMinutes: candidate.availableMinutes,
    ...(members ? { members } : {}),
    text: candidateText(kind, name, score, members?.length ?? 0, parts, locale),
  };
}

/** The same exclusion explained in another language (see {@link localizeCandidate}). */
export function localizeExclusion(exclusion: Exclusion, locale: Locale): Exclusion {
  const { kind, id, name, filter, code, params } = exclusion;
  return {
    kind,
    id,
    name,
    filter,
    code,
    params,
    message: exclusionText(name, filter, code, params, locale),
  };
}
