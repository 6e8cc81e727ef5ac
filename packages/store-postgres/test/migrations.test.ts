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
  it('knows two versions: the tables, then the commit function', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual([1, 2]);
    expect(SCHEMA_VERSION).toBe(2);
  });

  it('migrates a new schema once when several servers start at the same time', async () => {
    const schema = database.schemaName();
    const stores = await Promise.all(
      Array.from({ length: 4 }, () => database.openStore({ schema, poolSize: 2 })),
    );
    expect(stores.map((store) => store.migratedFrom).sort()).toEqual([0, 2, 2, 2]);
    expect(await versions(schema)).toEqual([1, 2]);
  });

  it('refuses a schema migrated by a newer version, and changes nothing in it', async () => {
    const schema = database.schemaName();
    await database.openStore({ schema });
    await database.pool.query(
      `INSERT INTO "${schema}".schema_migrations (version, name) VALUES (3, 'from the future')`,
    );
    const refusal = await openPostgresStore({ pool: database.pool, schema }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(SchemaVersionError);
    expect(refusal).toMatchObject({ databaseVersion: 3, knownVersion: 2 });
    expect((refusal as Error).message.replace(schema, '<schema>')).toMatchInlineSnapshot(
      `"The PostgreSQL schema "<schema>" has schema version 3, but this @yizhan/store-postgres knows versions up to 2. A newer Yizhan has migrated it: upgrade this server to that version (every server of one database runs the same version). Nothing was changed. (数据库结构版本为 3，本程序只认识到 2：请把这台服务器升级到与其他服务器相同的版本。数据库未被修改。)"`,
    );
    expect(await versions(schema)).toEqual([1, 2, 3]);
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
