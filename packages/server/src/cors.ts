import type { MiddlewareHandler } from 'hono';
import { pickLocale } from './accept-language';
import type { ServerEnv } from './context';
import type { Place } from './principal';
import { HttpProblem } from './problem';

/**
 * The origins (scheme, host and port, such as `https://zyz.jiangxi.example`) a place's pages
 * may call the API from: a provincial portal that embeds a community's sign-up widget.
 */
export interface CorsOrigins {
  /** The organisation that allows the embedding, top first (`['luling', 'hedong', 'chongwen']`). */
  readonly place: Place;
  readonly origins: readonly string[];
}

/** Cross-origin embedding: which origins each organisation allows. */
export interface CorsOptions {
  readonly organisations: readonly CorsOrigins[];
  /** How long a browser may keep a preflight answer, in seconds. Default 600. */
  readonly maxAge?: number;
}

const ALLOW_HEADERS =
  'authorization, content-type, idempotency-key, last-event-id, accept-language';
const EXPOSE_HEADERS = 'idempotent-replayed, retry-after';
const ALLOW_METHODS = 'GET, POST, PUT, OPTIONS';

/** The places that allow an origin; empty when none does. */
export function placesAllowing(options: CorsOptions, origin: string): readonly Place[] {
  return options.organisations
    .filter((entry) => entry.origins.includes(origin))
    .map((entry) => entry.place);
}

/**
 * CORS with credentials for the origins configured per organisation: an allowed origin
 * gets its own origin echoed (never `*`), `Access-Control-Allow-Credentials: true` and
 * `Vary: Origin`, on answers and on errors alike; a preflight is answered before the
 * caller is authenticated (browsers send no credentials with it). A request from any
 * other origin is refused with 403 `origin_not_allowed` and no CORS headers, so the
 * browser hides even that answer from the page. Requests without `Origin` (servers,
 * same-origin GETs) and same-origin requests pass untouched.
 */
export function corsMiddleware(options: CorsOptions): MiddlewareHandler<ServerEnv> {
  const maxAge = String(options.maxAge ?? 600);
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin === undefined || origin === new URL(c.req.url).origin) {
      await next();
      return;
    }
    const allowed = placesAllowing(options, origin).length > 0;
    if (!allowed) {
      const locale = pickLocale(c.req.header('accept-language'));
      const { status, body } = new HttpProblem(403, 'origin_not_allowed', {
        origin,
      }).toResponse(locale);
      c.header('Vary', 'Origin');
      return c.json(body, status as 403);
    }
    const preflight =
      c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined;
    if (preflight) {
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Allow-Methods': ALLOW_METHODS,
        'Access-Control-Allow-Headers': ALLOW_HEADERS,
        'Access-Control-Max-Age': maxAge,
        Vary: 'Origin',
      });
    }
    await next();
    c.res.headers.set('Access-Control-Allow-Origin', origin);
    c.res.headers.set('Access-Control-Allow-Credentials', 'true');
    c.res.headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    c.res.headers.append('Vary', 'Origin');
  };
}

/**
 * Reads `YIZHAN_CORS`: `place=origin,origin;place=origin`, a place written as its path in the
 * organisation tree with `/` (`luling/hedong/chongwen=https://portal.example`). Throws a
 * RangeError that says how to fix a malformed entry.
 *
 * @example
 * parseCorsSetting('luling=https://zyz.jiangxi.example;luling/hedong=https://a.example,https://b.example');
 */
export function parseCorsSetting(text: string): CorsOptions {
  const organisations = text
    .split(';')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [placeText, originsText] = entry.split('=', 2);
      const place = (placeText ?? '')
        .split('/')
        .map((part) => part.trim())
        .filter(Boolean);
      const origins = (originsText ?? '')
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean);
      if (place.length === 0 || origins.length === 0) {
        throw new RangeError(
          `YIZHAN_CORS entry ${JSON.stringify(entry)} needs a place and origins, such as "luling/hedong=https://portal.example".`,
        );
      }
      for (const origin of origins) {
        let parsed: URL | undefined;
        try {
          parsed = new URL(origin);
        } catch {
          parsed = undefined;
        }
        if (!parsed || parsed.origin !== origin) {
          throw new RangeError(
            `YIZHAN_CORS origin ${JSON.stringify(origin)} must be a scheme, host and optional port only, such as "https://portal.example".`,
          );
        }
      }
      return { place, origins };
    });
  return { organisations };
}
