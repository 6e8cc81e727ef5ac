import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonCopy, plainCopy } from '../../src/store/json-copy';

const viaJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('jsonCopy', () => {
  it('copies exactly as a JSON round trip would', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonCopy(value)).toStrictEqual(viaJson(value));
      }),
      { numRuns: 2_000 },
    );
  });

  it('follows JSON for undefined, NaN, -0, dates, toJSON and sparse arrays', () => {
    const odd = {
      gone: undefined,
      nan: Number.NaN,
      negativeZero: -0,
      at: new Date('2026-11-28T04:00:00Z'),
      custom: { toJSON: () => 'custom' },
      // biome-ignore lint/suspicious/noSparseArray: the hole is what is being tested.
      sparse: [1, , 3],
      list: [undefined, () => 1],
    };
    expect(jsonCopy(odd)).toStrictEqual(viaJson(odd));
  });

  it('refuses what JSON refuses: cycles and bigints', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => jsonCopy(cycle)).toThrow();
    expect(() => jsonCopy({ big: 1n })).toThrow();
  });

  it('gives a copy: changing it leaves the original alone', () => {
    const original = { rows: [{ name: '李梅' }] };
    const copy = jsonCopy(original);
    copy.rows[0] = { name: '王芳' };
    expect(original.rows[0]?.name).toBe('李梅');
  });
});

describe('plainCopy', () => {
  it('copies JSON data deeply and equal', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const copy = plainCopy(value);
        expect(copy).toStrictEqual(value);
        if (value !== null && typeof value === 'object') expect(copy).not.toBe(value);
      }),
      { numRuns: 1_000 },
    );
  });
});
