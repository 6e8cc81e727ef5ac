import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Store } from '@yizhan/core/flow';
import { clientKeyFromEnv } from './client-address';
import { parseCorsSetting } from './cors';
import { createServer, type ServerOptions, type YizhanServer } from './create-server';
import { createTokenAuthenticator } from './token-auth';

/** Options of {@link listen}. */
export interface ListenOptions {
  /** 0 picks a free port. Default 8787. */
  readonly port?: number;
  /** Default 127.0.0.1; `0.0.0.0` to accept connections from other machines. */
  readonly hostname?: string;
  /** Start the timer scheduler too. Default true. */
  readonly scheduler?: boolean;
}

/** A server listening on a port. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** Stops the scheduler, closes connections (event streams too) and the HTTP server. */
  close(): Promise<void>;
}

/**
 * Serves a {@link YizhanServer} over HTTP on Node and starts its timer scheduler.
 *
 * @example
 * const running = await listen(createServer({ store, authenticate }), { port: 8787 });
 */
export function listen(server: YizhanServer, options: ListenOptions = {}): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const http = serve(
      {
        fetch: (request, env) => server.fetch(request, env),
        port: options.port ?? 8787,
        hostname: options.hostname ?? '127.0.0.1',
      },
      (info: AddressInfo) => {
        if (options.scheduler !== false) server.scheduler.start();
        resolve({
          url: `http://${info.family === 'IPv6' ? `[${info.address}]` : info.address}:${info.port}`,
          port: info.port,
          async close() {
            await server.scheduler.stop();
            await new Promise<void>((done) => {
              http.close(() => done());
              (http as { closeAllConnections?: () => void }).closeAllConnections?.();
            });
          },
        });
      },
    );
    http.once('error', reject);
  });
}

/** The environment `yizhan serve` reads. */
export interface ServeEnv {
  /** A PostgreSQL URL: several servers share it. When absent, SQLite is used. */
  readonly DATABASE_URL?: string;
  /** The PostgreSQL schema of the tables. Default `yizhan`. */
  readonly YIZHAN_PG_SCHEMA?: string;
  /** The SQLite file. Default `./yizhan.db`. */
  readonly YIZHAN_DATA?: string;
  /**
   * `full` (default): a SQLite commit is acknowledged once it is on disk, surviving power
   * loss. `normal`: it survives a crash of the process, not of the machine, and commits
   * cost no fsync (several times faster on slow disks).
   */
  readonly YIZHAN_SQLITE_SYNCHRONOUS?: string;
  /** Default 8787. */
  readonly PORT?: string;
  /** Default 127.0.0.1. */
  readonly HOST?: string;
  /** The secret of the demo's signed bearer tokens (at least 16 characters). */
  readonly YIZHAN_SECRET?: string;
  /** Origins allowed to embed widgets, per organisation: `luling/hedong=https://portal.example;…`. */
  readonly YIZHAN_CORS?: string;
  /** How long idempotency answers are kept, in hours. Default 24. */
  readonly YIZHAN_IDEMPOTENCY_RETENTION_HOURS?: string;
  /** Addresses of the reverse proxies in front of the server: the rate limit then keys on `X-Forwarded-For`. */
  readonly YIZHAN_TRUSTED_PROXIES?: string;
}

type ClosableStore = Store & { close?: () => Promise<void> };

/** `YIZHAN_IDEMPOTENCY_RETENTION_HOURS` as the `idempotencyRetentionMs` option (absent: the default). */
function retentionFromEnv(hours: string | undefined): { idempotencyRetentionMs?: number } {
  if (hours === undefined || hours === '') return {};
  const value = Number(hours);
  if (!Number.isFinite(value) || value <= 0)
    throw new RangeError(
      `YIZHAN_IDEMPOTENCY_RETENTION_HOURS must be a positive number of hours (say 24), not ${JSON.stringify(hours)}.`,
    );
  return { idempotencyRetentionMs: value * 60 * 60 * 1000 };
}

/** Opens the store the environment names: PostgreSQL for `DATABASE_URL`, else a SQLite file. */
export async function openStoreFromEnv(
  env: ServeEnv,
): Promise<{ store: ClosableStore; label: string }> {
  if (env.DATABASE_URL) {
    const { openPostgresStore } = await import('@yizhan/store-postgres');
    const store = await openPostgresStore({
      connectionString: env.DATABASE_URL,
      ...(env.YIZHAN_PG_SCHEMA ? { schema: env.YIZHAN_PG_SCHEMA } : {}),
    });
    return { store, label: `PostgreSQL ${new URL(env.DATABASE_URL).host}` };
  }
  const file = env.YIZHAN_DATA || './yizhan.db';
  const synchronous = env.YIZHAN_SQLITE_SYNCHRONOUS ?? 'full';
  if (synchronous !== 'full' && synchronous !== 'normal')
    throw new RangeError(
      `YIZHAN_SQLITE_SYNCHRONOUS must be "full" or "normal", not ${JSON.stringify(synchronous)}.`,
    );
  const { openSqliteStore } = await import('@yizhan/store-sqlite');
  return { store: openSqliteStore({ file, synchronous }), label: `SQLite ${file}` };
}

/**
 * What `yizhan serve` runs: opens the store the environment names, authenticates with
 * signed bearer tokens (`YIZHAN_SECRET`), listens on `PORT` and fires timers.
 */
export async function serveFromEnv(
  env: ServeEnv,
  extra: Partial<Omit<ServerOptions, 'store' | 'authenticate'>> = {},
): Promise<RunningServer & { store: string }> {
  const secret = env.YIZHAN_SECRET;
  if (secret === undefined || secret.length < 16)
    throw new RangeError(
      'Set YIZHAN_SECRET to a random string of at least 16 characters: it signs the bearer tokens.',
    );
  const cors = env.YIZHAN_CORS ? { cors: parseCorsSetting(env.YIZHAN_CORS) } : {};
  const retention = retentionFromEnv(env.YIZHAN_IDEMPOTENCY_RETENTION_HOURS);
  const clientKey = clientKeyFromEnv(env.YIZHAN_TRUSTED_PROXIES);
  const { store, label } = await openStoreFromEnv(env);
  const server = createServer({
    ...cors,
    ...retention,
    ...(clientKey === undefined ? {} : { clientKey }),
    ...extra,
    store,
    authenticate: createTokenAuthenticator(secret),
  });
  const port = env.PORT === undefined ? 8787 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new RangeError(`PORT must be a port number (0–65535), not ${JSON.stringify(env.PORT)}.`);
  const running = await listen(server, { port, hostname: env.HOST ?? '127.0.0.1' });
  return {
    ...running,
    store: label,
    async close() {
      await running.close();
      await store.close?.();
    },
  };
}
