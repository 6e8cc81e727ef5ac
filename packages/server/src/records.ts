import type { InstanceRow, JsonObject, Store, StoreReader, StoreWriter } from '@yizhan/core/flow';
import type { RecordRetention } from './record-retention';

/**
 * The prefix of the flow ids under which the server keeps its own records (published
 * definitions, idempotency results, drafts) in the store. Lists of instances skip them.
 */
export const RECORD_FLOW_PREFIX = 'yizhan:';

/** Kinds of server records. */
export type RecordKind = 'definition' | 'idempotency' | 'draft';

/** A stored record: its value and the version that guards updates. */
export interface StoredRecord<T extends JsonObject> {
  readonly value: T;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const rowId = (kind: RecordKind, key: string): string => `${RECORD_FLOW_PREFIX}${kind}/${key}`;

/** Tells whether an instance row is one of the server's records, not a flow instance. */
export function isRecordRow(row: Pick<InstanceRow, 'flowId'>): boolean {
  return row.flowId.startsWith(RECORD_FLOW_PREFIX);
}

/**
 * Key-value records kept in the store's own database, as instance rows of internal flow
 * ids: every store that passes the conformance suite can hold them, a create is refused
 * when the key exists (the version guard), and they share the store's transactions with
 * the flow changes they belong to.
 */
export interface Records {
  get<T extends JsonObject>(kind: RecordKind, key: string): Promise<StoredRecord<T> | null>;
  /** Creates a record; false when one with the key exists. */
  create(kind: RecordKind, key: string, value: JsonObject, at: string): Promise<boolean>;
  /** Replaces a record when its version is still `expectedVersion`; false otherwise. */
  update(
    kind: RecordKind,
    key: string,
    value: JsonObject,
    expectedVersion: number,
    at: string,
  ): Promise<boolean>;
  list<T extends JsonObject>(kind: RecordKind): Promise<StoredRecord<T>[]>;
  /** When records expire and the sweep that deletes them; absent: records are kept. */
  readonly retention?: RecordRetention;
}

const toRecord = <T extends JsonObject>(row: InstanceRow): StoredRecord<T> => ({
  value: row.snapshot.value as T,
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** {@link Records} over a store (or a transaction of one), with an optional retention. */
export function createRecords(
  store: Store | (StoreReader & StoreWriter),
  retention?: RecordRetention,
): Records {
  async function write(
    kind: RecordKind,
    key: string,
    value: JsonObject,
    expectedVersion: number,
    createdAt: string,
    at: string,
  ): Promise<boolean> {
    const result = await store.commit({
      expectedVersion,
      instance: {
        id: rowId(kind, key),
        flowId: `${RECORD_FLOW_PREFIX}${kind}`,
        flowVersion: 1,
        version: expectedVersion + 1,
        status: 'done',
        snapshot: { value },
        createdAt,
        updatedAt: at,
      },
      history: [],
      tasks: [],
      timers: [],
      outbox: [],
    });
    return result.ok;
  }
  return {
    ...(retention === undefined ? {} : { retention }),
    async get<T extends JsonObject>(kind: RecordKind, key: string) {
      const row = await store.getInstance(rowId(kind, key));
      return row === null ? null : toRecord<T>(row);
    },
    create: (kind, key, value, at) => write(kind, key, value, 0, at, at),
    async update(kind, key, value, expectedVersion, at) {
      const row = await store.getInstance(rowId(kind, key));
      if (row === null) return false;
      return write(kind, key, value, expectedVersion, row.createdAt, at);
    },
    async list<T extends JsonObject>(kind: RecordKind) {
      const rows = await store.listInstances({ flowId: `${RECORD_FLOW_PREFIX}${kind}` });
      return rows.map((row) => toRecord<T>(row));
    },
  };
}
