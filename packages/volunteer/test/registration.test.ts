import { parseVolunteers } from '@yizhan/core/match';
import { describe, expect, it } from 'vitest';
import { matchVolunteerFromRegistration, weeklyAvailability } from '../src/registration';
import { FORM_ANSWERS } from './fixtures/form-answers';

describe('registration → matching', () => {
  it('turns the availability answers into weekly slots', () => {
    expect(weeklyAvailability(['mon-am', 'sat-pm', 'sun-eve', 'someday-am', 'mon-night'])).toEqual([
      { day: 1, from: '08:00', to: '12:00' },
      { day: 6, from: '14:00', to: '18:00' },
      { day: 7, from: '19:00', to: '21:00' },
    ]);
  });

  it('gives a volunteer record the matching engine accepts, without the ID number or phone', () => {
    const answers = FORM_ANSWERS['volunteer-registration']?.valid[0] as {
      name: string;
      community: string;
      skills: string[];
      availability: string[];
    };
    const record = matchVolunteerFromRegistration(answers, { id: 'v-zhang', street: 'hebu' });
    expect(record).toEqual({
      id: 'v-zhang',
      name: '张伟',
      skills: [
        { name: 'repair', level: 2 },
        { name: 'driving', level: 2 },
      ],
      home: { community: 'chongwen', street: 'hebu' },
      availability: [
        { day: 6, from: '08:00', to: '12:00' },
        { day: 7, from: '08:00', to: '12:00' },
      ],
      maxLoad: 3,
    });
    expect(JSON.stringify(record)).not.toMatch(/1390796|36080219/);
    const parsed = parseVolunteers([record]);
    expect(parsed.ok).toBe(true);
  });
});
