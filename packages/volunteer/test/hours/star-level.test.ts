import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STAR_THRESHOLDS,
  parseStarThresholds,
  starLevel,
  starProgress,
} from '../../src/hours/star-level';

describe('star levels', () => {
  it('gives one to five stars at 100 / 300 / 600 / 1000 / 1500 counted hours by default', () => {
    expect(DEFAULT_STAR_THRESHOLDS).toEqual([100, 300, 600, 1000, 1500]);
    expect(
      [0, 99.99, 100, 299.5, 300, 600, 999, 1000, 1499.99, 1500, 4000].map((h) => starLevel(h)),
    ).toEqual([0, 0, 1, 1, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('uses a city’s own thresholds', () => {
    expect(starLevel(150, [50, 150, 300])).toBe(2);
    expect(starProgress(120.5, [50, 150, 300])).toEqual({
      stars: 1,
      hours: 120.5,
      next: { stars: 2, threshold: 150, hoursToGo: 29.5 },
    });
    expect(starProgress(1600)).toEqual({ stars: 5, hours: 1600, next: null });
  });

  it('checks thresholds written as configuration', () => {
    expect(parseStarThresholds([100, 300, 600])).toEqual({ ok: true, value: [100, 300, 600] });
    const bad = parseStarThresholds([100, 300, 300, -5]);
    expect(bad.ok ? [] : bad.issues.map((i) => [i.path, i.message])).toEqual([
      ['/2', '3 星的门槛 300 须大于前一级的 300，请按从低到高排列。'],
      ['/3', '门槛 -5 无效，须是大于 0 的小时数。'],
    ]);
    const notList = parseStarThresholds('100,300', 'en');
    expect(notList.ok ? [] : notList.issues.map((i) => i.message)).toEqual([
      'Star thresholds must be 1 to 10 rising numbers of hours, such as [100, 300, 600, 1000, 1500].',
    ]);
  });
});
