import {
  type CommitResult,
  type HistoryEntry,
  type InstanceQuery,
  type InstanceRow,
  keptTimer,
  type OutboxRow,
  type TaskQuery,
  type TaskRow,
  type TimerFailure,
  type TimerRow,
} from '@yizhan/core/flow';
import type Database from 'better-sqlite3';
import { json, type PreparedCommit, type PreparedTask } from './prepared-commit';

/** A row as SQLite returns it: column name to value. */
type Row = Record<string, unknown>;

const parse = <T>(value: unknown): T => JSON.parse(value as string) as T;
const orNull = <T>(value: unknown): T | null => (value === null ? null : parse<T>(value));

/**
 * An instance row from its columns (those of INSTANCE_COLUMNS, in order). The snapshot is
 * parsed when first read: the runtime reads a row for its version on every event and
 * reuses the snapshot it committed, so most rows' snapshots are never looked at. It is an
 * own enumerable property all the same (spread, JSON and structured clones include it).
 */
function instanceRow(columns: readonly unknown[]): InstanceRow {
  const text = columns[5] as string;
  let snapshot: InstanceRow['snapshot'] | undefined;
  return {
    id: columns[0] as string,
    flowId: columns[1] as string,
    flowVersion: columns[2] as number,
    version: columns[3] as number,
    status: columns[4] as InstanceRow['status'],
    get snapshot() {
      snapshot ??= parse<InstanceRow['snapshot']>(text);
      return snapshot;
    },
    createdAt: columns[6] as string,
    updatedAt: columns[7] as string,
  };
}

