/** Options of {@link createRateLimiter}: a token bucket per client. */
export interface RateLimitOptions {
  /** Requests a client may make at once (the bucket size). Default 60. */
  readonly burst?: number;
  /** Requests per second added back to each bucket. Default 10. */
  readonly perSecond?: number;
  /** How many clients are remembered; the least recently seen are forgotten first. Default 10,000. */
  readonly maxClients?: number;
}

/** Takes one request from a client's bucket: allowed, or how many seconds to wait. */
export type RateLimiter = (
  client: string,
  now: number,
) => { allowed: true } | { allowed: false; retryAfter: number };

/**
 * A per-client rate limit (a token bucket in memory), for anonymous routes: each server
 * counts its own clients, so N servers allow N times the rate.
 */
export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  const burst = options.burst ?? 60;
  const perSecond = options.perSecond ?? 10;
  const maxClients = options.maxClients ?? 10_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (client, now) => {
    const bucket = buckets.get(client) ?? { tokens: burst, at: now };
    buckets.delete(client);
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    buckets.set(client, bucket);
    if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value as string);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfter: Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond)) };
  };
}
