import { storeFixtures } from '@yizhan/core/testing';
import { describe, expect, it } from 'vitest';
import { openPostgresStore, SchemaVersionError } from '../src';
import { MIGRATIONS, SCHEMA_VERSION } from '../src/migrations';
import { testDatabase } from './database';

const database = testDatabase();

const versions = async (schema: string): Promise<number[]> =>
  (
    await database.pool.query<{ version: number }>(
      `SELECT version FROM "${schema}".schema_migrations ORDER BY version`,
    )
  ).rows.map((row) => row.version);

describe('schema migrations', () => {
  it('knows three versions: the tables, the commit function, the index for purging old records', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual([1, 2, 3]);
    expect(SCHEMA_VERSION).toBe(3);
  });

  it('migrates a new schema once when several servers start at the same time', async () => {
    const schema = database.schemaName();
    const stores = await Promise.all(
      Array.from({ length: 4 }, () => database.openStore({ schema, poolSize: 2 })),
    );
    expect(stores.map((store) => store.migratedFrom).sort()).toEqual([0, 3, 3, 3]);
    expect(await versions(schema)).toEqual([1, 2, 3]);
  });

  it('refuses a schema migrated by a newer version, and changes nothing in it', async () => {
    const schema = database.schemaName();
    await database.openStore({ schema });
    await database.pool.query(
      `INSERT INTO "${schema}".schema_migrations (version, name) VALUES (4, 'from the future')`,
    );
    const refusal = await openPostgresStore({ pool: database.pool, schema }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(SchemaVersionError);
    expect(refusal).toMatchObject({ databaseVersion: 4, knownVersion: 3 });
    expect((refusal as Error).message.replace(schema, '<schema>')).toMatchInlineSnapshot(
      `"The PostgreSQL schema "<schema>" has schema version 4, but this @yizhan/store-postgres knows versions up to 3. A newer Yizhan has migrated it: upgrade this server to that version (every server of one database runs the same version). Nothing was changed. (数据库结构版本为 4，本程序只认识到 3：请把这台服务器升级到与其他服务器相同的版本。数据库未被修改。)"`,
    );
    expect(await versions(schema)).toEqual([1, 2, 3, 4]);
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
