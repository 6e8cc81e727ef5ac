import { LOCALES, type Locale } from '../../i18n/locale';
import type { ScorePartName } from '../../match/config';
import type { FilterName } from '../../match/evaluate';
import {
  type Candidate,
  type CandidateKind,
  type Exclusion,
  localizeCandidate,
  localizeExclusion,
} from '../../match/explain';
import type { MatchMessageParams } from '../../match/messages';
import type { Ranking } from '../../match/rank';
import type { StoredIssue } from './match-ranking';

/** A text in every locale, as stored with an instance (the coordinator may read either). */
export type TextInEveryLocale = Readonly<Record<Locale, string>>;

/** One part of a suggested candidate's score (see the engine's `ScorePart`), text in every locale. */
export interface SuggestedPart {
  readonly name: ScorePartName;
  readonly value: number;
  readonly weight: number;
  /** What the part adds to the score (negative for `recent`); the parts add up to the score. */
  readonly points: number;
  readonly params: MatchMessageParams;
  readonly text: TextInEveryLocale;
}

/** A volunteer or team the engine suggests, with "why this volunteer" in every locale. */
export interface SuggestedCandidate {
  readonly kind: CandidateKind;
  readonly id: string;
  readonly name: string;
  readonly score: number;
  readonly parts: readonly SuggestedPart[];
  readonly distanceKm: number;
  readonly distanceBasis: string;
  readonly availableMinutes: number;
  /** For a team: the members free for the request (they become the step's volunteers). */
  readonly members?: readonly string[];
  readonly text: TextInEveryLocale;
}

/** A near miss: who a filter excluded, and why, in every locale. */
export interface SuggestedExclusion {
  readonly kind: CandidateKind;
  readonly id: string;
  readonly name: string;
  readonly filter: FilterName;
  readonly code: string;
  readonly params: MatchMessageParams;
  readonly message: TextInEveryLocale;
}

/**
 * What a `match` step with a `ranking` keeps for the coordinator: the best candidates
 * with their score parts, the near misses, how many passed and how many each filter
 * excluded; or, when no ranking could be made, the issues that say why. Plain JSON.
 */
export interface MatchSuggestions {
  readonly requestId: string;
  readonly candidates: readonly SuggestedCandidate[];
  readonly excluded: readonly SuggestedExclusion[];
  /** How many volunteers and teams passed every filter. */
  readonly eligible: number;
  /** How many the indexes named and the filters checked. */
  readonly examined: number;
  readonly excludedBy: Readonly<Record<FilterName, number>>;
  /** Why there is no ranking (an empty field, bad volunteer records, no volunteer source). */
  readonly issues: readonly StoredIssue[];
}

const NO_EXCLUSIONS: Readonly<Record<FilterName, number>> = {
  skill: 0,
  certificate: 0,
  distance: 0,
  availability: 0,
  load: 0,
};

// A number that JSON cannot hold (an unknown distance) is stored as null, as JSON would.
const finite = (value: number): number => (Number.isFinite(value) ? value : (null as never));

/** The item in every locale: as made in `locale`, and localized again for the others. */
function everyLocale<T>(
  item: T,
  locale: Locale,
  localize: (item: T, locale: Locale) => T,
): Record<Locale, T> {
  const items = {} as Record<Locale, T>;
  for (const other of LOCALES) items[other] = other === locale ? item : localize(item, other);
  return items;
}

/** A text taken from each locale's version of an item. */
function texts<T>(items: Record<Locale, T>, text: (item: T) => string): TextInEveryLocale {
  const result = {} as Record<Locale, string>;
  for (const locale of LOCALES) result[locale] = text(items[locale]);
  return result;
}

function suggestCandidate(candidate: Candidate, locale: Locale): SuggestedCandidate {
  const versions = everyLocale(candidate, locale, localizeCandidate);
  return {
    kind: candidate.kind,
    id: candidate.id,
    name: candidate.name,
    score: candidate.score,
    parts: candidate.parts.map((part, index) => ({
      name: part.name,
      value: part.value,
      weight: part.weight,
      points: part.points,
      params: part.params,
      text: texts(versions, (version) => version.parts[index]?.text ?? ''),
    })),
    distanceKm: finite(candidate.distanceKm),
    distanceBasis: candidate.distanceBasis,
    availableMinutes: candidate.availableMinutes,
    ...(candidate.members === undefined ? {} : { members: [...candidate.members] }),
    text: texts(versions, (version) => version.text),
  };
}

function suggestExclusion(exclusion: Exclusion, locale: Locale): SuggestedExclusion {
  const versions = everyLocale(exclusion, locale, localizeExclusion);
  return {
    kind: exclusion.kind,
    id: exclusion.id,
    name: exclusion.name,
    filter: exclusion.filter,
    code: exclusion.code,
    params: exclusion.params,
    message: texts(versions, (version) => version.message),
  };
}

/**
 * The suggestions a ranking (made in `locale`) gives the coordinator: the same data,
 * every text in every locale.
 */
export function toSuggestions(ranking: Ranking, locale: Locale): MatchSuggestions {
  return {
    requestId: ranking.requestId,
    candidates: ranking.candidates.map((candidate) => suggestCandidate(candidate, locale)),
    excluded: ranking.excluded.map((exclusion) => suggestExclusion(exclusion, locale)),
    eligible: ranking.eligible,
    examined: ranking.examined,
    excludedBy: { ...ranking.excludedBy },
    issues: [],
  };
}

/** Suggestions that are only issues: no ranking could be made. */
export function failedSuggestions(
  requestId: string,
  issues: readonly StoredIssue[],
): MatchSuggestions {
  return {
    requestId,
    candidates: [],
    excluded: [],
    eligible: 0,
    examined: 0,
    excludedBy: { ...NO_EXCLUSIONS },
    issues: issues.slice(0, 20),
  };
}

/**
 * The volunteers an `auto` step takes from suggestions: the first `max` candidates (a
 * team's free members in its place), when at least `min` candidates passed; otherwise none,
 * and the coordinator chooses. Candidates in `passOver` (those who had the request before
 * and declined it) are not taken again.
 */
export function chooseFromSuggestions(
  suggestions: MatchSuggestions,
  limits: { readonly min: number; readonly max: number },
  passOver: readonly string[] = [],
): string[] {
  const skipped = new Set(passOver);
  const open = suggestions.candidates.filter((candidate) => !skipped.has(candidate.id));
  if (open.length < limits.min) return [];
  const ids = new Set<string>();
  for (const candidate of open.slice(0, limits.max)) {
    if (candidate.kind === 'team') for (const member of candidate.members ?? []) ids.add(member);
    else ids.add(candidate.id);
  }
  return [...ids];
}

/** The short record a step keeps after it is left: who was suggested, with what score. */
export function suggestionSummary(suggestions: MatchSuggestions) {
  return {
    suggested: suggestions.candidates.map((candidate) => ({
      kind: candidate.kind,
      id: candidate.id,
      score: candidate.score,
    })),
    eligible: suggestions.eligible,
    excludedBy: { ...suggestions.excludedBy },
    issues: suggestions.issues.map((issue) => issue.code),
  };
}
