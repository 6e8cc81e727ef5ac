import type {
  CommitResult,
  HistoryEntry,
  InstanceCommit,
  InstanceQuery,
  InstanceRow,
  OutboxRow,
  StoreReader,
  StoreWriter,
  TaskQuery,
  TaskRow,
  TimerFailure,
  TimerRow,
} from '@yizhan/core/flow';
import type pg from 'pg';

/** Where a query runs: the pool (each statement its own transaction) or a transaction's client. */
export type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

type Row = Record<string, unknown>;

const toInstance = (row: Row): InstanceRow => ({
  id: row.id as string,
  flowId: row.flow_id as string,
  flowVersion: row.flow_version as number,
  version: row.version as number,
  status: row.status as InstanceRow['status'],
  snapshot: row.snapshot as InstanceRow['snapshot'],
  createdAt: row.created_at as string,
  updatedAt: row.updated_at as string,
});

const toTask = (row: Row): TaskRow => ({
  instanceId: row.instance_id as string,
  key: row.key as string,
  stepId: row.step_id as string,
  flowId: row.flow_id as string,
  flowVersion: row.flow_version as number,
  actions: row.actions as string[],
  form: row.form as string | null,
  assignees: row.assignees as string[],
  roles: row.roles as string[],
  groups: row.groups as string[],
  dueAt: row.due_at as string | null,
  since: row.since as string,
});

const toTimer = (row: Row): TimerRow => {
  const timer: TimerRow = {
    instanceId: row.instance_id as string,
    key: row.key as string,
    kind: row.kind as TimerRow['kind'],
    event: row.event as string,
    dueAt: row.due_at as string,
  };
  if (row.armed_at === null || row.armed_at === undefined) return timer;
  return {
    ...timer,
    armedAt: row.armed_at as string,
    attempts: row.attempts as number,
    lastError: (row.last_error as string | null) ?? '',
    failed: row.failed === true,
  };
};

const toEntry = (row: Row): HistoryEntry => ({
  instanceId: row.instance_id as string,
  seq: row.seq as number,
  at: row.at as string,
  actor: row.actor as HistoryEntry['actor'],
  step: row.step as string | null,
  event: row.event as string,
  data: row.data as HistoryEntry['data'],
  comment: row.comment as string | null,
  state: row.state as string[],
});

const toMessage = (row: Row): OutboxRow => ({
  id: row.id as string,
  instanceId: row.instance_id as string,
  seq: row.seq as number,
  index: row.idx as number,
  at: row.at as string,
  step: row.step as string,
  channel: row.channel as string,
  to: row.recipients as OutboxRow['to'],
  message: row.message as OutboxRow['message'],
});

const TIMER_COLUMNS =
  'instance_id, key, kind, event, due_at, armed_at, attempts, last_error, failed';
const TIMER_ORDER = 'ORDER BY due_at, instance_id, key';

/** What `commit_instance` answers. */
type CommitAnswer =
  | { ok: true }
  | { ok: false; current: number | null }
  | { gap: number; got: number };

/** The SQL of the Store contract for one schema, as named prepared statements. */
export interface Statements {
  reader(db: Queryable): StoreReader;
  writer(db: Queryable): StoreWriter;
  claimDueTimers(
    db: Queryable,
    now: string,
    limit: number,
    until: string,
    owner: string,
  ): Promise<TimerRow[]>;
  /** Postpones a failed job when its row is still the one the caller ran; see `TimerFailures`. */
  failTimer(
    db: Queryable,
    instanceId: string,
    key: string,
    failure: TimerFailure,
  ): Promise<boolean>;
  /** Deletes up to `limit` instances of `flowId` updated before `before`, with all their rows. */
  purgeInstances(db: Queryable, flowId: string, before: string, limit: number): Promise<number>;
}

