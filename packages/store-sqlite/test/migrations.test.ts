import { join } from 'node:path';
import { storeFixtures } from '@yizhan/core/testing';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqliteStore, SchemaVersionError } from '../src';
import { MIGRATIONS, migrate, SCHEMA_VERSION } from '../src/migrations';
import { temporaryFolder } from './temp-files';

const folder = temporaryFolder();
const { at, instance } = storeFixtures;

const versions = (file: string): number[] => {
  const db = new Database(file, { readonly: true });
  const found = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
  db.close();
  return found as number[];
};

describe('schema migrations', () => {
  it('knows four versions: the tables, timer leases, the index for purging old records, job retries', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual([1, 2, 3, 4]);
    expect(SCHEMA_VERSION).toBe(4);
  });

  it('creates a new file at the latest version', async () => {
    const file = join(folder, 'new.db');
    const store = openSqliteStore({ file });
    expect([store.migratedFrom, store.schemaVersion]).toEqual([0, 4]);
    await store.close();
    expect(versions(file)).toEqual([1, 2, 3, 4]);
    const again = openSqliteStore({ file });
    expect(again.migratedFrom).toBe(4);
    await again.close();
  });

  it('migrates a file written at version 1 and keeps its rows', async () => {
    const file = join(folder, 'old.db');
    // A file as the first release wrote it: only migration 1, rows in its columns.
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    migrate(old, file, MIGRATIONS.slice(0, 1));
    const row = instance('w1', 1);
    old
      .prepare(
        `INSERT INTO instances (id, flow_id, flow_version, version, status, snapshot, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        row.id,
        row.flowId,
        row.flowVersion,
        row.version,
        row.status,
        JSON.stringify(row.snapshot),
        row.createdAt,
        row.updatedAt,
      );
    old
      .prepare('INSERT INTO timers (instance_id, key, kind, event, due_at) VALUES (?, ?, ?, ?, ?)')
      .run('w1', 'review.due', 'deadline', 'review.overdue', at(30));
    old.close();
    expect(versions(file)).toEqual([1]);

    const store = openSqliteStore({ file });
    expect([store.migratedFrom, store.schemaVersion]).toEqual([1, 4]);
    expect(versions(file)).toEqual([1, 2, 3, 4]);
    expect(await store.getInstance('w1')).toEqual(row);
    const timer = {
      instanceId: 'w1',
      key: 'review.due',
      kind: 'deadline',
      event: 'review.overdue',
      dueAt: at(30),
    };
    expect(await store.claimDueTimers(at(60), 10, 60_000, 'server-a')).toEqual([timer]);
    expect(await store.claimDueTimers(at(60), 10, 60_000, 'server-b')).toEqual([]);
    // Migration 4: the old row has no failures yet and can record one.
    await store.commit({
      expectedVersion: 1,
      instance: { ...row, version: 2 },
      history: [],
      tasks: [],
      timers: [
        {
          instanceId: 'w1',
          key: 'match.candidates',
          kind: 'job',
          event: 'match.proposed',
          dueAt: at(40),
        },
      ],
      outbox: [],
    });
    expect(
      await store.failTimer('w1', 'match.candidates', {
        seen: { dueAt: at(40), attempts: 0 },
        attempts: 1,
        nextDueAt: at(41),
        error: 'down',
      }),
    ).toBe(true);
    expect((await store.timersOf('w1'))[0]).toMatchObject({
      armedAt: at(40),
      attempts: 1,
      dueAt: at(41),
    });
    await store.close();
  });

  it('refuses a file written by a newer version, and changes nothing in it', async () => {
    const file = join(folder, 'newer.db');
    await openSqliteStore({ file }).close();
    const newer = new Database(file);
    newer
      .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
      .run(5, 'from the future', at(0));
    newer.close();

    let refusal: unknown;
    try {
      openSqliteStore({ file });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(SchemaVersionError);
    expect(refusal).toMatchObject({ fileVersion: 5, knownVersion: 4 });
    expect((refusal as Error).message.replace(file, '<file>')).toMatchInlineSnapshot(
      `"The SQLite file "<file>" has schema version 5, but this @yizhan/store-sqlite knows versions up to 4. It was written by a newer Yizhan: upgrade @yizhan/store-sqlite to open it, or restore a backup made before the upgrade. The file was not changed. (数据库文件的结构版本为 5，本程序只认识到 4：请升级 @yizhan/store-sqlite，或使用升级前的备份。文件未被修改。)"`,
    );
    expect(versions(file)).toEqual([1, 2, 3, 4, 5]);
  });
});
