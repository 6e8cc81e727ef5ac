/** How network failures are retried: attempts after the first, and the first pause. */
export interface RetryPolicy {
  /** Retries after the first attempt. Default 3. */
  readonly retries: number;
  /** The pause before the first retry in milliseconds; it doubles each time (with jitter). Default 300. */
  readonly baseMs: number;
}

/** The default retry policy: three retries after 300, 600 and 1,200 ms (±25 %). */
export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseMs: 300 };

/** The pause before retry number `attempt` (0-based): exponential backoff with ±25 % jitter. */
export function backoffMs(
  policy: RetryPolicy,
  attempt: number,
  random: () => number = Math.random,
): number {
  const base = policy.baseMs * 2 ** attempt;
  return Math.round(base * (0.75 + random() * 0.5));
}

/** Tells a network failure (no answer at all) from everything else: fetch rejects with a TypeError. */
export function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError;
}
