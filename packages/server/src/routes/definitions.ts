import type { CompiledFlow, JsonObject } from '@yizhan/core/flow';
import { z } from '@yizhan/core/flow';
import { manages, maySeeDefinition } from '../access';
import { denied, positiveInt, type ServerApp, type ServerDeps } from '../context';
import type { PublishedDefinition } from '../definitions';
import { parseBody } from '../json-body';
import { type Principal, PUBLIC_ROLE } from '../principal';
import { HttpProblem } from '../problem';
import { answerPost } from './answer';

const publishBody = z.strictObject({
  definition: z.record(z.string(), z.unknown()),
  owner: z.array(z.string().min(1).max(64)).min(1).max(8).optional(),
});

/** Tells whether anonymous callers may act on some task of a flow (a public sign-up). */
export function isPublicFlow(compiled: CompiledFlow): boolean {
  return compiled.tasks.some((task) => task.assign.roles?.includes(PUBLIC_ROLE) ?? false);
}

const summary = (definition: PublishedDefinition, compiled: CompiledFlow | null) => ({
  flowId: definition.flowId,
  version: definition.version,
  title: compiled?.definition.title ?? definition.flowId,
  owner: definition.owner,
  publishedBy: definition.publishedBy,
  publishedAt: definition.publishedAt,
  public: compiled === null ? false : isPublicFlow(compiled),
});

/** Definitions: publish a version, list them, get one. */
export function definitionRoutes(app: ServerApp, deps: ServerDeps): void {
  const { registry, policy } = deps;

  async function visible(principal: Principal | null, definition: PublishedDefinition) {
    const compiled = await registry.compiled(definition.flowId, definition.version);
    const owner = (await registry.owner(definition.flowId)) ?? definition.owner;
    const ok = maySeeDefinition(
      policy,
      principal,
      owner,
      compiled !== null && isPublicFlow(compiled),
    );
    return { ok, compiled };
  }

  app.post('/definitions', (c) =>
    answerPost(c, deps, deps.limits.definition, async (raw) => {
      const principal = c.get('principal');
      const locale = c.get('locale');
      if (principal === null) throw denied(principal);
      if (!principal.roles.some((role) => policy.publishRoles.includes(role)))
        throw new HttpProblem(403, 'forbidden_role', { roles: policy.publishRoles });
      const body = parseBody(publishBody, raw, locale);
      const owner = body.owner ?? principal.place;
      if (!manages({ ...policy, staffRoles: policy.publishRoles }, principal, owner))
        throw new HttpProblem(403, 'forbidden', {}, [], '/owner');
      const published = await registry.publish(body.definition, owner, principal.id, locale);
      const compiled = await registry.compiled(published.flowId, published.version);
      return { status: 201, body: summary(published, compiled) };
    }),
  );

  app.get('/definitions', async (c) => {
    const principal = c.get('principal');
    const out = [];
    for (const definition of await registry.list()) {
      const { ok, compiled } = await visible(principal, definition);
      if (ok) out.push(summary(definition, compiled));
    }
    return c.json({ definitions: out });
  });

  async function getOne(
    principal: Principal | null,
    flowId: string,
    version: number | undefined,
  ): Promise<JsonObject> {
    const definition = await registry.get(flowId, version);
    if (definition === null)
      throw new HttpProblem(404, 'not_found', {
        kind: 'definition',
        id: version === undefined ? flowId : `${flowId}@${version}`,
      });
    const { ok, compiled } = await visible(principal, definition);
    if (!ok) throw denied(principal);
    return { ...summary(definition, compiled), document: definition.document };
  }

  app.get('/definitions/:flowId', async (c) =>
    c.json(await getOne(c.get('principal'), c.req.param('flowId'), undefined)),
  );
  app.get('/definitions/:flowId/versions/:version', async (c) => {
    const version = positiveInt(c.req.param('version'), 'version');
    return c.json(await getOne(c.get('principal'), c.req.param('flowId'), version));
  });
}
