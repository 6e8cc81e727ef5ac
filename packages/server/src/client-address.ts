/** Names the client of a request for the rate limit (see `ServerOptions.clientKey`). */
export type ClientKey = (request: Request, env: unknown) => string;

/** `::ffff:10.0.0.2` and `10.0.0.2` are the same IPv4 client. */
function normalizeAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}

/** The address of the TCP peer (Node's `@hono/node-server` passes the request as `env.incoming`). */
export function socketAddress(env: unknown): string | undefined {
  const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.incoming;
  const address = incoming?.socket?.remoteAddress;
  return address === undefined ? undefined : normalizeAddress(address);
}

/** The socket's address: right when clients connect directly. */
export const socketClientKey: ClientKey = (_request, env) => socketAddress(env) ?? 'unknown';

/**
 * Reads `X-Forwarded-For` behind the reverse proxies at `trusted` addresses: the client is
 * the rightmost address that is not one of them (a client can prepend anything to the
 * header, but it cannot forge what the proxies appended). A request that did not come from a
 * trusted proxy is keyed by its socket address, so nobody can pick their own bucket.
 *
 * @example
 * createServer({ store, authenticate, clientKey: clientKeyBehindProxies(['127.0.0.1']) });
 */
export function clientKeyBehindProxies(trusted: readonly string[]): ClientKey {
  const proxies = new Set(trusted.map(normalizeAddress));
  return (request, env) => {
    const peer = socketAddress(env) ?? 'unknown';
    if (!proxies.has(peer)) return peer;
    const hops = (request.headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map(normalizeAddress)
      .filter((hop) => hop !== '');
    for (let index = hops.length - 1; index >= 0; index -= 1) {
      const hop = hops[index] as string;
      if (!proxies.has(hop)) return hop;
    }
    return peer;
  };
}

/**
 * `YIZHAN_TRUSTED_PROXIES` (comma-separated addresses of the reverse proxies in front of the
 * server) as a `clientKey`; `undefined` when unset. Names must be IP addresses, not host names.
 */
export function clientKeyFromEnv(setting: string | undefined): ClientKey | undefined {
  if (setting === undefined || setting.trim() === '') return undefined;
  const addresses = setting.split(',').map((part) => part.trim());
  const bad = addresses.find((address) => !/^[0-9a-fA-F:.]+$/.test(address) || address === '');
  if (bad !== undefined)
    throw new RangeError(
      `YIZHAN_TRUSTED_PROXIES lists the IP addresses of your reverse proxies, separated by commas (say "127.0.0.1,::1"), not ${JSON.stringify(bad)}.`,
    );
  return clientKeyBehindProxies(addresses);
}
