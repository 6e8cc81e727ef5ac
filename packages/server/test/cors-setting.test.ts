import { describe, expect, it } from 'vitest';
import { parseCorsSetting } from '../src/cors';

describe('YIZHAN_CORS', () => {
  it('reads places and their origins', () => {
    expect(
      parseCorsSetting(
        'luling=https://zyz.jiangxi.example; luling/hedong/chongwen=https://a.example,http://127.0.0.1:8080',
      ),
    ).toEqual({
      organisations: [
        { place: ['luling'], origins: ['https://zyz.jiangxi.example'] },
        {
          place: ['luling', 'hedong', 'chongwen'],
          origins: ['https://a.example', 'http://127.0.0.1:8080'],
        },
      ],
    });
  });

  it.each([
    ['luling', 'needs a place and origins'],
    ['=https://a.example', 'needs a place and origins'],
    ['luling=https://a.example/path', 'must be a scheme, host and optional port only'],
    ['luling=portal.example', 'must be a scheme, host and optional port only'],
  ])('refuses %j and says how to fix it', (text, message) => {
    expect(() => parseCorsSetting(text)).toThrow(message);
  });
});
