// 5,000 volunteers sign up at once for a 50-place project served by one process over a
// SQLite file, over real HTTP on loopback.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { checkOutcome, openProject, signUpAll } from './process/signup-load';
import { type ServerProcess, spawnServer } from './process/spawn';
import { SECRET } from './support';

const folder = mkdtempSync(join(tmpdir(), 'yizhan-load-sqlite-'));
let server: ServerProcess | null = null;

afterAll(async () => {
  await server?.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe('sign-up load on SQLite (one process)', () => {
  it('5,000 concurrent sign-ups to 50 places: 50 enrolled, the rest waitlisted in arrival order, no 5xx, none lost', async () => {
    server = await spawnServer({ YIZHAN_DATA: join(folder, 'yizhan.db'), YIZHAN_SECRET: SECRET });
    const id = await openProject(server.url, 'summer-care', 50);
    const replies = await signUpAll([server.url], id, 5000);
    await checkOutcome(server.url, id, 50, replies);
  }, 120_000);
});
