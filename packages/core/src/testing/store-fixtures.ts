import type { HistoryEntry, InstanceCommit, InstanceRow, TaskRow, TimerRow } from '../store/rows';

/** The time the store fixtures start at: 1 December 2026, 08:00 UTC. */
const T0 = '2026-12-01T08:00:00.000Z';

/** The ISO time `minutes` after {@link T0}. */
const at = (minutes: number): string => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

/** A micro-wish (微心愿) instance row at `version`. */
function instance(id: string, version: number, extra: Partial<InstanceRow> = {}): InstanceRow {
  return {
    id,
    flowId: 'micro-wish',
    flowVersion: 1,
    version,
    status: 'active',
    snapshot: {
      value: 'review',
      context: { data: { wish: '卖菜', room: '5栋1单元2103' } },
      seq: version,
    },
    createdAt: T0,
    updatedAt: at(version),
    ...extra,
  };
}

/** History entry `seq` of an instance, by the resident 李梅. */
function entry(id: string, seq: number, event = `step${seq}.submit`): HistoryEntry {
  return {
    instanceId: id,
    seq,
    at: at(seq),
    actor: { id: 'li-mei', roles: ['resident'] },
    step: seq === 1 ? null : `step${seq}`,
    event,
    data: { n: seq },
    comment: null,
    state: ['review'],
  };
}

/** An open task of an instance; nobody may act on it unless `extra` says who. */
function task(id: string, key: string, extra: Partial<TaskRow> = {}): TaskRow {
  return {
    instanceId: id,
    key,
    stepId: key,
    flowId: 'micro-wish',
    flowVersion: 1,
    actions: ['approve', 'reject'],
    form: null,
    assignees: [],
    roles: [],
    groups: [],
    dueAt: null,
    since: T0,
    ...extra,
  };
}

/** A deadline timer that sends `${key}.overdue` at `dueAt`. */
const timer = (id: string, key: string, dueAt: string): TimerRow => ({
  instanceId: id,
  key,
  kind: 'deadline',
  event: `${key}.overdue`,
  dueAt,
});

/** The commit that writes `version` of an instance (1 creates it) with one history entry. */
function change(id: string, version: number, parts: Partial<InstanceCommit> = {}): InstanceCommit {
  return {
    expectedVersion: version - 1,
    instance: instance(id, version),
    history: [entry(id, version)],
    tasks: [],
    timers: [],
    outbox: [],
    ...parts,
  };
}

/**
 * Rows and commits the store suites are built from, for a store's own tests: an
 * instance, history entries, tasks, timers and whole commits, at fixed times from `T0`.
 *
 * @example
 * const { change, timer, at } = storeFixtures;
 * await store.commit(change('w1', 1, { timers: [timer('w1', 'review.due', at(60))] }));
 */
export const storeFixtures = { T0, at, instance, entry, task, timer, change } as const;
