import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyScope, sanitizeKey } from '../../src/import/keys';
import { formatImportMessage, IMPORT_ISSUE_CODES } from '../../src/import/messages';

const VALID_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

describe('keys of imported fields', () => {
  it.each([
    ['full-name', 'full_name'],
    ['2nd choice', 'f_2nd_choice'],
    ['__x__', 'x'],
    ['姓名', ''],
    ['联系 phone', 'phone'],
  ])('sanitizes %j to %j', (name, key) => {
    expect(sanitizeKey(name)).toBe(key);
  });

  it('gives every name a valid key that no other name of the scope has', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { maxLength: 30 }), (names) => {
        const scope = new KeyScope();
        const keys = names.map((name) => scope.claim(name));
        for (const { key } of keys) expect(key).toMatch(VALID_KEY);
        expect(new Set(keys.map(({ key }) => key)).size).toBe(keys.length);
        expect(keys.map(({ renamed }) => renamed)).toEqual(
          keys.map(({ key }, index) => key !== names[index]),
        );
      }),
    );
  });
});

describe('import messages', () => {
  it.each(IMPORT_ISSUE_CODES)('%s has a message in zh-CN and en', (code) => {
    const params = {
      property: 'p',
      type: 't',
      keyword: 'k',
      expression: 'e',
      name: 'n',
      found: null,
      from: 'a',
      to: 'b',
    };
    const zh = formatImportMessage(code, params, 'zh-CN');
    const en = formatImportMessage(code, params, 'en');
    expect(zh).not.toBe(code);
    expect(en).not.toBe(code);
    expect(zh).not.toBe(en);
  });
});
