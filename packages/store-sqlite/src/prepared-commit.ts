import type {
  HistoryEntry,
  InstanceCommit,
  InstanceRow,
  OutboxRow,
  TaskRow,
  TimerRow,
} from '@yizhan/core/flow';

/** JSON text of a value, as it is stored in a column. */
type Json = string;

/** A task with its list columns as JSON text; the lists stay for the `task_actors` rows. */
export interface PreparedTask extends Omit<TaskRow, 'actions'> {
  readonly actions: Json;
  readonly assigneesJson: Json;
  readonly rolesJson: Json;
  readonly groupsJson: Json;
}

/** A history entry with its JSON columns as text. */
export interface PreparedEntry extends Omit<HistoryEntry, 'actor' | 'data' | 'state'> {
  readonly actor: Json;
  readonly data: Json | null;
  readonly state: Json;
}

/** An outbox message with its JSON columns as text. */
export interface PreparedMessage extends Omit<OutboxRow, 'to' | 'message'> {
  readonly to: Json;
  readonly message: Json;
}

/**
 * An {@link InstanceCommit} with every value that is stored as JSON already turned into
 * its text: what the store's writes take. Made on the calling thread, it crosses to the
 * writer thread as strings and numbers, which a structured clone copies much faster than
 * the nested objects (measured: 16.8 µs a commit of the runtime benchmark as objects).
 */
export interface PreparedCommit {
  readonly expectedVersion: number;
  readonly instance: Omit<InstanceRow, 'snapshot'> & { readonly snapshot: Json };
  readonly tasks: readonly PreparedTask[];
  readonly timers: readonly TimerRow[];
  readonly history: readonly PreparedEntry[];
  readonly outbox: readonly PreparedMessage[];
}

/** JSON text of a value; empty lists (a task's groups, most roles) skip the serializer. */
export const json = (value: unknown): Json =>
  Array.isArray(value) && value.length === 0 ? '[]' : JSON.stringify(value);

/**
 * Turns a commit's JSON values into text; throws as `JSON.stringify` does (a BigInt, a
 * cycle). Fields are copied one by one: faster than spreading, and only these are written.
 */
export function prepareCommit(change: InstanceCommit): PreparedCommit {
  const { instance } = change;
  return {
    expectedVersion: change.expectedVersion,
    instance: {
      id: instance.id,
      flowId: instance.flowId,
      flowVersion: instance.flowVersion,
      version: instance.version,
      status: instance.status,
      snapshot: json(instance.snapshot),
      createdAt: instance.createdAt,
      updatedAt: instance.updatedAt,
    },
    tasks: change.tasks.map((task) => ({
      instanceId: task.instanceId,
      key: task.key,
      stepId: task.stepId,
      flowId: task.flowId,
      flowVersion: task.flowVersion,
      actions: json(task.actions),
      form: task.form,
      assignees: task.assignees,
      roles: task.roles,
      groups: task.groups,
      assigneesJson: json(task.assignees),
      rolesJson: json(task.roles),
      groupsJson: json(task.groups),
      dueAt: task.dueAt,
      since: task.since,
    })),
    timers: change.timers,
    history: change.history.map((entry) => ({
      instanceId: entry.instanceId,
      seq: entry.seq,
      at: entry.at,
      actor: json(entry.actor),
      step: entry.step,
      event: entry.event,
      data: entry.data === null ? null : json(entry.data),
      comment: entry.comment,
      state: json(entry.state),
    })),
    outbox: change.outbox.map((message) => ({
      id: message.id,
      instanceId: message.instanceId,
      seq: message.seq,
      index: message.index,
      at: message.at,
      step: message.step,
      channel: message.channel,
      to: json(message.to),
      message: json(message.message),
    })),
  };
}
