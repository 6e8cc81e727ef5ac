import { describe, expect, it } from 'vitest';
import { toJsonPointer } from '../src/form';
import { isLocale, localize } from '../src/i18n';

describe('localize', () => {
  it.each([
    ['姓名', 'en', '姓名'],
    [{ 'zh-CN': '姓名', en: 'Name' }, 'en', 'Name'],
    [{ 'zh-CN': '姓名', en: 'Name' }, 'zh-CN', '姓名'],
    [{ 'zh-CN': '姓名' }, 'en', '姓名'],
    [{ en: 'Name' }, 'zh-CN', 'Name'],
    [undefined, 'en', ''],
  ] as const)('localize(%j, %s) is %j', (text, locale, expected) => {
    expect(localize(text, locale)).toBe(expected);
  });

  it('knows its locales', () => {
    expect([isLocale('zh-CN'), isLocale('en'), isLocale('fr'), isLocale(undefined)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('toJsonPointer', () => {
  it('escapes ~ and / as RFC 6901 says', () => {
    expect(toJsonPointer(['fields', 0, 'a/b~c'])).toBe('/fields/0/a~1b~0c');
    expect(toJsonPointer([])).toBe('');
  });
});
