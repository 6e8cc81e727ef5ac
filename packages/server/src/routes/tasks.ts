import type { InstanceRow } from '@yizhan/core/flow';
import { z } from '@yizhan/core/flow';
import { accessTo, mayActOn, seesPersonalData } from '../access';
import { denied, type ServerApp, type ServerDeps } from '../context';
import { parseBody } from '../json-body';
import { isRecordRow } from '../records';
import { taskBody } from '../views';
import { taskView } from './tasks-view';

const query = z.strictObject({
  flowId: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

/** Tasks: the open tasks the caller may act on, each with its form and data. */
export function taskRoutes(app: ServerApp, deps: ServerDeps): void {
  const { registry, policy, store } = deps;
  app.get('/tasks', async (c) => {
    const principal = c.get('principal');
    if (principal === null) throw denied(principal);
    const { flowId, limit = 100 } = parseBody(query, c.req.query(), c.get('locale'));
    // "Mine" means assigned to the caller's id, roles or groups; public tasks (anyone may
    // sign up) are found through their instance, not listed here.
    const rows = await store.tasksFor({
      actorId: principal.id,
      roles: principal.roles,
      groups: principal.groups ?? [],
      ...(flowId === undefined ? {} : { flowId }),
    });
    const instances = new Map<string, InstanceRow | null>();
    const tasks = [];
    for (const task of rows) {
      if (tasks.length >= limit) break;
      const owner = await registry.owner(task.flowId);
      if (owner === null || !mayActOn(policy, principal, principal.id, owner, task)) continue;
      if (!instances.has(task.instanceId))
        instances.set(task.instanceId, await store.getInstance(task.instanceId));
      const row = instances.get(task.instanceId);
      if (!row || isRecordRow(row)) continue;
      const compiled = await registry.compiled(row.flowId, row.flowVersion);
      if (compiled === null) continue;
      const context = row.snapshot.context as never;
      const access = accessTo(policy, principal, owner, context, [task]) ?? 'participant';
      tasks.push(
        taskBody(
          compiled,
          taskView(compiled, row, task),
          seesPersonalData(policy, principal, access),
        ),
      );
    }
    return c.json({ tasks });
  });
}
