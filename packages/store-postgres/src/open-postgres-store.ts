import type { Store, StoreReader, StoreWriter, TimerFailure, TimerRow } from '@yizhan/core/flow';
import pg from 'pg';
import { migrate, SCHEMA_VERSION } from './migrations';
import { prepareStatements } from './queries';

/** Options of {@link openPostgresStore}: a connection string or a pool of the host's. */
export type PostgresStoreOptions = (
  | {
      /** `postgres://user:password@host:5432/database`; the store makes and ends its own pool. */
      readonly connectionString: string;
      /** The most connections the store's pool opens. Default 10. */
      readonly poolSize?: number;
    }
  | {
      /** A pool the host made (and ends): the store never ends it. */
      readonly pool: pg.Pool;
    }
) & {
  /** The PostgreSQL schema of the store's tables, created when missing. Default `yizhan`. */
  readonly schema?: string;
};

/**
 * A {@link Store} in PostgreSQL for any number of servers, with leased timer claims (the
 * `TimerClaims` capability of `@yizhan/core`) so their schedulers share the timers.
 */
export interface PostgresStore extends Store {
  /** Claims due timers with a lease (`FOR UPDATE SKIP LOCKED`); see `TimerClaims` in `@yizhan/core`. */
  claimDueTimers(now: string, limit: number, leaseMs: number, owner: string): Promise<TimerRow[]>;
  /** Records a failed job run and postpones it; see `TimerFailures` in `@yizhan/core`. */
  failTimer(instanceId: string, key: string, failure: TimerFailure): Promise<boolean>;
  /**
   * Deletes up to `limit` instances of `flowId` last updated before `updatedBefore` (ISO
   * 8601 UTC), with their tasks, timers, history and outbox; answers how many. The server
   * uses it to forget idempotency answers after their retention.
   */
  purgeInstances(flowId: string, updatedBefore: string, limit: number): Promise<number>;
  /** The schema version after migrations: the highest migration applied. */
  readonly schemaVersion: number;
  /** The schema version found before this open migrated it (0 for a new schema). */
  readonly migratedFrom: number;
  /** Ends the store's own pool (a pool passed in stays open). The store cannot be used after. */
  close(): Promise<void>;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens a Yizhan store in PostgreSQL: migrates its schema (under an advisory lock, so
 * several servers may start at once), then reads and writes through a pool. A commit is
 * one statement (`commit_instance`), guarded by the instance's version: of two servers
 * committing the same version, one is refused as stale. Transactions run at READ
 * COMMITTED on one pooled connection.
 *
 * @example
 * const store = await openPostgresStore({ connectionString: process.env.DATABASE_URL });
 * const runtime = createRuntime({ store, definitions: [microWish] });
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const schema = options.schema ?? 'yizhan';
  if (!SCHEMA_NAME.test(schema))
    throw new RangeError(
      `The schema name "${schema}" is not allowed: use lowercase letters, digits and _ (at most 63, not starting with a digit), such as "yizhan".`,
    );
  const owned = !('pool' in options);
  const pool =
    'pool' in options
      ? options.pool
      : new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 10 });
  let migratedFrom: number;
  try {
    migratedFrom = await migrate(pool, schema);
  } catch (error) {
    if (owned) await pool.end();
    throw error;
  }
  const statements = prepareStatements(schema);
  const reader = statements.reader(pool);
  const writer = statements.writer(pool);
  let closed = false;

  const open =
    <A extends unknown[], R>(method: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (closed) throw new Error('This PostgreSQL store is closed; open it again to use it.');
      return method(...args);
    };

  return {
    getInstance: open(reader.getInstance),
    listInstances: open(reader.listInstances),
    tasksFor: open(reader.tasksFor),
    tasksOf: open(reader.tasksOf),
    dueTimers: open(reader.dueTimers),
    timersOf: open(reader.timersOf),
    history: open(reader.history),
    pendingOutbox: open(reader.pendingOutbox),
    commit: open(writer.commit),
    ackOutbox: open(writer.ackOutbox),
    schemaVersion: SCHEMA_VERSION,
    migratedFrom,
    claimDueTimers: open(async (now: string, limit: number, leaseMs: number, owner: string) => {
      const until = new Date(Date.parse(now) + leaseMs).toISOString();
      return statements.claimDueTimers(pool, now, limit, until, owner);
    }),
    failTimer: open((instanceId: string, key: string, failure: TimerFailure) =>
      statements.failTimer(pool, instanceId, key, failure),
    ),
    purgeInstances: open((flowId: string, updatedBefore: string, limit: number) =>
      statements.purgeInstances(pool, flowId, updatedBefore, limit),
    ),
    transaction: open(async <T>(work: (tx: StoreReader & StoreWriter) => Promise<T>) => {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work({ ...statements.reader(client), ...statements.writer(client) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is dropped from the pool, not reused.
        await client.query('ROLLBACK').catch((failure: Error) => {
          broken = failure;
        });
        throw error;
      } finally {
        client.release(broken);
      }
    }) as Store['transaction'],
    async close() {
      if (closed) return;
      closed = true;
      if (owned) await pool.end();
    },
  };
}
