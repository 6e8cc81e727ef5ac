import { readResidentId } from '@yizhan/core/form';

/**
 * A volunteer's personal basics as the national record rules list them: name, sex, birth
 * month, ID type and number, skills, contact, and the volunteer number that identifies
 * them publicly instead of the ID number.
 */
export interface VolunteerProfile {
  readonly id: string;
  readonly name: string;
  readonly sex?: 'male' | 'female';
  /** `YYYY-MM`. */
  readonly birthMonth?: string;
  /** 居民身份证 unless given. */
  readonly idType?: string;
  readonly idNumber?: string;
  /** The national volunteer number (志愿者编号). */
  readonly volunteerNumber?: string;
  readonly phone?: string;
  readonly skills?: readonly string[];
  readonly teamId?: string;
  /** The node of the organisation tree the volunteer belongs to (usually a station). */
  readonly orgId?: string;
}

/**
 * Who is looking. Each sees only the personal data they need:
 * `self` everything; `issuer` (the organisation certifying a record) the full ID number
 * for the certificate; `coordinator` the phone to reach the volunteer; `admin` (street,
 * district) neither in full; `public` (公示 lists, rankings) a masked name only.
 */
export type Viewer = 'self' | 'issuer' | 'coordinator' | 'admin' | 'public';

/** How a kind of personal value is shown: in full, masked (138****5678), or not at all. */
export type Disclosure = 'full' | 'masked' | 'hidden';

/** What each viewer sees of names, ID numbers, phones and birth months. */
export type PersonalDataPolicy = Readonly<
  Record<
    Viewer,
    {
      readonly name: Disclosure;
      readonly idNumber: Disclosure;
      readonly phone: Disclosure;
      readonly birthMonth: Disclosure;
    }
  >
>;

/** The default policy: the minimum each viewer needs (China's personal information law). */
export const DEFAULT_PERSONAL_DATA_POLICY: PersonalDataPolicy = {
  self: { name: 'full', idNumber: 'full', phone: 'full', birthMonth: 'full' },
  issuer: { name: 'full', idNumber: 'full', phone: 'masked', birthMonth: 'full' },
  coordinator: { name: 'full', idNumber: 'masked', phone: 'full', birthMonth: 'full' },
  admin: { name: 'full', idNumber: 'masked', phone: 'masked', birthMonth: 'hidden' },
  public: { name: 'masked', idNumber: 'hidden', phone: 'hidden', birthMonth: 'hidden' },
};

const keepEnds = (text: string, head: number, tail: number): string => {
  const characters = [...text];
  if (characters.length <= head + tail) return '*'.repeat(characters.length);
  return (
    characters.slice(0, head).join('') +
    '*'.repeat(characters.length - head - tail) +
    (tail > 0 ? characters.slice(-tail).join('') : '')
  );
};

/** How each kind of value is masked, the same way as the core's `maskPersonalData`. */
const MASKS = {
  name: (value: string) => keepEnds(value, 1, 0),
  idNumber: (value: string) => keepEnds(value, 4, 4),
  phone: (value: string) => keepEnds(value, 3, 4),
  birthMonth: (value: string) => `${value.slice(0, 3)}*-**`,
} as const;

/**
 * A personal value as `viewer` may see it under `policy`: as it is, masked, or
 * `undefined` when hidden.
 *
 * @example
 * disclose('phone', '13812345678', 'admin'); // '138****5678'
 */
export function disclose(
  kind: keyof typeof MASKS,
  value: string | undefined,
  viewer: Viewer,
  policy: PersonalDataPolicy = DEFAULT_PERSONAL_DATA_POLICY,
): string | undefined {
  if (value === undefined || value === '') return value;
  const rule = policy[viewer][kind];
  return rule === 'full' ? value : rule === 'masked' ? MASKS[kind](value) : undefined;
}

/** A profile as `viewer` may see it: personal values masked or left out under `policy`. */
export function profileFor(
  profile: VolunteerProfile,
  viewer: Viewer,
  policy: PersonalDataPolicy = DEFAULT_PERSONAL_DATA_POLICY,
): VolunteerProfile {
  const shown = {
    name: disclose('name', profile.name, viewer, policy) ?? '',
    idNumber: disclose('idNumber', profile.idNumber, viewer, policy),
    phone: disclose('phone', profile.phone, viewer, policy),
    birthMonth: disclose('birthMonth', profile.birthMonth, viewer, policy),
  };
  const { idNumber: _id, phone: _phone, birthMonth: _birth, ...rest } = profile;
  return {
    ...rest,
    name: shown.name,
    ...(shown.idNumber === undefined ? {} : { idNumber: shown.idNumber }),
    ...(shown.phone === undefined ? {} : { phone: shown.phone }),
    ...(shown.birthMonth === undefined ? {} : { birthMonth: shown.birthMonth }),
  };
}

/**
 * A profile from the cleaned answers of the `volunteer-registration` form: sex and birth
 * month come from the resident ID number (its checksum was checked by the form).
 */
export function profileFromRegistration(
  data: {
    readonly name: string;
    readonly idNumber: string;
    readonly phone: string;
    readonly skills?: readonly string[];
  },
  ids: {
    readonly id: string;
    readonly volunteerNumber?: string;
    readonly orgId?: string;
    readonly teamId?: string;
  },
): VolunteerProfile {
  const facts = readResidentId(data.idNumber, '9999-12-31');
  return {
    id: ids.id,
    name: data.name,
    ...(facts.ok ? { sex: facts.facts.sex, birthMonth: facts.facts.birthDate.slice(0, 7) } : {}),
    idType: '居民身份证',
    idNumber: data.idNumber.toUpperCase(),
    ...(ids.volunteerNumber === undefined ? {} : { volunteerNumber: ids.volunteerNumber }),
    phone: data.phone,
    ...(data.skills === undefined ? {} : { skills: data.skills }),
    ...(ids.teamId === undefined ? {} : { teamId: ids.teamId }),
    ...(ids.orgId === undefined ? {} : { orgId: ids.orgId }),
  };
}
