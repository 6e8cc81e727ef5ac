import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Principal } from './principal';

/** What a demo bearer token says: the principal and when it expires (seconds since 1970). */
export interface TokenClaims extends Principal {
  /** Expiry as a Unix time in seconds; no expiry when absent. */
  readonly exp?: number;
}

/** The outcome of reading the `Authorization` header of a request. */
export type Authentication =
  | { readonly ok: true; readonly principal: Principal | null }
  | { readonly ok: false; readonly reason: 'invalid_token' | 'expired_token' };

/**
 * Finds out who sent a request. Return `{ ok: true, principal: null }` for an anonymous
 * request and `{ ok: false, … }` when credentials were sent but are not valid (401).
 */
export type Authenticate = (request: Request) => Authentication | Promise<Authentication>;

const encode = (buffer: Buffer): string => buffer.toString('base64url');

function signature(payload: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

/**
 * Signs a demo bearer token: base64url(JSON claims) "." base64url(HMAC-SHA256). Use a
 * real identity provider in production; this is enough for demos and tests.
 *
 * @example
 * const token = signToken({ id: 'wang-zhan', roles: ['coordinator'], place: ['luling', 'hedong', 'chongwen'] }, secret);
 */
export function signToken(claims: TokenClaims, secret: string): string {
  const payload = encode(Buffer.from(JSON.stringify(claims), 'utf8'));
  return `${payload}.${encode(signature(payload, secret))}`;
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && item.length > 0);

/** Reads and checks a token from {@link signToken}; null when it is forged, malformed or expired. */
export function verifyToken(
  token: string,
  secret: string,
  now: Date = new Date(),
): TokenClaims | 'expired' | null {
  const dot = token.indexOf('.');
  if (dot <= 0 || dot !== token.lastIndexOf('.')) return null;
  const payload = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1), 'base64url');
  const expected = signature(payload, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (claims === null || typeof claims !== 'object') return null;
  const { id, roles, place, groups, exp } = claims as Record<string, unknown>;
  if (typeof id !== 'string' || id.length === 0 || !isStringList(roles) || !isStringList(place))
    return null;
  if (groups !== undefined && !isStringList(groups)) return null;
  if (exp !== undefined && typeof exp !== 'number') return null;
  if (exp !== undefined && exp * 1000 <= now.getTime()) return 'expired';
  return {
    id,
    roles,
    place,
    ...(groups === undefined ? {} : { groups }),
    ...(exp === undefined ? {} : { exp }),
  };
}

/**
 * An {@link Authenticate} hook for the demo's signed bearer tokens
 * (`Authorization: Bearer <token>`); a request without the header is anonymous.
 */
export function createTokenAuthenticator(secret: string, clock: () => Date = () => new Date()) {
  if (secret.length < 16)
    throw new RangeError(
      'The token secret must be at least 16 characters long. Set YIZHAN_SECRET to a long random string.',
    );
  // Tokens already verified, so a busy client costs one HMAC, not one per request.
  const verified = new Map<string, TokenClaims>();
  const check = (token: string, now: Date): TokenClaims | 'expired' | null => {
    const known = verified.get(token);
    if (known !== undefined)
      return known.exp !== undefined && known.exp * 1000 <= now.getTime() ? 'expired' : known;
    const claims = verifyToken(token, secret, now);
    if (claims !== null && claims !== 'expired') {
      if (verified.size >= 10_000) verified.delete(verified.keys().next().value as string);
      verified.set(token, claims);
    }
    return claims;
  };
  const authenticate: Authenticate = (request) => {
    const header = request.headers.get('authorization');
    if (header === null) return { ok: true, principal: null };
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (match === null) return { ok: false, reason: 'invalid_token' };
    const claims = check(match[1] as string, clock());
    if (claims === 'expired') return { ok: false, reason: 'expired_token' };
    if (claims === null) return { ok: false, reason: 'invalid_token' };
    const { exp: _exp, ...principal } = claims;
    return { ok: true, principal };
  };
  return authenticate;
}
