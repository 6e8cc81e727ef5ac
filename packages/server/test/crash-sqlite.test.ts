// kill -9 a server on a SQLite file in the middle of a load: after a restart every
// acknowledged request is stored exactly once and every overdue deadline fires once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crashScenario } from './process/crash';
import { spawnServer } from './process/spawn';
import { SECRET } from './support';

const folder = mkdtempSync(join(tmpdir(), 'yizhan-crash-sqlite-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('crash on SQLite', () => {
  it('keeps every acknowledged sign-up exactly once and fires overdue deadlines once after kill -9', async () => {
    const env = { YIZHAN_DATA: join(folder, 'yizhan.db'), YIZHAN_SECRET: SECRET };
    const { acknowledged } = await crashScenario({
      first: await spawnServer(env),
      restart: () => spawnServer(env),
      count: 600,
      killAfter: 150,
      timers: 10,
    });
    expect(acknowledged).toBeGreaterThanOrEqual(150);
  }, 120_000);
});
