import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { startTestPostgres } from '../src/testing';

describe('startTestPostgres', () => {
  const saved = process.env.DATABASE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  });

  it('answers DATABASE_URL when it is set, and starts nothing', async () => {
    process.env.DATABASE_URL = 'postgres://yizhan@db.example:5432/yizhan';
    const postgres = await startTestPostgres();
    expect(postgres.url).toBe('postgres://yizhan@db.example:5432/yizhan');
    await postgres.stop();
  });

  it('gave the test run a database that answers', async () => {
    const client = new pg.Client({ connectionString: inject('postgresUrl') });
    await client.connect();
    const { rows } = await client.query<{ answer: number }>('SELECT 1 + 1 AS answer');
    await client.end();
    expect(rows).toEqual([{ answer: 2 }]);
  });
});
