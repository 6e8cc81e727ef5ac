import { randomUUID } from 'node:crypto';
import type { FlowHooks, StepRegistry, Store } from '@yizhan/core/flow';
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { pickLocale } from './accept-language';
import { type AccessPolicy, DEFAULT_ACCESS_POLICY } from './access';
import { type ClientKey, socketClientKey } from './client-address';
import type { BodyLimits, ServerApp, ServerDeps, ServerEnv } from './context';
import { type CorsOptions, corsMiddleware } from './cors';
import { createDefinitionRegistry, type DefinitionRegistry } from './definitions';
import { createEventHub } from './event-hub';
import { openApiDocument } from './openapi';
import { HttpProblem } from './problem';
import { createRateLimiter, type RateLimitOptions } from './rate-limit';
import { createRecordRetention, DEFAULT_IDEMPOTENCY_RETENTION_MS } from './record-retention';
import { createRecords } from './records';
import { routeStore } from './routed-store';
import { definitionRoutes } from './routes/definitions';
import { draftRoutes } from './routes/drafts';
import { eventRoutes } from './routes/events';
import { instanceRoutes } from './routes/instances';
import { jobRoutes } from './routes/jobs';
import { taskRoutes } from './routes/tasks';
import { createScheduler, type Scheduler } from './scheduler';
import { createSerializer } from './serial';
import type { Authenticate } from './token-auth';

/** Options of {@link createServer}. */
export interface ServerOptions {
  /** Where everything is kept: `openSqliteStore`, `openPostgresStore`, or the memory store in tests. */
  readonly store: Store;
  /** Who is asking: the host's hook (the demo's is `createTokenAuthenticator(secret)`). */
  readonly authenticate: Authenticate;
  /** Which roles are staff, see personal data, publish. Defaults: {@link DEFAULT_ACCESS_POLICY}. */
  readonly access?: Partial<AccessPolicy>;
  readonly clock?: () => Date;
  /** Custom step types (from `defineStep`) the published definitions may use. */
  readonly steps?: StepRegistry;
  /** Host functions step handlers call (an SMS sender, the `candidates` hook). */
  readonly hooks?: FlowHooks;
  readonly limits?: Partial<BodyLimits>;
  /** The per-client rate limit of anonymous requests; `false` turns it off. */
  readonly rateLimit?: RateLimitOptions | false;
  /**
   * Names the client of a request for the rate limit; the socket's address by default.
   * Behind a reverse proxy use `clientKeyBehindProxies([proxy address])`.
   */
  readonly clientKey?: ClientKey;
  /** The timer scheduler's settings. */
  readonly scheduler?: {
    readonly intervalMs?: number;
    readonly batch?: number;
    readonly leaseMs?: number;
    /** This server's name in timer leases; a random one by default. */
    readonly owner?: string;
  };
  /** How often event streams look for changes made by other servers. Default 1,000 ms. */
  readonly ssePollMs?: number;
  /** Called with unexpected errors (answered 500) and failed scheduler rounds. Default: console.error. */
  readonly onError?: (error: unknown) => void;
  /** Origins each organisation lets embed the widgets (CORS with credentials); none by default. */
  readonly cors?: CorsOptions;
  /** Makes instance ids and anonymous actor ids; `crypto.randomUUID` by default. */
  readonly createId?: () => string;
  /**
   * How long the answer to a request with an `Idempotency-Key` is kept, in milliseconds:
   * a retry within it is answered with the first answer; after it the key is forgotten
   * (the request runs anew) and the answer deleted. Default 24 hours.
   */
  readonly idempotencyRetentionMs?: number;
}

/** A Yizhan server: the Hono app, its fetch handler and the timer scheduler. */
export interface YizhanServer {
  readonly app: ServerApp;
  /** The app's fetch handler: give it to `@hono/node-server` or call it in tests. */
  readonly fetch: (request: Request, env?: unknown) => Promise<Response>;
  readonly scheduler: Scheduler;
  readonly registry: DefinitionRegistry;
}

/** The instance id `/health` reads: one indexed lookup that proves the store answers. */
const HEALTH_PROBE_ID = 'yizhan:health';

/**
 * Creates the Yizhan HTTP API over a store: definitions, instances, tasks, history,
 * drafts and instance events, with the caller checked on every route, idempotent POSTs,
 * body size limits and a rate limit for anonymous callers. Start the scheduler (or use
 * `listen`) so timers fire.
 *
 * @example
 * const server = createServer({ store: openSqliteStore({ file: 'yizhan.db' }), authenticate: createTokenAuthenticator(secret) });
 * await listen(server, { port: 8787 });
 */
