import { describe, expect, it } from 'vitest';
import { createTokenAuthenticator, pickLocale, signToken, verifyToken } from '../src/index';
import { people, SECRET } from './support';

const request = (authorization?: string) =>
  new Request('http://yizhan.test/tasks', authorization ? { headers: { authorization } } : {});

describe('signed bearer tokens', () => {
  const coordinator = people.chongwenCoordinator;

  it('round-trips a principal and refuses forged, altered and expired tokens', () => {
    const token = signToken(coordinator, SECRET);
    expect(verifyToken(token, SECRET)).toEqual(coordinator);
    expect(verifyToken(token, 'another-secret-0123456789')).toBeNull();
    const [payload, signature] = token.split('.') as [string, string];
    const admin = Buffer.from(
      JSON.stringify({ ...coordinator, roles: ['admin'], place: ['luling'] }),
    ).toString('base64url');
    expect(verifyToken(`${admin}.${signature}`, SECRET)).toBeNull();
    expect(verifyToken(`${payload}.`, SECRET)).toBeNull();
    expect(verifyToken('not-a-token', SECRET)).toBeNull();
    const now = new Date('2026-12-01T08:00:00Z');
    const expiring = signToken({ ...coordinator, exp: now.getTime() / 1000 + 60 }, SECRET);
    expect(verifyToken(expiring, SECRET, now)).toEqual({
      ...coordinator,
      exp: now.getTime() / 1000 + 60,
    });
    expect(verifyToken(expiring, SECRET, new Date(now.getTime() + 61_000))).toBe('expired');
  });

  it('authenticates requests: anonymous without a header, 401 reasons for bad ones', async () => {
    let now = new Date('2026-12-01T08:00:00Z');
    const authenticate = createTokenAuthenticator(SECRET, () => now);
    expect(await authenticate(request())).toEqual({ ok: true, principal: null });
    expect(await authenticate(request(`Bearer ${signToken(coordinator, SECRET)}`))).toEqual({
      ok: true,
      principal: coordinator,
    });
    expect(await authenticate(request('Basic d2FuZzp6aGFu'))).toEqual({
      ok: false,
      reason: 'invalid_token',
    });
    const expiring = signToken({ ...coordinator, exp: now.getTime() / 1000 + 60 }, SECRET);
    expect(await authenticate(request(`Bearer ${expiring}`))).toEqual({
      ok: true,
      principal: coordinator,
    });
    now = new Date(now.getTime() + 120_000);
    // A token verified before is still checked for expiry.
    expect(await authenticate(request(`Bearer ${expiring}`))).toEqual({
      ok: false,
      reason: 'expired_token',
    });
    expect(() => createTokenAuthenticator('short')).toThrow(/at least 16 characters/);
  });
});

describe('pickLocale', () => {
  it('picks the most preferred of zh-CN and en, zh-CN by default', () => {
    expect(
      [
        undefined,
        '',
        'en',
        'en-US,en;q=0.9,zh-CN;q=0.8',
        'zh-TW,en;q=0.5',
        'fr, en;q=0.1',
        'zh;q=0.2, en;q=0.8',
        'de',
        'en;q=0',
      ].map(pickLocale),
    ).toEqual(['zh-CN', 'zh-CN', 'en', 'en', 'zh-CN', 'en', 'en', 'zh-CN', 'zh-CN']);
  });
});
