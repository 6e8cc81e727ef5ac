import { describe, expect, it } from 'vitest';
import { formatVolunteerMessage, volunteerMessageCodes } from '../src/messages';

describe('volunteer pack messages', () => {
  it('has every code in both locales', () => {
    expect([...volunteerMessageCodes('en')].sort()).toEqual(
      [...volunteerMessageCodes('zh-CN')].sort(),
    );
    expect(volunteerMessageCodes('zh-CN').length).toBe(38);
  });

  it('falls back to the code for an unknown one, so a missing message shows in tests', () => {
    expect(formatVolunteerMessage('no_such_code', {}, 'en')).toBe('no_such_code');
  });
});
