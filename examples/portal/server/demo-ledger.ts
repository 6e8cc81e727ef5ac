/**
 * The demo's hours ledger (`@yizhan/volunteer`'s append-only events) kept in the same
 * store as the flows: one record row under the server's internal prefix (`yizhan:`), so
 * instance lists skip it, written with the store's version guard like the server's own
 * records. Appends retry on a concurrent write.
 */
import type { Store } from '@yizhan/core/flow';
import type { Ledger } from '@yizhan/volunteer';

const ROW_ID = 'yizhan:demo-ledger/luling';
const FLOW_ID = 'yizhan:demo-ledger';

/** Reads and appends to the demo ledger. */
export interface DemoLedger {
  /** Every event, oldest first. */
  read(): Promise<Ledger>;
  /**
   * Replaces the ledger with `change(current)` when nobody wrote in between (retried up to
   * five times). `change` answers the new ledger, or null to leave it as it is.
   */
  update<T>(change: (current: Ledger) => { ledger: Ledger | null; result: T }): Promise<T>;
}

/** The demo ledger over a store. */
export function demoLedger(store: Store, clock: () => Date = () => new Date()): DemoLedger {
  async function load(): Promise<{ ledger: Ledger; version: number; createdAt: string | null }> {
    const row = await store.getInstance(ROW_ID);
    if (row === null) return { ledger: [], version: 0, createdAt: null };
    const value = row.snapshot.value as { events?: Ledger };
    return { ledger: value.events ?? [], version: row.version, createdAt: row.createdAt };
  }
  return {
    read: async () => (await load()).ledger,
    async update(change) {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const current = await load();
        const { ledger, result } = change(current.ledger);
        if (ledger === null) return result;
        const at = clock().toISOString();
        const written = await store.commit({
          expectedVersion: current.version,
          instance: {
            id: ROW_ID,
            flowId: FLOW_ID,
            flowVersion: 1,
            version: current.version + 1,
            status: 'done',
            snapshot: { value: { events: ledger } } as never,
            createdAt: current.createdAt ?? at,
            updatedAt: at,
          },
          history: [],
          tasks: [],
          timers: [],
          outbox: [],
        });
        if (written.ok) return result;
      }
      throw new Error('The hours ledger kept changing under five attempts to write it.');
    },
  };
}
