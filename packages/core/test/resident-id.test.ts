import { describe, expect, it } from 'vitest';
import { readResidentId, residentIdCheckCharacter } from '../src/form';

describe('readResidentId', () => {
  it('reads the published example number', () => {
    expect(readResidentId('11010519491231002X', '2026-11-28')).toEqual({
      ok: true,
      facts: { birthDate: '1949-12-31', sex: 'female', regionCode: '110105' },
    });
  });

  it('accepts a lowercase x and surrounding spaces', () => {
    expect(readResidentId(' 11010519491231002x ', '2026-11-28').ok).toBe(true);
  });

  it.each([
    ['1101051949123100', 'id_format'],
    ['01010519491231002X', 'id_format'],
    ['11010519490229002X', 'id_birth_date'],
    ['11010518991231002X', 'id_birth_date'],
    ['11010520301231002X', 'id_birth_date'],
    ['110105194912310021', 'id_checksum'],
  ])('refuses %s with %s', (id, problem) => {
    expect(readResidentId(id, '2026-11-28')).toEqual({ ok: false, problem });
  });

  it('knows leap days', () => {
    const first17 = '36080220000229123';
    expect(readResidentId(first17 + residentIdCheckCharacter(first17), '2026-11-28')).toMatchObject(
      {
        ok: true,
        facts: { birthDate: '2000-02-29', sex: 'male' },
      },
    );
  });
});