/** Builds the statements for `schema` (already checked to be a plain identifier). */
export function prepareStatements(schema: string): Statements {
  const s = `"${schema}"`;
  // A prepared statement's name is per connection; the schema keeps two stores apart.
  const named = (name: string, text: string) => ({ name: `yizhan_${schema}_${name}`, text });
  const sql = {
    instance: named('instance', `SELECT * FROM ${s}.instances WHERE id = $1`),
    instances: named(
      'instances',
      `SELECT * FROM ${s}.instances
       WHERE ($1::text IS NULL OR flow_id = $1) AND ($2::integer IS NULL OR flow_version = $2)
         AND ($3::text IS NULL OR status = $3)
       ORDER BY created_at, id`,
    ),
    tasksFor: named(
      'tasks_for',
      `SELECT * FROM ${s}.tasks
       WHERE (assignees && $1::text[] OR roles && $2::text[] OR groups && $3::text[])
         AND ($4::text IS NULL OR flow_id = $4)
       ORDER BY due_at, since, instance_id, key LIMIT $5`,
    ),
    tasksOf: named(
      'tasks_of',
      `SELECT * FROM ${s}.tasks WHERE instance_id = $1 ORDER BY due_at, since, instance_id, key`,
    ),
    dueTimers: named(
      'due_timers',
      `SELECT ${TIMER_COLUMNS} FROM ${s}.timers WHERE due_at <= $1 AND NOT failed ${TIMER_ORDER} LIMIT $2`,
    ),
    timersOf: named(
      'timers_of',
      `SELECT ${TIMER_COLUMNS} FROM ${s}.timers WHERE instance_id = $1 ${TIMER_ORDER}`,
    ),
    history: named(
      'history',
      `SELECT * FROM ${s}.history WHERE instance_id = $1 AND seq > $2 ORDER BY seq`,
    ),
    outbox: named(
      'outbox',
      `SELECT * FROM ${s}.outbox WHERE delivered_at IS NULL
       ORDER BY at, instance_id, seq, idx LIMIT $1`,
    ),
    ack: named(
      'ack',
      `UPDATE ${s}.outbox SET delivered_at = now() WHERE id = ANY($1::text[]) AND delivered_at IS NULL`,
    ),
    commit: named(
      'commit',
      `SELECT ${s}.commit_instance($1, $2::json, $3::json, $4::json, $5::json, $6::json) AS answer`,
    ),
    fail: named(
      'fail',
      `UPDATE ${s}.timers SET due_at = $5, armed_at = coalesce(armed_at, due_at), attempts = $6,
         last_error = $7, failed = false, lease_owner = NULL, lease_until = NULL
       WHERE instance_id = $1 AND key = $2 AND kind = 'job' AND NOT failed
         AND due_at = $3 AND attempts = $4`,
    ),
    // SKIP LOCKED: a timer another scheduler is claiming right now is passed over, not waited for.
    purge: named(
      'purge',
      `WITH old AS (
         SELECT id FROM ${s}.instances WHERE flow_id = $1 AND created_at < $2 AND updated_at < $2
         ORDER BY updated_at LIMIT $3 FOR UPDATE SKIP LOCKED
       ), tasks AS (DELETE FROM ${s}.tasks WHERE instance_id IN (SELECT id FROM old)),
       timers AS (DELETE FROM ${s}.timers WHERE instance_id IN (SELECT id FROM old)),
       history AS (DELETE FROM ${s}.history WHERE instance_id IN (SELECT id FROM old)),
       outbox AS (DELETE FROM ${s}.outbox WHERE instance_id IN (SELECT id FROM old)),
       gone AS (DELETE FROM ${s}.instances WHERE id IN (SELECT id FROM old) RETURNING id)
       SELECT count(*)::integer AS purged FROM gone`,
    ),
    claim: named(
      'claim',
      `WITH due AS (
         SELECT instance_id, key FROM ${s}.timers
         WHERE due_at <= $1 AND NOT failed AND (lease_until IS NULL OR lease_until <= $1)
         ${TIMER_ORDER} LIMIT $2
         FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE ${s}.timers AS t SET lease_owner = $3, lease_until = $4
         FROM due WHERE t.instance_id = due.instance_id AND t.key = due.key
         RETURNING t.instance_id, t.key, t.kind, t.event, t.due_at, t.armed_at, t.attempts,
           t.last_error, t.failed
       )
       SELECT * FROM claimed ${TIMER_ORDER}`,
    ),
  };

  const rows = async (db: Queryable, query: { name: string; text: string }, values: unknown[]) =>
    (await db.query<Row>({ ...query, values })).rows;

  return {
    reader: (db) => ({
      async getInstance(id) {
        const [row] = await rows(db, sql.instance, [id]);
        return row === undefined ? null : toInstance(row);
      },
      async listInstances(query: InstanceQuery = {}) {
        const found = await rows(db, sql.instances, [
          query.flowId ?? null,
          query.flowVersion ?? null,
          query.status ?? null,
        ]);
        return found.map(toInstance);
      },
      async tasksFor(query: TaskQuery) {
        const found = await rows(db, sql.tasksFor, [
          [query.actorId],
          query.roles,
          query.groups ?? [],
          query.flowId ?? null,
          query.limit ?? null,
        ]);
        return found.map(toTask);
      },
      tasksOf: async (instanceId) => (await rows(db, sql.tasksOf, [instanceId])).map(toTask),
      dueTimers: async (now, limit) => (await rows(db, sql.dueTimers, [now, limit])).map(toTimer),
      timersOf: async (instanceId) => (await rows(db, sql.timersOf, [instanceId])).map(toTimer),
      history: async (instanceId, afterSeq = 0) =>
        (await rows(db, sql.history, [instanceId, afterSeq])).map(toEntry),
      pendingOutbox: async (limit) => (await rows(db, sql.outbox, [limit])).map(toMessage),
    }),
    writer: (db) => ({
      async commit(change: InstanceCommit): Promise<CommitResult> {
        if (change.instance.version !== change.expectedVersion + 1)
          throw new RangeError(
            `InstanceCommit.instance.version must be expectedVersion + 1 (${change.expectedVersion + 1}), got ${change.instance.version}.`,
          );
        const [row] = await rows(db, sql.commit, [
          change.expectedVersion,
          JSON.stringify(change.instance),
          JSON.stringify(change.history),
          JSON.stringify(change.tasks),
          JSON.stringify(change.timers),
          JSON.stringify(change.outbox),
        ]);
        const answer = row?.answer as CommitAnswer;
        if ('gap' in answer)
          throw new RangeError(
            `History entries must continue the sequence: expected seq ${answer.gap}, got ${answer.got}.`,
          );
        return answer.ok
          ? { ok: true }
          : { ok: false, reason: 'stale', currentVersion: answer.current };
      },
      async ackOutbox(ids) {
        if (ids.length > 0) await db.query({ ...sql.ack, values: [ids] });
      },
    }),
    claimDueTimers: async (db, now, limit, until, owner) =>
      (await rows(db, sql.claim, [now, limit, owner, until])).map(toTimer),
    async failTimer(db, instanceId, key, failure) {
      const { seen, attempts, nextDueAt, error } = failure;
      const answer = await db.query({
        ...sql.fail,
        values: [instanceId, key, seen.dueAt, seen.attempts, nextDueAt, attempts, error],
      });
      return answer.rowCount === 1;
    },
    purgeInstances: async (db, flowId, before, limit) =>
      ((await rows(db, sql.purge, [flowId, before, limit]))[0]?.purged as number | undefined) ?? 0,
  };
}
