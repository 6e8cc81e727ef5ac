import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { openPostgresStore, type PostgresStore } from '../src';

let schemas = 0;

/**
 * The test database from the global setup, for one test file: a shared pool, a fresh
 * schema per store (so every store starts empty), all dropped after the file's tests.
 */
export function testDatabase() {
  const url = inject('postgresUrl');
  const pool = new pg.Pool({ connectionString: url, max: 6 });
  const created: string[] = [];
  const stores: PostgresStore[] = [];
  afterAll(async () => {
    for (const store of stores) await store.close();
    for (const schema of created) await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  });
  /** A schema name no other test uses. */
  const schemaName = (): string => {
    const name = `t${process.pid}_${++schemas}_${Math.random().toString(36).slice(2, 8)}`;
    created.push(name);
    return name;
  };
  return {
    url,
    pool,
    schemaName,
    /** A store in a fresh schema over the shared pool (or its own pool of `poolSize`). */
    async openStore(options: { schema?: string; poolSize?: number } = {}): Promise<PostgresStore> {
      const schema = options.schema ?? schemaName();
      const store =
        options.poolSize === undefined
          ? await openPostgresStore({ pool, schema })
          : await openPostgresStore({ connectionString: url, poolSize: options.poolSize, schema });
      stores.push(store);
      return store;
    },
  };
}
