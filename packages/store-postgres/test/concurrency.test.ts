import { createRuntime, parseFlow, type Store } from '@yizhan/core/flow';
import { benchActors, benchFlowDefinition, storeFixtures } from '@yizhan/core/testing';
import { describe, expect, it } from 'vitest';
import { testDatabase } from './database';

const database = testDatabase();
const { at, change, entry, timer } = storeFixtures;

/** Two stores with their own pools on one schema: two servers. */
async function twoServers() {
  const schema = database.schemaName();
  const a = await database.openStore({ schema, poolSize: 4 });
  const b = await database.openStore({ schema, poolSize: 4 });
  return [a, b] as const;
}

describe('two pools on one PostgreSQL', () => {
  it('apply each commit or refuse it as stale: no gaps, no duplicates, nothing merged', async () => {
    const [a, b] = await twoServers();
    const ids = ['shared-1', 'shared-2', 'shared-3'];
    for (const id of ids) await a.commit(change(id, 1));
    const told: string[] = [];
    let stale = 0;
    const lane = async (store: Store, name: string) => {
      for (let round = 0; round < 30; round += 1) {
        const id = ids[round % ids.length] as string;
        const version = ((await store.getInstance(id))?.version ?? 0) + 1;
        const result = await store.commit(
          change(id, version, { history: [entry(id, version, `${name}.${version}`)] }),
        );
        if (result.ok) told.push(`${id} ${version} ${name}.${version}`);
        else stale += 1;
      }
    };
    await Promise.all([
      lane(a, 'a1'),
      lane(a, 'a2'),
      lane(a, 'a3'),
      lane(b, 'b1'),
      lane(b, 'b2'),
      lane(b, 'b3'),
    ]);
    expect(told.length + stale).toBe(180);
    expect(stale).toBeGreaterThan(0);
    const written: string[] = [];
    for (const id of ids) {
      const row = await b.getInstance(id);
      const history = await b.history(id);
      expect(history.map((h) => h.seq)).toEqual(
        Array.from({ length: row?.version ?? 0 }, (_, index) => index + 1),
      );
      for (const h of history.slice(1)) written.push(`${id} ${h.seq} ${h.event}`);
    }
    expect(written.sort()).toEqual([...told].sort());
  });

  it('let two schedulers claim the due timers: each timer goes to one of them', async () => {
    const [a, b] = await twoServers();
    const ids = Array.from({ length: 40 }, (_, index) => `w${String(index).padStart(2, '0')}`);
    for (const id of ids)
      await a.commit(change(id, 1, { timers: [timer(id, 'review.due', at(10))] }));
    const fired: string[] = [];
    const scheduler = async (store: typeof a, owner: string) => {
      for (;;) {
        const claimed = await store.claimDueTimers(at(60), 3, 60_000, owner);
        if (claimed.length === 0) return;
        for (const due of claimed) {
          // Firing: the commit that removes the timer, version-guarded as the runtime does.
          const row = await store.getInstance(due.instanceId);
          const version = (row?.version ?? 0) + 1;
          const result = await store.commit(
            change(due.instanceId, version, {
              history: [entry(due.instanceId, version, `${owner}.fired`)],
            }),
          );
          if (result.ok) fired.push(due.instanceId);
        }
      }
    };
    await Promise.all([scheduler(a, 'server-a'), scheduler(b, 'server-b')]);
    expect([...fired].sort()).toEqual(ids);
    for (const id of ids) {
      const events = (await a.history(id)).map((h) => h.event);
      expect(events.filter((event) => event.endsWith('.fired'))).toHaveLength(1);
    }
  });

  it('fire an overdue deadline once when two runtimes catch up at the same time', async () => {
    const [a, b] = await twoServers();
    const parsed = parseFlow(benchFlowDefinition);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    let now = new Date('2026-12-01T08:00:00.000Z');
    let counter = 0;
    const runtimeOver = (store: Store) =>
      createRuntime({
        store,
        definitions: [parsed.value],
        clock: () => now,
        createId: () => `wish-${++counter}`,
      });
    const [first, second] = [runtimeOver(a), runtimeOver(b)];
    const { resident } = benchActors;
    const wish = { wish: '帮忙卖菜', room: '5栋1单元2103', phone: '13800138000' };
    for (let i = 0; i < 10; i += 1) {
      const { instance } = await first.start('micro-wish-bench', { actor: resident });
      await first.send(instance.id, { task: 'request', action: 'submit', data: wish }, resident);
    }
    // The match step is due in three days; both servers come back four days later.
    now = new Date('2026-12-05T08:00:00.000Z');
    const reports = await Promise.all([first.fireDueTimers(), second.fireDueTimers()]);
    const fired = reports.flatMap((report) => report.fired);
    expect(fired).toHaveLength(10);
    expect(new Set(fired).size).toBe(10);
    for (const row of await a.listInstances()) {
      const system = (await a.history(row.id)).filter((h) => h.actor.id === 'system');
      expect(system.map((h) => h.event)).toHaveLength(1);
      expect(row.status).toBe('done');
    }
    expect((await first.fireDueTimers()).fired).toEqual([]);
  });
});