export function createServer(options: ServerOptions): YizhanServer {
  const clock = options.clock ?? (() => new Date());
  const newId = options.createId ?? (() => randomUUID());
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  const routed = routeStore(options.store);
  const policy: AccessPolicy = { ...DEFAULT_ACCESS_POLICY, ...options.access };
  const registry = createDefinitionRegistry({
    store: routed.store,
    clock,
    createId: newId,
    ...(options.steps === undefined ? {} : { steps: options.steps }),
    ...(options.hooks === undefined ? {} : { hooks: options.hooks }),
  });
  const hub = createEventHub();
  const deps: ServerDeps = {
    store: routed.store,
    routed,
    records: createRecords(
      routed.store,
      createRecordRetention({
        store: options.store,
        clock,
        idempotencyMs: options.idempotencyRetentionMs ?? DEFAULT_IDEMPOTENCY_RETENTION_MS,
        onError,
      }),
    ),
    registry,
    policy,
    limits: { body: 64 * 1024, definition: 1024 * 1024, ...options.limits },
    hub,
    clock,
    newId,
    serial: createSerializer(),
    ssePollMs: options.ssePollMs ?? 1000,
  };
  const limiter = options.rateLimit === false ? null : createRateLimiter(options.rateLimit);
  const clientKey = options.clientKey ?? socketClientKey;

  const app: ServerApp = new Hono<ServerEnv>();
  app.onError((error, c) => {
    const locale = c.get('locale') ?? pickLocale(c.req.header('accept-language'));
    if (!(error instanceof HttpProblem)) onError(error);
    const problem = error instanceof HttpProblem ? error : new HttpProblem(500, 'internal');
    const { status, body, headers } = problem.toResponse(locale);
    for (const [name, value] of Object.entries(headers ?? {})) c.header(name, value);
    return c.json(body, status as ContentfulStatusCode);
  });
  app.notFound((c) => {
    const locale = pickLocale(c.req.header('accept-language'));
    const { status, body } = new HttpProblem(404, 'unknown_route', {
      method: c.req.method,
      path: c.req.path,
    }).toResponse(locale);
    return c.json(body, status as ContentfulStatusCode);
  });
  // Before authentication: a preflight carries no credentials, and errors need CORS headers too.
  if (options.cors !== undefined) app.use(corsMiddleware(options.cors));
  app.use(async (c, next) => {
    c.set('locale', pickLocale(c.req.header('accept-language')));
    const auth = await options.authenticate(c.req.raw);
    if (!auth.ok) throw new HttpProblem(401, auth.reason);
    c.set('principal', auth.principal);
    if (auth.principal === null && limiter !== null && c.req.path !== '/health') {
      const verdict = limiter(clientKey(c.req.raw, c.env), clock().getTime());
      if (!verdict.allowed)
        throw new HttpProblem(429, 'rate_limited', { retryAfter: verdict.retryAfter }, [], '', {
          'Retry-After': String(verdict.retryAfter),
        });
    }
    await next();
  });

  // Readiness too: a load balancer takes a server whose database does not answer out of service.
  app.get('/health', async (c) => {
    try {
      await options.store.getInstance(HEALTH_PROBE_ID);
      return c.json({ ok: true, store: 'ok' });
    } catch (error) {
      onError(error);
      return c.json({ ok: false, store: 'unavailable' }, 503);
    }
  });
  app.get('/openapi.json', (c) => c.json(openApiDocument()));
  definitionRoutes(app, deps);
  instanceRoutes(app, deps);
  jobRoutes(app, deps);
  taskRoutes(app, deps);
  draftRoutes(app, deps);
  eventRoutes(app, deps);

  const scheduler = createScheduler({
    registry,
    routed,
    owner: options.scheduler?.owner ?? `server-${newId()}`,
    onFired: (ids) => {
      for (const id of ids) hub.notify(id);
    },
    onError,
    ...(options.scheduler?.intervalMs === undefined
      ? {}
      : { intervalMs: options.scheduler.intervalMs }),
    ...(options.scheduler?.batch === undefined ? {} : { batch: options.scheduler.batch }),
    ...(options.scheduler?.leaseMs === undefined ? {} : { leaseMs: options.scheduler.leaseMs }),
  });

  return {
    app,
    fetch: async (request, env) => app.fetch(request, env),
    scheduler,
    registry,
  };
}
