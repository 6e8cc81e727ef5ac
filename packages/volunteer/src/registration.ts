import type { VolunteerInput } from '@yizhan/core/match';

/**
 * The periods of the registration form's weekly availability (`sat-am`, `sun-eve` …) in
 * Beijing time: morning 08:00–12:00, afternoon 14:00–18:00, evening 19:00–21:00.
 */
export const AVAILABILITY_PERIODS: Readonly<Record<string, readonly [from: string, to: string]>> = {
  am: ['08:00', '12:00'],
  pm: ['14:00', '18:00'],
  eve: ['19:00', '21:00'],
};

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * The weekly slots the matching engine reads (`day` 1 = Monday … 7 = Sunday) from the
 * registration form's availability answers. Unknown values are skipped.
 *
 * @example
 * weeklyAvailability(['sat-am', 'sun-eve']);
 * // [{ day: 6, from: '08:00', to: '12:00' }, { day: 7, from: '19:00', to: '21:00' }]
 */
export function weeklyAvailability(
  values: readonly string[],
): { day: number; from: string; to: string }[] {
  return values.flatMap((value) => {
    const [day, period] = value.split('-');
    const index = DAYS.indexOf(day ?? '');
    const hours = AVAILABILITY_PERIODS[period ?? ''];
    return index < 0 || hours === undefined
      ? []
      : [{ day: index + 1, from: hours[0], to: hours[1] }];
  });
}

/**
 * A volunteer record for the matching engine (`parseVolunteers` in `@yizhan/core/match`)
 * from the cleaned answers of the `volunteer-registration` form. Only what matching uses
 * goes in: no ID number, no phone. Self-declared skills start at `skillLevel` (default 2)
 * until a coordinator rates them.
 */
export function matchVolunteerFromRegistration(
  data: {
    readonly name: string;
    readonly community: string;
    readonly skills?: readonly string[];
    readonly availability: readonly string[];
  },
  options: {
    readonly id: string;
    readonly street?: string;
    readonly maxLoad?: number;
    readonly skillLevel?: number;
    readonly team?: string;
  },
): VolunteerInput {
  return {
    id: options.id,
    name: data.name,
    skills: (data.skills ?? []).map((name) => ({ name, level: options.skillLevel ?? 2 })),
    home: {
      community: data.community,
      ...(options.street === undefined ? {} : { street: options.street }),
    },
    availability: weeklyAvailability(data.availability),
    maxLoad: options.maxLoad ?? 3,
    ...(options.team === undefined ? {} : { team: options.team }),
  };
}
