/**
 * A fresh `Idempotency-Key`: a random UUID. The server applies a POST at most once per key
 * (and caller), answering a repeat with the first answer, so a retried or queued request
 * keeps the key it was first sent with.
 */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
