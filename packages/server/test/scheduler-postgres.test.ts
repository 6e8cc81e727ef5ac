// Two servers' schedulers on one PostgreSQL share the due timers: each deadline fires
// once, and each server fires only timers it claimed.
import { openPostgresStore } from '@yizhan/store-postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { stopTestPostgres, testPostgres } from './process/postgres';
import { call, people, publish, signupJson, start, testServer } from './support';

afterAll(() => stopTestPostgres());

describe('timers on several servers (PostgreSQL)', () => {
  it('fires every overdue deadline exactly once between two schedulers', async () => {
    const { url, schema } = await testPostgres('timers');
    let now = Date.parse('2026-12-01T08:00:00.000Z');
    const clock = () => new Date(now);
    const storeA = await openPostgresStore({ connectionString: url, schema });
    const storeB = await openPostgresStore({ connectionString: url, schema });
    try {
      const a = testServer({ store: storeA, clock, scheduler: { owner: 'server-a', batch: 5 } });
      const b = testServer({ store: storeB, clock, scheduler: { owner: 'server-b', batch: 5 } });
      await publish(a, people.chongwenCoordinator, signupJson('weekend-duty', 5, 'PT1H'));
      const ids: string[] = [];
      for (let i = 0; i < 40; i += 1)
        ids.push(await start(i % 2 === 0 ? a : b, people.chongwenCoordinator, 'weekend-duty'));
      expect((await a.scheduler.tick()).fired).toEqual([]); // nothing due yet
      now += 2 * 3_600_000;
      const [reportA, reportB] = await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
      const firedA = reportA.fired.map((name) => name.split(' ')[0]);
      const firedB = reportB.fired.map((name) => name.split(' ')[0]);
      expect(firedA.filter((id) => firedB.includes(id))).toEqual([]);
      expect([...firedA, ...firedB].sort()).toEqual([...ids].sort());
      expect(reportA.failed).toEqual([]);
      expect(reportB.failed).toEqual([]);
      for (const id of ids) {
        const history = await call(a, 'GET', `/instances/${id}/history`, {
          as: people.chongwenCoordinator,
        });
        expect((history.body.history as { event: string }[]).map((entry) => entry.event)).toEqual([
          'start',
          'enrol.overdue',
        ]);
      }
      const again = await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
      expect(again.map((report) => report.fired)).toEqual([[], []]);
    } finally {
      await storeA.close();
      await storeB.close();
    }
  }, 60_000);
});
