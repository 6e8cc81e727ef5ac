import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '@yizhan/store-sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { call, microWishJson, people, publish, start, testServer } from './support';

const wish = {
  wish: '帮忙把自家种的莴笋拿去卖',
  room: '5栋1单元2103',
  phone: '13800138000',
  category: 'elderly',
};

/** The micro-wish flow with its `match` step in auto mode (the host's `candidates` hook picks). */
const autoMatchJson = {
  ...microWishJson,
  id: 'auto-wish',
  steps: (microWishJson.steps as Record<string, unknown>[]).map((step) =>
    step.id === 'match' ? { ...step, mode: 'auto' } : step,
  ),
};

describe('a failing job over the server', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('is postponed with backoff in the SQLite store, not rerun every round', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'yizhan-job-retry-'));
    folders.push(folder);
    const store = openSqliteStore({ file: join(folder, 'yizhan.db') });
    let now = new Date('2026-12-01T02:00:00.000Z');
    let calls = 0;
    let gatewayUp = false;
    const server = testServer({
      store,
      clock: () => now,
      hooks: {
        candidates: async () => {
          calls += 1;
          if (!gatewayUp) throw new Error('短信网关不可用');
          return ['zhang-wei'];
        },
      },
    });
    try {
      await publish(server, people.chongwenCoordinator, autoMatchJson);
      const id = await start(server, people.chongwenResident, 'auto-wish');
      const sent = await call(server, 'POST', `/instances/${id}/events`, {
        as: people.chongwenResident,
        body: { task: 'request', action: 'submit', data: wish },
      });
      expect(sent.status).toBe(200);
      const approved = await call(server, 'POST', `/instances/${id}/events`, {
        as: people.chongwenCoordinator,
        body: { task: 'review', action: 'approve' },
      });
      expect(approved.status).toBe(200);
      // The job ran once right after the commit that armed it, and failed.
      expect(calls).toBe(1);
      const job = async () => (await store.timersOf(id)).find((timer) => timer.kind === 'job');
      expect(await job()).toMatchObject({ attempts: 1, lastError: '短信网关不可用' });
      const firstRetry = Date.parse((await job())?.dueAt ?? '');
      expect(firstRetry).toBeGreaterThan(now.getTime());

      // Rounds before the retry is due do not run it.
      await server.scheduler.tick();
      await server.scheduler.tick();
      expect(calls).toBe(1);

      now = new Date(firstRetry);
      const report = await server.scheduler.tick();
      expect(calls).toBe(2);
      expect(report.failed).toMatchObject([{ attempts: 2, error: '短信网关不可用' }]);
      expect(Date.parse(report.failed[0]?.nextDueAt ?? '')).toBeGreaterThan(firstRetry);

      // Staff see the job and its failures; anyone else does not.
      const jobs = await call(server, 'GET', `/instances/${id}/jobs`, {
        as: people.chongwenCoordinator,
      });
      expect(jobs.body).toEqual({
        jobs: [
          {
            key: 'match.candidates',
            dueAt: report.failed[0]?.nextDueAt,
            attempts: 2,
            lastError: '短信网关不可用',
            failed: false,
          },
        ],
      });
      expect(
        (await call(server, 'GET', `/instances/${id}/jobs`, { as: people.chongwenVolunteer }))
          .status,
      ).toBe(403);

      // A coordinator runs it now once the gateway is back: the match is made.
      gatewayUp = true;
      const retried = await call(server, 'POST', `/instances/${id}/jobs/match.candidates/retry`, {
        as: people.chongwenCoordinator,
        body: {},
        key: 'retry-match-1',
      });
      expect(retried.status).toBe(200);
      expect(retried.body).toMatchObject({
        outcome: 'fired',
        instance: { state: ['serve.assigned'] },
      });
      expect(calls).toBe(3);
      const again = await call(server, 'POST', `/instances/${id}/jobs/match.candidates/retry`, {
        as: people.chongwenCoordinator,
        body: {},
        locale: 'en',
      });
      expect([again.status, again.body.code]).toEqual([404, 'unknown_job']);
    } finally {
      await store.close();
    }
  });
});
