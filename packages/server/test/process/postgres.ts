// The PostgreSQL server of the tests: the one the suite's global setup started (through
// DATABASE_URL), or a private one for this file; each test file works in its own schema.
import { startTestPostgres, type TestPostgres } from '@yizhan/store-postgres/testing';

let started: Promise<TestPostgres> | null = null;
let schemas = 0;

/** The test PostgreSQL (started once per test file) and a fresh schema name in it. */
export async function testPostgres(label: string): Promise<{ url: string; schema: string }> {
  started ??= startTestPostgres();
  const { url } = await started;
  schemas += 1;
  return { url, schema: `server_${label}_${process.pid}_${schemas}` };
}

/** Stops the private server, if this file started one. */
export async function stopTestPostgres(): Promise<void> {
  if (started !== null) await (await started).stop();
  started = null;
}
