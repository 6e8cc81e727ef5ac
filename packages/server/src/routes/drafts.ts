import { createHash, randomBytes } from 'node:crypto';
import type { JsonObject } from '@yizhan/core/flow';
import { z } from '@yizhan/core/flow';
import { maySeeDefinition } from '../access';
import { denied, type ServerApp, type ServerDeps } from '../context';
import { parseBody, readJson } from '../json-body';
import { HttpProblem } from '../problem';
import { answerPost } from './answer';
import { isPublicFlow } from './definitions';

const createBody = z.strictObject({
  flowId: z.string().min(1).max(64),
  task: z.string().min(1).max(128).optional(),
  instanceId: z.string().min(1).max(128).optional(),
  data: z.record(z.string(), z.unknown()),
});

const updateBody = z.strictObject({
  data: z.record(z.string(), z.unknown()),
  /** The revision the client last saw; a newer one stored meanwhile is refused (409). */
  revision: z.int().min(1).optional(),
});

const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** Drafts are stored under a hash of their resume token, so the database never holds tokens. */
const tokenKey = (token: string): string => createHash('sha256').update(token).digest('base64url');

interface DraftValue extends JsonObject {
  readonly flowId: string;
  readonly task: string | null;
  readonly instanceId: string | null;
  readonly data: JsonObject;
  readonly by: string | null;
}

/**
 * Drafts held by the server: a half-filled form saved under a resume token (续填码) that
 * whoever holds it can load and update later, on another device too.
 */
export function draftRoutes(app: ServerApp, deps: ServerDeps): void {
  const { records, registry, policy } = deps;

  const show = (token: string, value: DraftValue, revision: number, updatedAt: string) => ({
    token,
    flowId: value.flowId,
    task: value.task,
    instanceId: value.instanceId,
    data: value.data,
    revision,
    updatedAt,
  });

  app.post('/drafts', (c) =>
    answerPost(c, deps, deps.limits.body, async (raw) => {
      const principal = c.get('principal');
      const body = parseBody(createBody, raw, c.get('locale'));
      const compiled = await registry.compiled(body.flowId);
      const owner = await registry.owner(body.flowId);
      if (compiled === null || owner === null)
        throw new HttpProblem(
          404,
          'not_found',
          { kind: 'definition', id: body.flowId },
          [],
          '/flowId',
        );
      if (!maySeeDefinition(policy, principal, owner, isPublicFlow(compiled)))
        throw denied(principal);
      const token = randomBytes(24).toString('base64url');
      const value: DraftValue = {
        flowId: body.flowId,
        task: body.task ?? null,
        instanceId: body.instanceId ?? null,
        data: body.data as JsonObject,
        by: principal?.id ?? null,
      };
      const at = deps.clock().toISOString();
      await records.create('draft', tokenKey(token), value, at);
      return { status: 201, body: show(token, value, 1, at) };
    }),
  );

  async function load(token: string) {
    const record = TOKEN.test(token)
      ? await records.get<DraftValue>('draft', tokenKey(token))
      : null;
    if (record === null)
      throw new HttpProblem(404, 'not_found', { kind: 'draft', id: `${token.slice(0, 4)}…` });
    return record;
  }

  app.get('/drafts/:token', async (c) => {
    const token = c.req.param('token');
    const record = await load(token);
    return c.json(show(token, record.value, record.version, record.updatedAt));
  });

  app.put('/drafts/:token', async (c) => {
    const token = c.req.param('token');
    const body = parseBody(
      updateBody,
      await readJson(c.req.raw, deps.limits.body),
      c.get('locale'),
    );
    const record = await load(token);
    const stale = (current: number) =>
      new HttpProblem(409, 'stale_version', { expected: body.revision, current }, [], '/revision');
    if (body.revision !== undefined && body.revision !== record.version)
      throw stale(record.version);
    const value: DraftValue = { ...record.value, data: body.data as JsonObject };
    const at = deps.clock().toISOString();
    if (!(await records.update('draft', tokenKey(token), value, record.version, at)))
      throw stale((await load(token)).version);
    return c.json(show(token, value, record.version + 1, at));
  });
}
