/** What an 18-digit resident ID number (居民身份证号码) tells, once its checksum holds. */
export interface ResidentIdFacts {
  /** Birth date as `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** From the 17th digit: odd is male, even is female. */
  readonly sex: 'male' | 'female';
  /** The six-digit administrative division code of registration. */
  readonly regionCode: string;
}

/** Why a resident ID number was refused. */
export type ResidentIdProblem = 'id_format' | 'id_birth_date' | 'id_checksum';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The check character (ISO 7064 MOD 11-2) for the first 17 digits of a resident ID number. */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += Number(first17[index]) * (WEIGHTS[index] ?? 0);
  return CHECK_CHARACTERS[sum % 11] ?? '';
}

/**
 * Checks an 18-digit resident ID number (GB 11643-1999): format, a real birth date not in
 * the future, and the check character. Returns the facts it encodes, or the problem.
 *
 * @example
 * readResidentId('11010519491231002X'); // { ok: true, facts: { birthDate: '1949-12-31', sex: 'female', … } }
 */
export function readResidentId(
  value: string,
  today: string = new Date().toISOString().slice(0, 10),
): { ok: true; facts: ResidentIdFacts } | { ok: false; problem: ResidentIdProblem } {
  const id = value.trim().toUpperCase();
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return { ok: false, problem: 'id_format' };
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (
    year < 1900 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    birthDate > today
  ) {
    return { ok: false, problem: 'id_birth_date' };
  }
  if (residentIdCheckCharacter(id) !== id[17]) return { ok: false, problem: 'id_checksum' };
  return {
    ok: true,
    facts: {
      birthDate,
      sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
      regionCode: id.slice(0, 6),
    },
  };
}

/** A mainland China mobile number: 11 digits starting 13–19. */
export const MAINLAND_MOBILE_PATTERN = /^1[3-9]\d{9}$/;
