import type Database from 'better-sqlite3';
import { SchemaVersionError } from './errors';

/** One step of the file's schema: applied once, in order, and recorded in `schema_migrations`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The schema of a Yizhan SQLite file, one migration per change. Never edit a migration
 * that has shipped: add the next one. Rows are columns where the store filters or sorts,
 * and JSON text for the rest. Instances, history and outbox are rowid tables (a
 * row of a WITHOUT ROWID table should stay under a twentieth of a page); tasks, timers
 * and task actors are small and live in their primary key, one b-tree fewer to write.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'instances, tasks, timers, history, outbox',
    sql: `
      CREATE TABLE instances (
        id TEXT PRIMARY KEY,
        flow_id TEXT NOT NULL,
        flow_version INTEGER NOT NULL,
        version INTEGER NOT NULL,
        status TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX instances_by_creation ON instances (created_at, id);
      CREATE INDEX instances_by_flow ON instances (flow_id, flow_version, status);

      CREATE TABLE tasks (
        instance_id TEXT NOT NULL,
        key TEXT NOT NULL,
        step_id TEXT NOT NULL,
        flow_id TEXT NOT NULL,
        flow_version INTEGER NOT NULL,
        actions TEXT NOT NULL,
        form TEXT,
        assignee_ids TEXT NOT NULL,
        role_ids TEXT NOT NULL,
        group_ids TEXT NOT NULL,
        due_at TEXT,
        since TEXT NOT NULL,
        PRIMARY KEY (instance_id, key)
      ) WITHOUT ROWID;
      -- Who may act on a task, one row per assignee, role or group: tasksFor looks here.
      CREATE TABLE task_actors (
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        instance_id TEXT NOT NULL,
        key TEXT NOT NULL,
        PRIMARY KEY (kind, name, instance_id, key)
      ) WITHOUT ROWID;
      CREATE INDEX task_actors_by_instance ON task_actors (instance_id);

      CREATE TABLE timers (
        instance_id TEXT NOT NULL,
        key TEXT NOT NULL,
        kind TEXT NOT NULL,
        event TEXT NOT NULL,
        due_at TEXT NOT NULL,
        PRIMARY KEY (instance_id, key)
      ) WITHOUT ROWID;
      CREATE INDEX timers_by_due ON timers (due_at, instance_id, key);

      CREATE TABLE history (
        instance_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        step TEXT,
        event TEXT NOT NULL,
        data TEXT,
        comment TEXT,
        state TEXT NOT NULL,
        PRIMARY KEY (instance_id, seq)
      );

      CREATE TABLE outbox (
        id TEXT PRIMARY KEY,
        instance_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        at TEXT NOT NULL,
        step TEXT NOT NULL,
        channel TEXT NOT NULL,
        recipients TEXT NOT NULL,
        message TEXT NOT NULL,
        delivered_at TEXT
      );
      CREATE INDEX outbox_pending ON outbox (at, instance_id, seq, idx) WHERE delivered_at IS NULL;
    `,
  },
  {
    version: 2,
    name: 'timer leases for several schedulers',
    sql: `
      ALTER TABLE timers ADD COLUMN lease_owner TEXT;
      ALTER TABLE timers ADD COLUMN lease_until TEXT;
    `,
  },
  {
    version: 3,
    name: 'instances by flow and creation, for purging old server records',
    sql: `
      CREATE INDEX instances_by_flow_creation ON instances (flow_id, created_at);
    `,
  },
  {
    version: 4,
    name: 'job retries: attempts, last error, first due time, failed for good',
    sql: `
      ALTER TABLE timers ADD COLUMN armed_at TEXT;
      ALTER TABLE timers ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE timers ADD COLUMN last_error TEXT;
      ALTER TABLE timers ADD COLUMN failed INTEGER NOT NULL DEFAULT 0;
    `,
  },
];

/** The schema version this code writes: the last migration's. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/**
 * Brings the file's schema up to {@link SCHEMA_VERSION} in one immediate transaction, so
 * two processes opening a new file at once migrate it once. Refuses (and changes nothing
 * in) a file with migrations this code does not know. Returns the version applied before.
 */
export function migrate(
  db: Database.Database,
  file: string,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  const known = migrations[migrations.length - 1]?.version ?? 0;
  db.exec('BEGIN IMMEDIATE');
  try {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )`);
    const current =
      (db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number | null) ??
      0;
    if (current > known) throw new SchemaVersionError(file, current, known);
    const record = db.prepare(
      'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
    );
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }
    db.exec('COMMIT');
    return current;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
