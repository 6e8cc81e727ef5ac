import { storeFixtures } from '@yizhan/core/testing';
import { describe, expect, it } from 'vitest';
import { openPostgresStore, SchemaVersionError } from '../src';
import { MIGRATIONS, migrate, SCHEMA_VERSION } from '../src/migrations';
import { testDatabase } from './database';

const database = testDatabase();

const versions = async (schema: string): Promise<number[]> =>
  (
    await database.pool.query<{ version: number }>(
      `SELECT version FROM "${schema}".schema_migrations ORDER BY version`,
    )
  ).rows.map((row) => row.version);

describe('schema migrations', () => {
  it('knows four versions: the tables, the commit function, the index for purging old records, job retries', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual([1, 2, 3, 4]);
    expect(SCHEMA_VERSION).toBe(4);
  });

  it('migrates a schema at version 3 with its timers, which can then record failures', async () => {
    const schema = database.schemaName();
    await migrate(database.pool, schema, MIGRATIONS.slice(0, 3));
    const { change } = storeFixtures;
    const job = {
      instanceId: 'w1',
      key: 'match.candidates',
      kind: 'job' as const,
      event: 'match.proposed',
      dueAt: storeFixtures.at(0),
    };
    await database.pool.query(
      `SELECT "${schema}".commit_instance(0, $1::json, $2::json, '[]', $3::json, '[]')`,
      [
        JSON.stringify(change('w1', 1).instance),
        JSON.stringify(change('w1', 1).history),
        JSON.stringify([job]),
      ],
    );
    const store = await database.openStore({ schema });
    expect([store.migratedFrom, store.schemaVersion]).toEqual([3, 4]);
    expect(await store.timersOf('w1')).toEqual([job]);
    expect(
      await store.failTimer('w1', job.key, {
        seen: { dueAt: job.dueAt, attempts: 0 },
        attempts: 1,
        nextDueAt: storeFixtures.at(1),
        error: 'down',
      }),
    ).toBe(true);
    await store.commit(change('w1', 2, { timers: [job] }));
    expect(await store.timersOf('w1')).toEqual([
      {
        ...job,
        dueAt: storeFixtures.at(1),
        armedAt: job.dueAt,
        attempts: 1,
        lastError: 'down',
        failed: false,
      },
    ]);
  });

  it('migrates a new schema once when several servers start at the same time', async () => {
    const schema = database.schemaName();
    const stores = await Promise.all(
      Array.from({ length: 4 }, () => database.openStore({ schema, poolSize: 2 })),
    );
    expect(stores.map((store) => store.migratedFrom).sort()).toEqual([0, 4, 4, 4]);
    expect(await versions(schema)).toEqual([1, 2, 3, 4]);
  });

  it('refuses a schema migrated by a newer version, and changes nothing in it', async () => {
    const schema = database.schemaName();
    await database.openStore({ schema });
    await database.pool.query(
      `INSERT INTO "${schema}".schema_migrations (version, name) VALUES (5, 'from the future')`,
    );
    const refusal = await openPostgresStore({ pool: database.pool, schema }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(SchemaVersionError);
    expect(refusal).toMatchObject({ databaseVersion: 5, knownVersion: 4 });
    expect((refusal as Error).message.replace(schema, '<schema>')).toMatchInlineSnapshot(
      `"The PostgreSQL schema "<schema>" has schema version 5, but this @yizhan/store-postgres knows versions up to 4. A newer Yizhan has migrated it: upgrade this server to that version (every server of one database runs the same version). Nothing was changed. (数据库结构版本为 5，本程序只认识到 4：请把这台服务器升级到与其他服务器相同的版本。数据库未被修改。)"`,
    );
    expect(await versions(schema)).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(
      openPostgresStore({ pool: database.pool, schema: 'yizhan"; DROP TABLE x; --' }),
    ).rejects.toThrow(
      'The schema name "yizhan"; DROP TABLE x; --" is not allowed: use lowercase letters, digits and _',
    );
  });

  it('keeps two schemas of one database apart', async () => {
    const first = await database.openStore();
    const second = await database.openStore();
    const { change } = storeFixtures;
    await first.commit(change('w1', 1));
    expect(await second.getInstance('w1')).toBeNull();
    expect(await second.commit(change('w1', 1))).toEqual({ ok: true });
  });
});
