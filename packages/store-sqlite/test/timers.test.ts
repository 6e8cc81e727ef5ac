import { join } from 'node:path';
import { createRuntime, parseFlow, type Store } from '@yizhan/core/flow';
import { benchActors, benchFlowDefinition } from '@yizhan/core/testing';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src';
import { temporaryFolder } from './temp-files';

const folder = temporaryFolder();

describe('overdue timers on one SQLite file', () => {
  it('fire once when two runtimes catch up at the same time, and again never', async () => {
    const file = join(folder, 'timers.db');
    const [a, b] = [openSqliteStore({ file }), openSqliteStore({ file })];
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
    // The match step is due in three days; both come back four days later, as after a restart.
    now = new Date('2026-12-05T08:00:00.000Z');
    const reports = await Promise.all([first.fireDueTimers(), second.fireDueTimers()]);
    const fired = reports.flatMap((report) => report.fired);
    expect(fired).toHaveLength(10);
    expect(new Set(fired).size).toBe(10);
    for (const row of await b.listInstances()) {
      const system = (await b.history(row.id)).filter((h) => h.actor.id === 'system');
      expect(system).toHaveLength(1);
      expect(row.status).toBe('done');
    }
    expect((await second.fireDueTimers()).fired).toEqual([]);
    await a.close();
    await b.close();
  });
});
