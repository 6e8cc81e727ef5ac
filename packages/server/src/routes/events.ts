import type { FlowContext } from '@yizhan/core/flow';
import { streamSSE } from 'hono/streaming';
import { accessTo, seesPersonalData } from '../access';
import { denied, loadInstance, type ServerApp, type ServerDeps } from '../context';
import { instanceBody } from '../views';

/**
 * Server-sent events for one instance: an `instance` event with its current view at once,
 * then one whenever it changes (on this server at once; on another within `ssePollMs`).
 * The event id is the instance version; a client reconnecting with `Last-Event-ID` gets
 * only newer versions. The stream ends after the instance is done.
 */
export function eventRoutes(app: ServerApp, deps: ServerDeps): void {
  const { policy, registry } = deps;
  app.get('/instances/:id/events', async (c) => {
    const principal = c.get('principal');
    const first = await loadInstance(deps, c.req.param('id'));
    const access0 = accessTo(
      policy,
      principal,
      first.owner,
      first.row.snapshot.context as unknown as FlowContext,
      first.tasks,
    );
    if (access0 === null) throw denied(principal);
    const lastSeen = Number(c.req.header('last-event-id') ?? '0');
    return streamSSE(c, async (stream) => {
      const abort = new AbortController();
      stream.onAbort(() => abort.abort());
      let sent = Number.isFinite(lastSeen) ? lastSeen : 0;
      while (!abort.signal.aborted) {
        const loaded = await loadInstance(deps, first.row.id);
        if (loaded.row.version > sent) {
          const context = loaded.row.snapshot.context as unknown as FlowContext;
          const access = accessTo(policy, principal, loaded.owner, context, loaded.tasks);
          if (access === null) break;
          const view = await registry.runtime().instance(loaded.row.id);
          if (view === null) break;
          const body = instanceBody(
            loaded.compiled,
            view,
            access,
            principal?.id ?? null,
            seesPersonalData(policy, principal, access),
          );
          await stream.writeSSE({
            event: 'instance',
            id: String(view.version),
            data: JSON.stringify(body),
          });
          sent = view.version;
          if (view.status === 'done') break;
        }
        await deps.hub.wait(first.row.id, deps.ssePollMs, abort.signal);
      }
    });
  });
}
