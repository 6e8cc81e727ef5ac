import type {
  Accepted,
  Actor,
  FlowContext,
  FlowRuntime,
  JsonObject,
  Refusal,
  TaskCommand,
} from '@yizhan/core/flow';
import { z } from '@yizhan/core/flow';
import type { Locale } from '@yizhan/core/i18n';
import { accessTo, manages, mayActOn, seesPersonalData } from '../access';
import { denied, loadInstance, positiveInt, type ServerApp, type ServerDeps } from '../context';
import type { RouteResult } from '../idempotency';
import { parseBody } from '../json-body';
import { actorOf, related } from '../principal';
import { HttpProblem, refusalStatus } from '../problem';
import { isRecordRow } from '../records';
import { historyBody, instanceBody, signupSummaries, taskBody } from '../views';
import { answerPost } from './answer';
import { taskView } from './tasks-view';

const startBody = z.strictObject({
  flowId: z.string().min(1).max(64),
  version: z.int().min(1).optional(),
});

const eventBody = z.strictObject({
  task: z.string().min(1).max(128),
  action: z.string().min(1).max(64),
  data: z.record(z.string(), z.unknown()).optional(),
  comment: z.string().max(2000).optional(),
  expectedVersion: z.int().min(1).optional(),
});

const listQuery = z.strictObject({
  flowId: z.string().min(1).max(64).optional(),
  status: z.enum(['active', 'done']).optional(),
});

/** A refusal of the runtime as an HTTP answer. */
export function refusalResult(refusal: Refusal): RouteResult {
  return {
    status: refusalStatus(refusal.code),
    body: (refusal.issues.length > 0
      ? { code: refusal.code, path: '', message: refusal.message, issues: refusal.issues }
      : { code: refusal.code, path: '', message: refusal.message }) as unknown as JsonObject,
  };
}

const MAX_STALE_RETRIES = 200;

/**
 * Sends an event, retrying when another server committed to the instance first and the
 * caller did not pin a version: each retry reads the instance afresh, so the event is
 * applied to the newest state exactly once.
 */
async function sendWithRetry(
  runtime: () => FlowRuntime,
  id: string,
  command: TaskCommand,
  actor: Actor,
  locale: Locale,
): Promise<Accepted | Refusal> {
  for (let attempt = 0; ; attempt += 1) {
    const result = await runtime().send(id, command, actor, { locale });
    if (result.ok || result.code !== 'stale_version' || command.expectedVersion !== undefined)
      return result;
    if (attempt >= MAX_STALE_RETRIES)
      throw new HttpProblem(503, 'busy', {}, [], '', { 'Retry-After': '1' });
    await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(20, 1 + attempt)));
  }
}

