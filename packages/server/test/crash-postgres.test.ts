// kill -9 one of two servers on PostgreSQL in the middle of a load: after a restart every
// acknowledged request is stored exactly once and every overdue deadline fires once.
import { afterAll, describe, expect, it } from 'vitest';
import { crashScenario } from './process/crash';
import { stopTestPostgres, testPostgres } from './process/postgres';
import { type ServerProcess, spawnServer } from './process/spawn';
import { SECRET } from './support';

const others: ServerProcess[] = [];
afterAll(async () => {
  await Promise.all(others.map((server) => server.stop()));
  await stopTestPostgres();
});

describe('crash on PostgreSQL', () => {
  it('keeps every acknowledged sign-up exactly once and fires overdue deadlines once after kill -9', async () => {
    const { url, schema } = await testPostgres('crash');
    const env = { DATABASE_URL: url, YIZHAN_PG_SCHEMA: schema, YIZHAN_SECRET: SECRET };
    // A second server keeps running throughout; its scheduler sees the deadlines too.
    const { acknowledged } = await crashScenario({
      first: await spawnServer(env),
      restart: async () => {
        others.push(await spawnServer(env));
        return spawnServer(env);
      },
      count: 600,
      killAfter: 150,
      timers: 10,
    });
    expect(acknowledged).toBeGreaterThanOrEqual(150);
  }, 180_000);
});