const toTask = (row: Row): TaskRow => ({
  instanceId: row.instance_id as string,
  key: row.key as string,
  stepId: row.step_id as string,
  flowId: row.flow_id as string,
  flowVersion: row.flow_version as number,
  actions: parse(row.actions),
  form: row.form as string | null,
  assignees: parse(row.assignee_ids),
  roles: parse(row.role_ids),
  groups: parse(row.group_ids),
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
  if (row.armed_at === null) return timer;
  return {
    ...timer,
    armedAt: row.armed_at as string,
    attempts: row.attempts as number,
    lastError: (row.last_error as string | null) ?? '',
    failed: row.failed === 1,
  };
};

/** A stored timer as `prepareWrites` reads it: key, kind, event, due_at, armed_at, attempts, last_error, failed, lease_owner, lease_until. */
type StoredTimer = [
  string,
  string,
  string,
  string,
  string | null,
  number,
  string | null,
  number,
  string | null,
  string | null,
];

/** The timer row of a stored timer of `instanceId`. */
const storedTimerRow = (instanceId: string, row: StoredTimer): TimerRow =>
  toTimer({
    instance_id: instanceId,
    key: row[0],
    kind: row[1],
    event: row[2],
    due_at: row[3],
    armed_at: row[4],
    attempts: row[5],
    last_error: row[6],
    failed: row[7],
  });

const toEntry = (row: Row): HistoryEntry => ({
  instanceId: row.instance_id as string,
  seq: row.seq as number,
  at: row.at as string,
  actor: parse(row.actor),
  step: row.step as string | null,
  event: row.event as string,
  data: orNull(row.data),
  comment: row.comment as string | null,
  state: parse(row.state),
});

const toMessage = (row: Row): OutboxRow => ({
  id: row.id as string,
  instanceId: row.instance_id as string,
  seq: row.seq as number,
  index: row.idx as number,
  at: row.at as string,
  step: row.step as string,
  channel: row.channel as string,
  to: parse(row.recipients),
  message: parse(row.message),
});

const INSTANCE_COLUMNS =
  'id, flow_id, flow_version, version, status, snapshot, created_at, updated_at';
const TASK_ORDER = 'ORDER BY due_at IS NULL, due_at, since, instance_id, key';
const TIMER_ORDER = 'ORDER BY due_at, instance_id, key';
const TIMER_COLUMNS =
  'instance_id, key, kind, event, due_at, armed_at, attempts, last_error, failed';

/** The reads of the Store contract on one connection, synchronous. */
export interface Reads {
  getInstance(id: string): InstanceRow | null;
  listInstances(query?: InstanceQuery): InstanceRow[];
  tasksFor(query: TaskQuery): TaskRow[];
  tasksOf(instanceId: string): TaskRow[];
  dueTimers(now: string, limit: number): TimerRow[];
  timersOf(instanceId: string): TimerRow[];
  history(instanceId: string, afterSeq?: number): HistoryEntry[];
  pendingOutbox(limit: number): OutboxRow[];
}

/** Prepares the reads of the Store contract on a connection (the writer's or a reader's). */
export function prepareReads(db: Database.Database): Reads {
  // As an array (`raw`), which better-sqlite3 makes faster than an object: the columns of INSTANCE_COLUMNS.
  const instance = db.prepare(`SELECT ${INSTANCE_COLUMNS} FROM instances WHERE id = ?`).raw();
  const instances = db
    .prepare(
      `SELECT ${INSTANCE_COLUMNS} FROM instances
       WHERE (@flowId IS NULL OR flow_id = @flowId)
         AND (@flowVersion IS NULL OR flow_version = @flowVersion)
         AND (@status IS NULL OR status = @status)
       ORDER BY created_at, id`,
    )
    .raw();
  const tasksFor = db.prepare(
    `SELECT * FROM tasks
     WHERE (instance_id, key) IN (
         SELECT instance_id, key FROM task_actors WHERE kind = 'assignee' AND name = @actorId
         UNION SELECT instance_id, key FROM task_actors
           WHERE kind = 'role' AND name IN (SELECT value FROM json_each(@roles))
         UNION SELECT instance_id, key FROM task_actors
           WHERE kind = 'group' AND name IN (SELECT value FROM json_each(@groups)))
       AND (@flowId IS NULL OR flow_id = @flowId)
     ${TASK_ORDER} LIMIT @limit`,
  );
  const tasksOf = db.prepare(`SELECT * FROM tasks WHERE instance_id = ? ${TASK_ORDER}`);
  const dueTimers = db.prepare(
    `SELECT ${TIMER_COLUMNS} FROM timers WHERE due_at <= ? AND failed = 0 ${TIMER_ORDER} LIMIT ?`,
  );
  const timersOf = db.prepare(
    `SELECT ${TIMER_COLUMNS} FROM timers WHERE instance_id = ? ${TIMER_ORDER}`,
  );
  const history = db.prepare(
    'SELECT * FROM history WHERE instance_id = ? AND seq > ? ORDER BY seq',
  );
  const outbox = db.prepare(
    `SELECT * FROM outbox WHERE delivered_at IS NULL ORDER BY at, instance_id, seq, idx LIMIT ?`,
  );
  return {
    getInstance(id) {
      const row = instance.get(id) as unknown[] | undefined;
      return row === undefined ? null : instanceRow(row);
    },
    listInstances(query = {}) {
      const rows = instances.all({
        flowId: query.flowId ?? null,
        flowVersion: query.flowVersion ?? null,
        status: query.status ?? null,
      }) as unknown[][];
      return rows.map(instanceRow);
    },
    tasksFor(query) {
      const rows = tasksFor.all({
        actorId: query.actorId,
        roles: json(query.roles),
        groups: json(query.groups ?? []),
        flowId: query.flowId ?? null,
        limit: query.limit ?? -1,
      }) as Row[];
      return rows.map(toTask);
    },
    tasksOf: (instanceId) => (tasksOf.all(instanceId) as Row[]).map(toTask),
    dueTimers: (now, limit) => (dueTimers.all(now, limit) as Row[]).map(toTimer),
    timersOf: (instanceId) => (timersOf.all(instanceId) as Row[]).map(toTimer),
    history: (instanceId, afterSeq = 0) =>
      (history.all(instanceId, afterSeq) as Row[]).map(toEntry),
    pendingOutbox: (limit) => (outbox.all(limit) as Row[]).map(toMessage),
  };
}

/** The writes of the Store contract on the writer connection, synchronous; the caller holds a transaction. */
export interface Writes {
  /**
   * Applies a commit inside the caller's transaction, atomically (in a savepoint). With
   * `atomic: false` there is no savepoint, which saves about a quarter of a commit's CPU:
   * a commit that then throws may leave part of itself written, so the caller must roll
   * its transaction back (see `writeGroup`).
   */
  commit(change: PreparedCommit, atomic?: boolean): CommitResult;
  ackOutbox(ids: readonly string[], at: string): void;
  /** Leases due, free timers to `owner` until `until`. */
  claimDueTimers(now: string, limit: number, until: string, owner: string): TimerRow[];
  /** Postpones a failed job when its row is still the one the caller ran; see `TimerFailures`. */
  failTimer(instanceId: string, key: string, failure: TimerFailure): boolean;
  /** Deletes up to `limit` instances of `flowId` last updated before `before`, with all their rows. */
  purgeInstances(flowId: string, before: string, limit: number): number;
}

/** Prepares the writes of the Store contract on the writer connection. */
export function prepareWrites(db: Database.Database): Writes {
  const stored = db.prepare(
    'SELECT version, flow_id, flow_version, status, created_at FROM instances WHERE id = ?',
  );
  const lastSeq = db.prepare('SELECT max(seq) FROM history WHERE instance_id = ?').pluck();
  // A new instance: written unless the id is taken (then the commit is stale).
  const insertInstance = db.prepare(
    `INSERT INTO instances (id, flow_id, flow_version, version, status, snapshot, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  );
  // An update that also changes indexed columns sets only those that changed (a
  // finished instance: its status), one statement per set of them, prepared on first use.
  const INDEXED = [
    ['flow_id', 'flowId'],
    ['flow_version', 'flowVersion'],
    ['status', 'status'],
    ['created_at', 'createdAt'],
  ] as const;
  const updates = new Map<number, Database.Statement>();
  function updateInstance(
    instance: PreparedCommit['instance'],
    before: Row,
    expectedVersion: number,
  ): void {
    let mask = 0;
    const values: unknown[] = [instance.version, instance.snapshot, instance.updatedAt];
    INDEXED.forEach(([column, field], bit) => {
      if (before[column] === instance[field]) return;
      mask |= 1 << bit;
      values.push(instance[field]);
    });
    let statement = updates.get(mask);
    if (statement === undefined) {
      const set = INDEXED.filter((_, bit) => (mask & (1 << bit)) !== 0).map(
        ([column]) => `, ${column} = ?`,
      );
      statement = db.prepare(
        `UPDATE instances SET version = ?, snapshot = ?, updated_at = ?${set.join('')}
         WHERE id = ? AND version = ?`,
      );
      updates.set(mask, statement);
    }
    statement.run(...values, instance.id, expectedVersion);
  }
  // Most commits change only these: SQLite then leaves the indexes on the other columns
  // alone (it rewrites an index entry whenever a column of it is SET, changed or not).
  // The version guard and the check that the indexed columns are unchanged are part of
  // the statement: it changes no row when either fails, and the commit takes the long way.
  const updateState = db.prepare(
    `UPDATE instances SET version = ?, snapshot = ?, updated_at = ?
     WHERE id = ? AND version = ? AND flow_id = ? AND flow_version = ? AND status = ?
       AND created_at = ?`,
  );
  const deleteTasks = db.prepare('DELETE FROM tasks WHERE instance_id = ?');
  const deleteActors = db.prepare('DELETE FROM task_actors WHERE instance_id = ?');
  const insertTask = db.prepare(
    `INSERT INTO tasks (instance_id, key, step_id, flow_id, flow_version, actions, form,
       assignee_ids, role_ids, group_ids, due_at, since)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertActor = db.prepare(
    'INSERT OR IGNORE INTO task_actors (kind, name, instance_id, key) VALUES (?, ?, ?, ?)',
  );
  // As arrays (`raw`): better-sqlite3 makes an object per row much more slowly. The
  // columns are those of STORED_TIMER below.
  const storedTimers = db
    .prepare(
      `SELECT key, kind, event, due_at, armed_at, attempts, last_error, failed, lease_owner,
         lease_until FROM timers WHERE instance_id = ?`,
    )
    .raw();
  const deleteTimer = db.prepare('DELETE FROM timers WHERE instance_id = ? AND key = ?');
  const timerValues = `timers (instance_id, key, kind, event, due_at, lease_owner, lease_until,
       armed_at, attempts, last_error, failed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
  const insertTimer = db.prepare(`INSERT INTO ${timerValues}`);
  const replaceTimer = db.prepare(`INSERT OR REPLACE INTO ${timerValues}`);
  const postpone = db.prepare(
    `UPDATE timers SET due_at = @nextDueAt, armed_at = coalesce(armed_at, due_at),
       attempts = @attempts, last_error = @error, failed = 0, lease_owner = NULL, lease_until = NULL
     WHERE instance_id = @instanceId AND key = @key AND kind = 'job' AND failed = 0
       AND due_at = @seenDueAt AND attempts = @seenAttempts`,
  );
  const insertEntry = db.prepare(
    `INSERT INTO history (instance_id, seq, at, actor, step, event, data, comment, state)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMessage = db.prepare(
    `INSERT INTO outbox (id, instance_id, seq, idx, at, step, channel, recipients, message)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const savepoint = db.prepare('SAVEPOINT yizhan_commit');
  const release = db.prepare('RELEASE yizhan_commit');
  const rollbackTo = db.prepare('ROLLBACK TO yizhan_commit');
  const ack = db.prepare(
    'UPDATE outbox SET delivered_at = ? WHERE id = ? AND delivered_at IS NULL',
  );
  const freeTimers = db.prepare(
    `SELECT ${TIMER_COLUMNS} FROM timers
     WHERE due_at <= @now AND failed = 0 AND (lease_until IS NULL OR lease_until <= @now)
     ${TIMER_ORDER} LIMIT @limit`,
  );
  const lease = db.prepare(
    'UPDATE timers SET lease_owner = ?, lease_until = ? WHERE instance_id = ? AND key = ?',
  );

  const oldInstances = db
    .prepare(
      // Through the (flow_id, created_at) index: a row is never updated before it is created.
      `SELECT id FROM instances
       WHERE flow_id = @flowId AND created_at < @before AND updated_at < @before LIMIT @limit`,
    )
    .pluck();
  const purgeRows = [
    'DELETE FROM task_actors WHERE instance_id = ?',
    'DELETE FROM tasks WHERE instance_id = ?',
    'DELETE FROM timers WHERE instance_id = ?',
    'DELETE FROM history WHERE instance_id = ?',
    'DELETE FROM outbox WHERE instance_id = ?',
    'DELETE FROM instances WHERE id = ?',
  ].map((sql) => db.prepare(sql));

  /** Inserts a task row and one `task_actors` row per assignee, role and group. */
  function addTask(task: PreparedTask): void {
    insertTask.run(
      task.instanceId,
      task.key,
      task.stepId,
      task.flowId,
      task.flowVersion,
      task.actions,
      task.form,
      task.assigneesJson,
      task.rolesJson,
      task.groupsJson,
      task.dueAt,
      task.since,
    );
    for (const name of task.assignees) insertActor.run('assignee', name, task.instanceId, task.key);
    for (const name of task.roles) insertActor.run('role', name, task.instanceId, task.key);
    for (const name of task.groups) insertActor.run('group', name, task.instanceId, task.key);
  }

  /**
   * Writes the commit's timers over the stored ones, row by row: a row written exactly as
   * stored is left alone, a stored row the commit drops is deleted. A job the commit keeps
   * keeps its retry state (see `TimerFailures`); a timer the commit keeps unchanged keeps
   * its lease; any other lease ends.
   */
  function writeTimers(change: PreparedCommit, replacing: boolean): void {
    const id = change.instance.id;
    const rows = replacing ? (storedTimers.all(id) as StoredTimer[]) : [];
    if (rows.length === 0 && change.timers.length === 0) return;
    // Only jobs with retry state (armed_at) can be continued by keptTimer.
    const stored: TimerRow[] = [];
    for (const row of rows) if (row[4] !== null) stored.push(storedTimerRow(id, row));
    const written = new Set<string>();
    for (const given of change.timers) {
      const timer = keptTimer(given, stored);
      // A key written twice in one commit fails on the primary key, as it should.
      const again = written.has(timer.key);
      written.add(timer.key);
      const old = again ? undefined : rows.find((row) => row[0] === timer.key);
      const same =
        old !== undefined &&
        old[1] === timer.kind &&
        old[2] === timer.event &&
        old[3] === timer.dueAt;
      const armedAt = timer.armedAt ?? null;
      const attempts = timer.attempts ?? 0;
      const lastError = timer.lastError ?? null;
      const failed = timer.failed === true ? 1 : 0;
      if (
        same &&
        old[4] === armedAt &&
        old[5] === attempts &&
        old[6] === lastError &&
        old[7] === failed
      )
        continue;
      (old === undefined ? insertTimer : replaceTimer).run(
        timer.instanceId,
        timer.key,
        timer.kind,
        timer.event,
        timer.dueAt,
        same ? old[8] : null,
        same ? old[9] : null,
        armedAt,
        attempts,
        lastError,
        failed,
      );
    }
    for (const row of rows) if (!written.has(row[0])) deleteTimer.run(id, row[0]);
  }

  /** Writes the commit's tasks, timers, history and outbox, after its instance row. */
  function writeRows(change: PreparedCommit): void {
    const { instance } = change;
    // A new instance has no rows yet: nothing to replace.
    const replacing = change.expectedVersion > 0;
    // Task actors exist only beside tasks: with no task deleted there is none to delete.
    if (replacing && deleteTasks.run(instance.id).changes > 0) deleteActors.run(instance.id);
    for (const task of change.tasks) addTask(task);
    writeTimers(change, replacing);
    for (const entry of change.history)
      insertEntry.run(
        entry.instanceId,
        entry.seq,
        entry.at,
        entry.actor,
        entry.step,
        entry.event,
        entry.data,
        entry.comment,
        entry.state,
      );
    for (const message of change.outbox)
      insertMessage.run(
        message.id,
        message.instanceId,
        message.seq,
        message.index,
        message.at,
        message.step,
        message.channel,
        message.to,
        message.message,
      );
  }

  /** Checks that the commit's history continues the stored sequence, which ends at `last`. */
  function checkSequence(change: PreparedCommit, last: number): void {
    change.history.forEach((entry, index) => {
      if (entry.seq !== last + index + 1)
        throw new RangeError(
          `History entries must continue the sequence: expected seq ${last + index + 1}, got ${entry.seq}.`,
        );
    });
  }

  const lastSeqOf = (change: PreparedCommit): number =>
    change.expectedVersion === 0 ? 0 : ((lastSeq.get(change.instance.id) as number | null) ?? 0);

  /** Runs `work` in a savepoint: on a throw, nothing of it is left, even inside a longer transaction. */
  function atomically<T>(work: () => T, atomic: boolean): T {
    if (!atomic) return work();
    savepoint.run();
    try {
      const result = work();
      release.run();
      return result;
    } catch (error) {
      rollbackTo.run();
      release.run();
      throw error;
    }
  }

  /** Inserts a new instance row; answers 0 when the id is taken. */
  const insertRow = (instance: PreparedCommit['instance']): number =>
    insertInstance.run(
      instance.id,
      instance.flowId,
      instance.flowVersion,
      instance.version,
      instance.status,
      instance.snapshot,
      instance.createdAt,
      instance.updatedAt,
    ).changes;

  /**
   * The short way, for most commits: one statement writes the instance row if it is the
   * expected version with the same indexed columns (or a new id). Answers false, having
   * written nothing, when it was not.
   */
  function commitDirect(change: PreparedCommit, atomic: boolean): boolean {
    const { instance, expectedVersion } = change;
    return atomically(() => {
      const applied =
        expectedVersion === 0
          ? insertRow(instance)
          : updateState.run(
              instance.version,
              instance.snapshot,
              instance.updatedAt,
              instance.id,
              expectedVersion,
              instance.flowId,
              instance.flowVersion,
              instance.status,
              instance.createdAt,
            ).changes;
      if (applied === 0) return false;
      // The instance was the expected version, so a broken sequence is the caller's mistake.
      checkSequence(change, lastSeqOf(change));
      writeRows(change);
      return true;
    }, atomic);
  }

  /** The long way: a commit that changes indexed columns, or is stale, or is wrong. */
  function commitChecked(change: PreparedCommit, atomic: boolean): CommitResult {
    const { instance } = change;
    const before = stored.get(instance.id) as Row | undefined;
    const current = before === undefined ? null : (before.version as number);
    if ((current ?? 0) !== change.expectedVersion)
      return { ok: false, reason: 'stale', currentVersion: current };
    if (instance.version !== change.expectedVersion + 1)
      throw new RangeError(
        `InstanceCommit.instance.version must be expectedVersion + 1 (${change.expectedVersion + 1}), got ${instance.version}.`,
      );
    checkSequence(change, lastSeqOf(change));
    atomically(() => {
      if (before === undefined) insertRow(instance);
      else updateInstance(instance, before, change.expectedVersion);
      writeRows(change);
    }, atomic);
    return { ok: true };
  }

  return {
    commit(change, atomic = true) {
      if (change.instance.version === change.expectedVersion + 1 && commitDirect(change, atomic))
        return { ok: true };
      return commitChecked(change, atomic);
    },
    ackOutbox(ids, at) {
      for (const id of ids) ack.run(at, id);
    },
    claimDueTimers(now, limit, until, owner) {
      const rows = (freeTimers.all({ now, limit }) as Row[]).map(toTimer);
      for (const timer of rows) lease.run(owner, until, timer.instanceId, timer.key);
      return rows;
    },
    failTimer(instanceId, key, failure) {
      const { seen, attempts, nextDueAt, error } = failure;
      return (
        postpone.run({
          instanceId,
          key,
          nextDueAt,
          attempts,
          error,
          seenDueAt: seen.dueAt,
          seenAttempts: seen.attempts,
        }).changes === 1
      );
    },
    purgeInstances(flowId, before, limit) {
      const ids = oldInstances.all({ flowId, before, limit }) as string[];
      for (const id of ids) for (const statement of purgeRows) statement.run(id);
      return ids.length;
    },
  };
}
