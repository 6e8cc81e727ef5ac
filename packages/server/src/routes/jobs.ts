import type { JsonObject, TimerRow } from '@yizhan/core/flow';
import { z } from '@yizhan/core/flow';
import { manages } from '../access';
import { denied, loadInstance, type ServerApp, type ServerDeps } from '../context';
import { parseBody } from '../json-body';
import { actorOf } from '../principal';
import { answerPost } from './answer';
import { refusalResult } from './instances';

/** A retry takes no options: the body is `{}`. */
const retryBody = z.strictObject({});

/** A job as staff see it: when it runs next, how many runs failed, and the last error. */
function jobView(timer: TimerRow) {
  return {
    key: timer.key,
    dueAt: timer.dueAt,
    attempts: timer.attempts ?? 0,
    lastError: timer.lastError ?? null,
    failed: timer.failed ?? false,
  };
}

/**
 * Jobs of an instance (async step handlers: auto match, custom steps), for the staff who
 * manage it: `GET /instances/{id}/jobs` lists them with their failures, and
 * `POST /instances/{id}/jobs/{key}/retry` re-arms one that gave up after its last attempt
 * (or runs a postponed one now).
 */
export function jobRoutes(app: ServerApp, deps: ServerDeps): void {
  const { policy, registry, store } = deps;

  app.get('/instances/:id/jobs', async (c) => {
    const principal = c.get('principal');
    const loaded = await loadInstance(deps, c.req.param('id'));
    if (!manages(policy, principal, loaded.owner)) throw denied(principal);
    const timers = await store.timersOf(loaded.row.id);
    return c.json({ jobs: timers.filter((timer) => timer.kind === 'job').map(jobView) });
  });

  app.post('/instances/:id/jobs/:key/retry', (c) => {
    const id = c.req.param('id');
    const key = c.req.param('key');
    const principal = c.get('principal');
    const locale = c.get('locale');
    return answerPost(
      c,
      deps,
      deps.limits.body,
      async (raw) => {
        parseBody(retryBody, raw, locale);
        const loaded = await loadInstance(deps, id);
        if (!manages(policy, principal, loaded.owner)) throw denied(principal);
        const actor = actorOf(principal, deps.newId);
        const result = await registry.runtime().retryJob(id, key, { actor, locale });
        if (!result.ok) return refusalResult(result);
        const { instance } = result;
        return {
          status: 200,
          body: {
            outcome: result.outcome,
            instance: {
              id: instance.id,
              flowId: instance.flowId,
              flowVersion: instance.flowVersion,
              version: instance.version,
              status: instance.status,
              state: [...instance.state],
            },
            ...(result.failure === undefined
              ? {}
              : {
                  failure: {
                    error: result.failure.error,
                    attempts: result.failure.attempts,
                    nextDueAt: result.failure.nextDueAt,
                  },
                }),
          } as unknown as JsonObject,
          changed: [id],
        };
      },
      id,
    );
  });
}
