import type pg from 'pg';
import { SchemaVersionError } from './errors';

/** One step of the schema: SQL for a (quoted) schema name, applied once and recorded. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: (schema: string) => string;
}

/**
 * The schema of a Yizhan PostgreSQL database, one migration per change. Never edit a
 * migration that has shipped: add the next one. Keys and ISO times are `text COLLATE "C"`
 * so that rows sort exactly as in every other store, whatever the database's locale;
 * JSON is `json`, which keeps the text as written.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'instances, tasks, timers with leases, history, outbox',
    sql: (s) => `
      CREATE TABLE ${s}.instances (
        id text COLLATE "C" PRIMARY KEY,
        flow_id text COLLATE "C" NOT NULL,
        flow_version integer NOT NULL,
        version integer NOT NULL,
        status text NOT NULL,
        snapshot json NOT NULL,
        created_at text COLLATE "C" NOT NULL,
        updated_at text COLLATE "C" NOT NULL
      );
      CREATE INDEX instances_by_creation ON ${s}.instances (created_at, id);
      CREATE INDEX instances_by_flow ON ${s}.instances (flow_id, flow_version, status);

      CREATE TABLE ${s}.tasks (
        instance_id text COLLATE "C" NOT NULL,
        key text COLLATE "C" NOT NULL,
        step_id text NOT NULL,
        flow_id text COLLATE "C" NOT NULL,
        flow_version integer NOT NULL,
        actions text[] NOT NULL,
        form text,
        assignees text[] NOT NULL,
        roles text[] NOT NULL,
        groups text[] NOT NULL,
        due_at text COLLATE "C",
        since text COLLATE "C" NOT NULL,
        PRIMARY KEY (instance_id, key)
      );
      CREATE INDEX tasks_by_assignee ON ${s}.tasks USING gin (assignees);
      CREATE INDEX tasks_by_role ON ${s}.tasks USING gin (roles);
      CREATE INDEX tasks_by_group ON ${s}.tasks USING gin (groups);

      CREATE TABLE ${s}.timers (
        instance_id text COLLATE "C" NOT NULL,
        key text COLLATE "C" NOT NULL,
        kind text NOT NULL,
        event text NOT NULL,
        due_at text COLLATE "C" NOT NULL,
        lease_owner text,
        lease_until text COLLATE "C",
        PRIMARY KEY (instance_id, key)
      );
      CREATE INDEX timers_by_due ON ${s}.timers (due_at, instance_id, key);

      CREATE TABLE ${s}.history (
        instance_id text COLLATE "C" NOT NULL,
        seq integer NOT NULL,
        at text NOT NULL,
        actor json NOT NULL,
        step text,
        event text NOT NULL,
        data json,
        comment text,
        state text[] NOT NULL,
        PRIMARY KEY (instance_id, seq)
      );

      CREATE TABLE ${s}.outbox (
        id text COLLATE "C" PRIMARY KEY,
        instance_id text COLLATE "C" NOT NULL,
        seq integer NOT NULL,
        idx integer NOT NULL,
        at text COLLATE "C" NOT NULL,
        step text NOT NULL,
        channel text NOT NULL,
        recipients json NOT NULL,
        message json NOT NULL,
        delivered_at timestamptz
      );
      CREATE INDEX outbox_pending ON ${s}.outbox (at, instance_id, seq, idx)
        WHERE delivered_at IS NULL;
    `,
  },
  {
    version: 2,
    name: 'commit_instance: a whole version-guarded commit in one round trip',
    sql: (s) => `
      -- Answers {"ok":true}, {"ok":false,"current":n} when the expected version is not
      -- the stored one, or {"gap":n,"got":m} when history does not continue the sequence.
      -- Checks come before writes, so a refused commit leaves a transaction usable.
      CREATE FUNCTION ${s}.commit_instance(
        p_expected integer, p_instance json, p_history json, p_tasks json, p_timers json, p_outbox json
      ) RETURNS json LANGUAGE plpgsql AS $fn$
      DECLARE
        v_id text := p_instance->>'id';
        v_current integer;
        v_last integer := 0;
        v_gap json;
        v_leases json;
      BEGIN
        IF p_expected > 0 THEN
          SELECT version INTO v_current FROM ${s}.instances WHERE id = v_id FOR UPDATE;
          IF v_current IS DISTINCT FROM p_expected THEN
            RETURN json_build_object('ok', false, 'current', v_current);
          END IF;
          SELECT coalesce(max(seq), 0) INTO v_last FROM ${s}.history WHERE instance_id = v_id;
        END IF;
        SELECT json_build_object('gap', v_last + e.n, 'got', (e.v->>'seq')::integer) INTO v_gap
          FROM json_array_elements(p_history) WITH ORDINALITY AS e(v, n)
          WHERE (e.v->>'seq')::integer <> v_last + e.n
          ORDER BY e.n LIMIT 1;
        IF v_gap IS NOT NULL THEN
          RETURN v_gap;
        END IF;

        IF p_expected = 0 THEN
          INSERT INTO ${s}.instances
            (id, flow_id, flow_version, version, status, snapshot, created_at, updated_at)
          VALUES (v_id, p_instance->>'flowId', (p_instance->>'flowVersion')::integer,
            (p_instance->>'version')::integer, p_instance->>'status', p_instance->'snapshot',
            p_instance->>'createdAt', p_instance->>'updatedAt')
          ON CONFLICT (id) DO NOTHING;
          IF NOT FOUND THEN
            SELECT version INTO v_current FROM ${s}.instances WHERE id = v_id;
            RETURN json_build_object('ok', false, 'current', v_current);
          END IF;
        ELSE
          UPDATE ${s}.instances SET
            flow_id = p_instance->>'flowId',
            flow_version = (p_instance->>'flowVersion')::integer,
            version = (p_instance->>'version')::integer,
            status = p_instance->>'status',
            snapshot = p_instance->'snapshot',
            created_at = p_instance->>'createdAt',
            updated_at = p_instance->>'updatedAt'
          WHERE id = v_id;
          DELETE FROM ${s}.tasks WHERE instance_id = v_id;
          -- A timer the commit keeps unchanged keeps its lease; any other lease ends.
          SELECT json_agg(json_build_object('key', key, 'kind', kind, 'event', event,
              'due_at', due_at, 'lease_owner', lease_owner, 'lease_until', lease_until))
            INTO v_leases
            FROM ${s}.timers WHERE instance_id = v_id AND lease_until IS NOT NULL;
          DELETE FROM ${s}.timers WHERE instance_id = v_id;
        END IF;

        INSERT INTO ${s}.tasks (instance_id, key, step_id, flow_id, flow_version, actions, form,
            assignees, roles, groups, due_at, since)
          SELECT t."instanceId", t.key, t."stepId", t."flowId", t."flowVersion", t.actions, t.form,
            t.assignees, t.roles, t.groups, t."dueAt", t.since
          FROM json_to_recordset(p_tasks) AS t("instanceId" text, key text, "stepId" text,
            "flowId" text, "flowVersion" integer, actions text[], form text, assignees text[],
            roles text[], groups text[], "dueAt" text, since text);
        INSERT INTO ${s}.timers (instance_id, key, kind, event, due_at, lease_owner, lease_until)
          SELECT n."instanceId", n.key, n.kind, n.event, n."dueAt", o.lease_owner, o.lease_until
          FROM json_to_recordset(p_timers) AS n("instanceId" text, key text, kind text,
            event text, "dueAt" text)
          LEFT JOIN json_to_recordset(coalesce(v_leases, '[]')) AS o(key text, kind text,
            event text, due_at text, lease_owner text, lease_until text)
            ON o.key = n.key AND o.kind = n.kind AND o.event = n.event AND o.due_at = n."dueAt";
        INSERT INTO ${s}.history (instance_id, seq, at, actor, step, event, data, comment, state)
          SELECT h."instanceId", h.seq, h.at, h.actor, h.step, h.event,
            CASE WHEN json_typeof(h.data) = 'null' THEN NULL ELSE h.data END, h.comment, h.state
          FROM json_to_recordset(p_history) AS h("instanceId" text, seq integer, at text,
            actor json, step text, event text, data json, comment text, state text[]);
        INSERT INTO ${s}.outbox (id, instance_id, seq, idx, at, step, channel, recipients, message)
          SELECT m.id, m."instanceId", m.seq, m.index, m.at, m.step, m.channel, m."to", m.message
          FROM json_to_recordset(p_outbox) AS m(id text, "instanceId" text, seq integer,
            index integer, at text, step text, channel text, "to" json, message json);
        RETURN json_build_object('ok', true);
      END
      $fn$;
    `,
  },
  {
    version: 3,
    name: 'instances by flow and creation, for purging old server records',
    sql: (s) => `
      -- Not on updated_at: a column every commit changes would end PostgreSQL's HOT updates.
      CREATE INDEX instances_by_flow_creation ON ${s}.instances (flow_id, created_at);
    `,
  },
  {
    version: 4,
    name: 'job retries: attempts, last error, first due time, failed for good; commit_instance keeps them',
    sql: (s) => `
      ALTER TABLE ${s}.timers ADD COLUMN armed_at text COLLATE "C";
      ALTER TABLE ${s}.timers ADD COLUMN attempts integer NOT NULL DEFAULT 0;
      ALTER TABLE ${s}.timers ADD COLUMN last_error text;
      ALTER TABLE ${s}.timers ADD COLUMN failed boolean NOT NULL DEFAULT false;

      -- Answers {"ok":true}, {"ok":false,"current":n} when the expected version is not
      -- the stored one, or {"gap":n,"got":m} when history does not continue the sequence.
      -- Checks come before writes, so a refused commit leaves a transaction usable.
      CREATE OR REPLACE FUNCTION ${s}.commit_instance(
        p_expected integer, p_instance json, p_history json, p_tasks json, p_timers json, p_outbox json
      ) RETURNS json LANGUAGE plpgsql AS $fn$
      DECLARE
        v_id text := p_instance->>'id';
        v_current integer;
        v_last integer := 0;
        v_gap json;
        v_leases json;
      BEGIN
        IF p_expected > 0 THEN
          SELECT version INTO v_current FROM ${s}.instances WHERE id = v_id FOR UPDATE;
          IF v_current IS DISTINCT FROM p_expected THEN
            RETURN json_build_object('ok', false, 'current', v_current);
          END IF;
          SELECT coalesce(max(seq), 0) INTO v_last FROM ${s}.history WHERE instance_id = v_id;
        END IF;
        SELECT json_build_object('gap', v_last + e.n, 'got', (e.v->>'seq')::integer) INTO v_gap
          FROM json_array_elements(p_history) WITH ORDINALITY AS e(v, n)
          WHERE (e.v->>'seq')::integer <> v_last + e.n
          ORDER BY e.n LIMIT 1;
        IF v_gap IS NOT NULL THEN
          RETURN v_gap;
        END IF;

        IF p_expected = 0 THEN
          INSERT INTO ${s}.instances
            (id, flow_id, flow_version, version, status, snapshot, created_at, updated_at)
          VALUES (v_id, p_instance->>'flowId', (p_instance->>'flowVersion')::integer,
            (p_instance->>'version')::integer, p_instance->>'status', p_instance->'snapshot',
            p_instance->>'createdAt', p_instance->>'updatedAt')
          ON CONFLICT (id) DO NOTHING;
          IF NOT FOUND THEN
            SELECT version INTO v_current FROM ${s}.instances WHERE id = v_id;
            RETURN json_build_object('ok', false, 'current', v_current);
          END IF;
        ELSE
          UPDATE ${s}.instances SET
            flow_id = p_instance->>'flowId',
            flow_version = (p_instance->>'flowVersion')::integer,
            version = (p_instance->>'version')::integer,
            status = p_instance->>'status',
            snapshot = p_instance->'snapshot',
            created_at = p_instance->>'createdAt',
            updated_at = p_instance->>'updatedAt'
          WHERE id = v_id;
          DELETE FROM ${s}.tasks WHERE instance_id = v_id;
          -- A job the commit keeps keeps its retry state; a timer the commit keeps
          -- unchanged keeps its lease; any other lease ends. FOR UPDATE: a failure being
          -- recorded (failTimer) is waited for and then seen.
          SELECT json_agg(json_build_object('key', t.key, 'kind', t.kind, 'event', t.event,
              'due_at', t.due_at, 'lease_owner', t.lease_owner, 'lease_until', t.lease_until,
              'armed_at', t.armed_at, 'attempts', t.attempts, 'last_error', t.last_error,
              'failed', t.failed))
            INTO v_leases
            FROM (SELECT * FROM ${s}.timers WHERE instance_id = v_id FOR UPDATE) AS t
            WHERE t.lease_until IS NOT NULL OR t.armed_at IS NOT NULL;
          DELETE FROM ${s}.timers WHERE instance_id = v_id;
        END IF;

        INSERT INTO ${s}.tasks (instance_id, key, step_id, flow_id, flow_version, actions, form,
            assignees, roles, groups, due_at, since)
          SELECT t."instanceId", t.key, t."stepId", t."flowId", t."flowVersion", t.actions, t.form,
            t.assignees, t.roles, t.groups, t."dueAt", t.since
          FROM json_to_recordset(p_tasks) AS t("instanceId" text, key text, "stepId" text,
            "flowId" text, "flowVersion" integer, actions text[], form text, assignees text[],
            roles text[], groups text[], "dueAt" text, since text);
        INSERT INTO ${s}.timers (instance_id, key, kind, event, due_at, lease_owner, lease_until,
            armed_at, attempts, last_error, failed)
          SELECT r.instance_id, r.key, r.kind, r.event, r.due_at,
            CASE WHEN r.same THEN r.lease_owner END, CASE WHEN r.same THEN r.lease_until END,
            r.armed_at, r.attempts, r.last_error, r.failed
          FROM (
            SELECT n."instanceId" AS instance_id, n.key, n.kind, n.event,
              CASE WHEN k.keep THEN o.due_at ELSE n."dueAt" END AS due_at,
              o.kind = n.kind AND o.event = n.event
                AND o.due_at = CASE WHEN k.keep THEN o.due_at ELSE n."dueAt" END AS same,
              o.lease_owner, o.lease_until,
              CASE WHEN k.keep THEN o.armed_at ELSE n."armedAt" END AS armed_at,
              CASE WHEN k.keep THEN o.attempts ELSE coalesce(n.attempts, 0) END AS attempts,
              CASE WHEN k.keep THEN o.last_error ELSE n."lastError" END AS last_error,
              CASE WHEN k.keep THEN o.failed ELSE coalesce(n.failed, false) END AS failed
            FROM json_to_recordset(p_timers) AS n("instanceId" text, key text, kind text,
              event text, "dueAt" text, "armedAt" text, attempts integer, "lastError" text,
              failed boolean)
            LEFT JOIN json_to_recordset(coalesce(v_leases, '[]')) AS o(key text, kind text,
              event text, due_at text, lease_owner text, lease_until text, armed_at text,
              attempts integer, last_error text, failed boolean)
              ON o.key = n.key
            CROSS JOIN LATERAL (SELECT coalesce(n.attempts IS NULL AND o.armed_at = n."dueAt"
              AND o.kind = n.kind AND o.event = n.event, false) AS keep) AS k
          ) AS r;
        INSERT INTO ${s}.history (instance_id, seq, at, actor, step, event, data, comment, state)
          SELECT h."instanceId", h.seq, h.at, h.actor, h.step, h.event,
            CASE WHEN json_typeof(h.data) = 'null' THEN NULL ELSE h.data END, h.comment, h.state
          FROM json_to_recordset(p_history) AS h("instanceId" text, seq integer, at text,
            actor json, step text, event text, data json, comment text, state text[]);
        INSERT INTO ${s}.outbox (id, instance_id, seq, idx, at, step, channel, recipients, message)
          SELECT m.id, m."instanceId", m.seq, m.index, m.at, m.step, m.channel, m."to", m.message
          FROM json_to_recordset(p_outbox) AS m(id text, "instanceId" text, seq integer,
            index integer, at text, step text, channel text, "to" json, message json);
        RETURN json_build_object('ok', true);
      END
      $fn$;
    `,
  },
];

/** The schema version this code writes: the last migration's. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/**
 * Brings `schema` up to {@link SCHEMA_VERSION} in one transaction under an advisory lock
 * on the schema's name, so that servers starting at once migrate it once and the others
 * wait, then find nothing to do. Refuses (and changes nothing in) a schema with
 * migrations this code does not know. Returns the version found before.
 */
export async function migrate(
  pool: pg.Pool,
  schema: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number> {
  const known = migrations[migrations.length - 1]?.version ?? 0;
  const quoted = `"${schema}"`;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`yizhan:migrate:${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${quoted}.schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const found = await client.query<{ version: number }>(
      `SELECT coalesce(max(version), 0) AS version FROM ${quoted}.schema_migrations`,
    );
    const current = found.rows[0]?.version ?? 0;
    if (current > known) throw new SchemaVersionError(schema, current, known);
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      await client.query(migration.sql(quoted));
      await client.query(
        `INSERT INTO ${quoted}.schema_migrations (version, name) VALUES ($1, $2)`,
        [migration.version, migration.name],
      );
    }
    await client.query('COMMIT');
    return current;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
