// Two server processes on one PostgreSQL: 5,000 volunteers sign up at once for a 50-place
// project, half through each server, over real HTTP on loopback.
import { afterAll, describe, it } from 'vitest';
import { stopTestPostgres, testPostgres } from './process/postgres';
import { checkOutcome, openProject, signUpAll } from './process/signup-load';
import { type ServerProcess, spawnServer } from './process/spawn';
import { SECRET } from './support';

const servers: ServerProcess[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await stopTestPostgres();
});

describe('sign-up load on PostgreSQL (two processes)', () => {
  it('5,000 concurrent sign-ups to 50 places over two servers: 50 enrolled, the rest waitlisted in arrival order, no 5xx, none lost', async () => {
    const { url, schema } = await testPostgres('load');
    const env = { DATABASE_URL: url, YIZHAN_PG_SCHEMA: schema, YIZHAN_SECRET: SECRET };
    servers.push(await spawnServer(env), await spawnServer(env));
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const id = await openProject(a.url, 'summer-care', 50);
    const replies = await signUpAll([a.url, b.url], id, 5000);
    await checkOutcome(b.url, id, 50, replies);
  }, 180_000);
});
