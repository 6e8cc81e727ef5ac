import type { CheckResult } from '@yizhan/core/form';
import { DEFAULT_LOCALE, type Locale } from '@yizhan/core/i18n';
import { volunteerIssue } from '../messages';

/**
 * The usual hours for one to five stars (星级志愿者): 100, 300, 600, 1000 and 1500 counted
 * hours. Some cities use others; pass your own to {@link starLevel}.
 */
export const DEFAULT_STAR_THRESHOLDS: readonly number[] = [100, 300, 600, 1000, 1500];

/**
 * Checks star thresholds written as configuration: one to ten positive numbers, strictly
 * rising. Returns them, or issues that say how to fix them.
 */
export function parseStarThresholds(
  input: unknown,
  locale: Locale = DEFAULT_LOCALE,
): CheckResult<readonly number[]> {
  if (!Array.isArray(input) || input.length < 1 || input.length > 10)
    return { ok: false, issues: [volunteerIssue('stars_not_a_list', '', {}, locale)] };
  const issues = input.flatMap((value, index) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
      return [volunteerIssue('stars_bad_threshold', `/${index}`, { value: String(value) }, locale)];
    const before = input[index - 1];
    if (index > 0 && typeof before === 'number' && value <= before)
      return [
        volunteerIssue('stars_not_rising', `/${index}`, { value, before, star: index + 1 }, locale),
      ];
    return [];
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: [...input] as number[] };
}

/**
 * How many stars counted hours earn: the number of thresholds reached.
 *
 * @example
 * starLevel(320); // 2
 * starLevel(99.5); // 0
 */
export function starLevel(
  hours: number,
  thresholds: readonly number[] = DEFAULT_STAR_THRESHOLDS,
): number {
  return thresholds.filter((threshold) => hours >= threshold).length;
}

/** Stars reached and how far the next one is, for a volunteer's own page. */
export interface StarProgress {
  readonly stars: number;
  readonly hours: number;
  /** The next star, or null at the top level. */
  readonly next: {
    readonly stars: number;
    readonly threshold: number;
    readonly hoursToGo: number;
  } | null;
}

/** The stars reached and the next one, with the hours still to go (two decimals). */
export function starProgress(
  hours: number,
  thresholds: readonly number[] = DEFAULT_STAR_THRESHOLDS,
): StarProgress {
  const stars = starLevel(hours, thresholds);
  const threshold = thresholds[stars];
  return {
    stars,
    hours,
    next:
      threshold === undefined
        ? null
        : { stars: stars + 1, threshold, hoursToGo: Math.round((threshold - hours) * 100) / 100 },
  };
}
