import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoTime } from '../../src/flow/iso-time';

describe('isoTime', () => {
  it('writes the same text as Date#toISOString', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }),
        (ms) => {
          expect(isoTime(ms)).toBe(new Date(ms).toISOString());
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it.each([
    0,
    Date.UTC(2000, 1, 29),
    Date.UTC(2026, 11, 31, 23, 59, 59, 999),
    Date.UTC(2100, 1, 28, 12),
  ])('gets %d right', (ms) => {
    expect(isoTime(ms)).toBe(new Date(ms).toISOString());
  });
});
