import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ServerContext, ServerDeps } from '../context';
import { type RouteResult, runIdempotent } from '../idempotency';
import { readJson } from '../json-body';

/**
 * Answers a POST: reads its JSON body (with the size limit), runs `work` at most once per
 * `Idempotency-Key`, notifies event streams of changed instances and sends the result.
 */
export async function answerPost(
  c: ServerContext,
  deps: ServerDeps,
  limit: number,
  work: (body: unknown) => Promise<RouteResult>,
  serialKey?: string,
): Promise<Response> {
  const body = await readJson(c.req.raw, limit);
  const principal = c.get('principal');
  const key = c.req.header('idempotency-key');
  // The request's fingerprint is only needed with a key.
  const request = key === undefined ? '' : `${c.req.method} ${c.req.path}\n${JSON.stringify(body)}`;
  const run = () =>
    runIdempotent(deps, key, principal?.id ?? 'anonymous', request, () =>
      deps.routed.withReadCache(() => work(body)),
    );
  const { result, replayed } =
    serialKey === undefined ? await run() : await deps.serial(serialKey, run);
  for (const id of result.changed ?? []) deps.hub.notify(id);
  if (replayed) c.header('Idempotent-Replayed', 'true');
  return c.json(result.body, result.status as ContentfulStatusCode);
}