/** Instances: start, list, get, send an event, tasks of one instance, history. */
export function instanceRoutes(app: ServerApp, deps: ServerDeps): void {
  const { registry, policy, store } = deps;

  app.post('/instances', (c) => {
    const principal = c.get('principal');
    const locale = c.get('locale');
    return answerPost(c, deps, deps.limits.body, async (raw) => {
      const body = parseBody(startBody, raw, locale);
      const compiled = await registry.compiled(body.flowId, body.version);
      const owner = await registry.owner(body.flowId);
      if (compiled === null || owner === null)
        throw new HttpProblem(
          404,
          'not_found',
          {
            kind: 'definition',
            id: body.version === undefined ? body.flowId : `${body.flowId}@${body.version}`,
          },
          [],
          '/flowId',
        );
      // Staff start instances in their places; anyone else only flows whose first task is
      // their own (a resident posting a micro-wish: `assignee: startedBy`), on their branch.
      const first = compiled.tasks.filter((task) => task.stepId === compiled.definition.start);
      const ownFirst = first.some((task) => task.assign.assignee === 'startedBy');
      if (!manages(policy, principal, owner)) {
        if (principal === null) throw denied(principal);
        if (!related(principal.place, owner)) throw new HttpProblem(403, 'forbidden');
        if (!ownFirst) throw new HttpProblem(403, 'start_not_allowed');
      }
      const actor = actorOf(principal, deps.newId);
      const { instance } = await registry.runtime().start(body.flowId, {
        actor,
        version: compiled.definition.version,
      });
      const access = accessTo(policy, principal, owner, instance.context, []) ?? 'participant';
      return {
        status: 201,
        body: instanceBody(compiled, instance, access, actor.id, true) as unknown as JsonObject,
        changed: [instance.id],
      };
    });
  });

  app.get('/instances', async (c) => {
    const principal = c.get('principal');
    if (principal === null) throw denied(principal);
    const query = parseBody(listQuery, c.req.query(), c.get('locale'));
    const rows = await store.listInstances(query);
    const out = [];
    for (const row of rows) {
      if (isRecordRow(row)) continue;
      const owner = await registry.owner(row.flowId);
      if (owner === null) continue;
      const context = row.snapshot.context as unknown as FlowContext;
      if (!manages(policy, principal, owner) && context.startedBy !== principal.id) continue;
      out.push({
        id: row.id,
        flowId: row.flowId,
        flowVersion: row.flowVersion,
        version: row.version,
        status: row.status,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      });
    }
    return c.json({ instances: out });
  });

  app.get('/instances/:id', async (c) => {
    const principal = c.get('principal');
    const loaded = await loadInstance(deps, c.req.param('id'), { anyTaskOrder: true });
    const context = loaded.row.snapshot.context as unknown as FlowContext;
    const access = accessTo(policy, principal, loaded.owner, context, loaded.tasks);
    if (access === null) throw denied(principal);
    const view = await registry.runtime().instance(loaded.row.id);
    if (view === null)
      throw new HttpProblem(404, 'not_found', { kind: 'instance', id: loaded.row.id });
    const personal = seesPersonalData(policy, principal, access);
    return c.json(instanceBody(loaded.compiled, view, access, principal?.id ?? null, personal));
  });

  app.post('/instances/:id/events', (c) => {
    const id = c.req.param('id');
    const principal = c.get('principal');
    const locale = c.get('locale');
    return answerPost(
      c,
      deps,
      deps.limits.body,
      async (raw) => {
        const body = parseBody(eventBody, raw, locale);
        const loaded = await loadInstance(deps, id, { anyTaskOrder: true });
        const actor = actorOf(principal, deps.newId);
        const task = loaded.tasks.find((candidate) => candidate.key === body.task);
        if (task === undefined || !mayActOn(policy, principal, actor.id, loaded.owner, task)) {
          const context = loaded.row.snapshot.context as unknown as FlowContext;
          if (accessTo(policy, principal, loaded.owner, context, loaded.tasks) === null)
            throw denied(principal);
          if (task !== undefined) throw denied(principal);
        }
        const command: TaskCommand = {
          task: body.task,
          action: body.action,
          ...(body.data === undefined ? {} : { data: body.data as JsonObject }),
          ...(body.comment === undefined ? {} : { comment: body.comment }),
          ...(body.expectedVersion === undefined ? {} : { expectedVersion: body.expectedVersion }),
        };
        const result = await sendWithRetry(() => registry.runtime(), id, command, actor, locale);
        if (!result.ok) return refusalResult(result);
        const { instance } = result;
        return {
          status: 200,
          body: {
            instance: {
              id: instance.id,
              flowId: instance.flowId,
              flowVersion: instance.flowVersion,
              version: instance.version,
              status: instance.status,
              state: [...instance.state],
            },
            actor: actor.id,
            signups: signupSummaries(loaded.compiled, instance.context, actor.id),
          } as unknown as JsonObject,
          changed: [id],
        };
      },
      id,
    );
  });

  app.get('/instances/:id/tasks', async (c) => {
    const principal = c.get('principal');
    const loaded = await loadInstance(deps, c.req.param('id'));
    const context = loaded.row.snapshot.context as unknown as FlowContext;
    const access = accessTo(policy, principal, loaded.owner, context, loaded.tasks);
    if (access === null) throw denied(principal);
    const personal = seesPersonalData(policy, principal, access);
    const actorId = principal?.id ?? '';
    const tasks = loaded.tasks
      .filter((task) => mayActOn(policy, principal, actorId, loaded.owner, task))
      .map((task) =>
        taskBody(loaded.compiled, taskView(loaded.compiled, loaded.row, task), personal),
      );
    return c.json({ tasks });
  });

  app.get('/instances/:id/history', async (c) => {
    const principal = c.get('principal');
    const loaded = await loadInstance(deps, c.req.param('id'));
    const context = loaded.row.snapshot.context as unknown as FlowContext;
    const access = accessTo(policy, principal, loaded.owner, context, loaded.tasks);
    if (access !== 'manage' && access !== 'own') throw denied(principal);
    const after = positiveInt(c.req.query('after'), 'after');
    const entries = await store.history(loaded.row.id, after);
    const personal = seesPersonalData(policy, principal, access);
    return c.json({ history: historyBody(loaded.compiled, entries, personal) });
  });
}
