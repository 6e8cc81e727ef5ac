import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '@yizhan/core/flow';
import { openSqliteStore } from '@yizhan/store-sqlite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { RECORD_FLOW_PREFIX, serveFromEnv } from '../src/index';
import { call, people, publish, start, summerCareJson, testServer } from './support';

const folder = mkdtempSync(join(tmpdir(), 'yizhan-retention-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const HOUR = 60 * 60 * 1000;

/** A server whose clock the test moves, with a sign-up project open. */
async function signupServer(store?: Store) {
  let now = Date.parse('2026-12-01T08:00:00.000Z');
  const server = testServer({
    clock: () => new Date(now),
    ...(store === undefined ? {} : { store }),
  });
  await publish(server, people.chongwenCoordinator, summerCareJson);
  const id = await start(server, people.chongwenCoordinator, 'summer-care');
  const send = (key: string, action: 'signup' | 'cancel') =>
    call(server, 'POST', `/instances/${id}/events`, {
      as: people.chongwenVolunteer,
      key,
      body: { task: 'enrol', action },
    });
  const events = async () =>
    (
      (await call(server, 'GET', `/instances/${id}/history`, { as: people.chongwenCoordinator }))
        .body.history as { event: string }[]
    ).map((entry) => entry.event);
  return { server, send, events, later: (ms: number) => (now += ms) };
}

describe('idempotency answers expire', () => {
  it('replays a key for 24 hours, then forgets it and runs the request anew', async () => {
    const { send, events, later } = await signupServer();
    expect((await send('signup-zhang-wei-0001', 'signup')).status).toBe(200);
    later(23 * HOUR);
    const reused = await send('signup-zhang-wei-0001', 'cancel');
    expect([reused.status, reused.body.code]).toEqual([422, 'idempotency_key_reused']);
    later(2 * HOUR);
    const anew = await send('signup-zhang-wei-0001', 'cancel');
    expect([anew.status, anew.headers.get('idempotent-replayed')]).toEqual([200, null]);
    const replayed = await send('signup-zhang-wei-0001', 'cancel');
    expect([replayed.status, replayed.headers.get('idempotent-replayed')]).toEqual([200, 'true']);
    expect(replayed.body).toEqual(anew.body);
    expect(await events()).toEqual(['start', 'enrol.signup', 'enrol.cancel']);
  });

  it('deletes expired answers from a store that can purge (SQLite)', async () => {
    const store = openSqliteStore({ file: join(folder, 'retention.db') });
    try {
      const { send, later } = await signupServer(store);
      const answers = async () =>
        (await store.listInstances({ flowId: `${RECORD_FLOW_PREFIX}idempotency` })).length;
      expect((await send('signup-zhang-wei-0001', 'signup')).status).toBe(200);
      expect(await answers()).toBe(1);
      later(25 * HOUR);
      // A keyed request starts the sweep (at most once a minute); it runs in the background.
      expect((await send('cancel-zhang-wei-0002', 'cancel')).status).toBe(200);
      await vi.waitFor(async () => expect(await answers()).toBe(1), { timeout: 5000 });
      const kept = await store.listInstances({ flowId: `${RECORD_FLOW_PREFIX}idempotency` });
      expect(kept.map((row) => row.createdAt)).toEqual(['2026-12-02T09:00:00.000Z']);
    } finally {
      await store.close();
    }
  });

  it('refuses a retention in the environment that is not a positive number of hours', async () => {
    await expect(
      serveFromEnv({
        YIZHAN_SECRET: 'test-secret-luling-0123456789',
        YIZHAN_DATA: join(folder, 'never-opened.db'),
        YIZHAN_IDEMPOTENCY_RETENTION_HOURS: 'forever',
      }),
    ).rejects.toThrow(
      'YIZHAN_IDEMPOTENCY_RETENTION_HOURS must be a positive number of hours (say 24), not "forever".',
    );
  });
});
