import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storeFixtures } from '@yizhan/core/testing';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../src';
import { bundleWriter, bundleWriterThread, startWriter } from './child-process';
import { temporaryFolder } from './temp-files';

const folder = temporaryFolder();
const threadScript = await bundleWriterThread(folder);
const opened: SqliteStore[] = [];
let files = 0;
const { change, entry, timer, at } = storeFixtures;

afterAll(async () => {
  for (const store of opened) await store.close();
});

/** A store on a new file, written through `script`. */
function storeWith(script: string): SqliteStore {
  const store = openSqliteStore({
    file: join(folder, `thread-${++files}.db`),
    writerThread: script,
  });
  opened.push(store);
  return store;
}

/** A writer thread script that says it is ready, then ends itself at the first group. */
function scriptThatStops(): string {
  const file = join(folder, `stops-${++files}.mjs`);
  writeFileSync(
    file,
    `import { parentPort } from 'node:worker_threads';
parentPort.postMessage('ready');
parentPort.on('message', () => process.exit(7));
`,
  );
  return file;
}

describe('the writer thread', () => {
  it('answers each commit of a group on its own, errors with their class, message and SQLite code', async () => {
    const store = storeWith(threadScript);
    await store.commit(change('w1', 1));
    const twice = timer('w2', 'review.due', at(60));
    const results = await Promise.allSettled([
      store.commit(change('w1', 2, { history: [entry('w1', 5)] })),
      store.commit(change('w2', 1, { timers: [twice, twice] })),
      store.commit(change('w3', 1)),
    ]);
    expect(results[0]).toMatchObject({ status: 'rejected' });
    const sequence = (results[0] as PromiseRejectedResult).reason as Error;
    expect(sequence).toBeInstanceOf(RangeError);
    expect(sequence.message).toBe(
      'History entries must continue the sequence: expected seq 2, got 5.',
    );
    const constraint = (results[1] as PromiseRejectedResult).reason as Error & { code: string };
    expect(constraint.code).toBe('SQLITE_CONSTRAINT_PRIMARYKEY');
    expect(results[2]).toEqual({ status: 'fulfilled', value: { ok: true } });
    expect((await store.listInstances()).map((row) => `${row.id}@${row.version}`)).toEqual([
      'w1@1',
      'w3@1',
    ]);
    expect(await store.timersOf('w2')).toEqual([]);
  });

  it('lets a transaction see the commits queued before it in the same turn', async () => {
    const store = storeWith(threadScript);
    const first = store.commit(change('w1', 1));
    const seen = store.transaction(async (tx) => (await tx.getInstance('w1'))?.version ?? null);
    expect(await first).toEqual({ ok: true });
    expect(await seen).toBe(1);
  });

  it('refuses a script that does not exist, before it touches the file', () => {
    const file = join(folder, 'never.db');
    expect(() =>
      openSqliteStore({ file, writerThread: join(folder, 'missing/writer-thread.js') }),
    ).toThrow(/missing\/writer-thread\.js does not exist.*writerThread: false/);
    expect(existsSync(file)).toBe(false);
  });

  it('writes on the calling thread when the thread cannot start, losing nothing', async () => {
    const broken = join(folder, 'broken-thread.mjs');
    writeFileSync(broken, "throw new Error('better-sqlite3 is not installed here');\n");
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const store = storeWith(broken);
    const results = await Promise.all([
      store.commit(change('w1', 1)),
      store.commit(change('w2', 1)),
    ]);
    expect(results).toEqual([{ ok: true }, { ok: true }]);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toContain('better-sqlite3 is not installed here');
    expect(store.writesOnThread).toBe(false);
    expect((await store.listInstances()).map((row) => row.id)).toEqual(['w1', 'w2']);
    expect(await store.commit(change('w1', 2, { history: [entry('w1', 2)] }))).toEqual({
      ok: true,
    });
  });

  it('answers every commit made before close, even when the thread could not start', async () => {
    const broken = join(folder, 'broken-at-close.mjs');
    writeFileSync(broken, "throw new Error('no thread today');\n");
    vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const file = join(folder, `close-broken-${++files}.db`);
    const store = openSqliteStore({ file, writerThread: broken });
    const pending = [store.commit(change('w1', 1)), store.commit(change('w2', 1))];
    await store.close();
    expect(await Promise.all(pending)).toEqual([{ ok: true }, { ok: true }]);
    const again = openSqliteStore({ file, writerThread: false });
    expect((await again.listInstances()).map((row) => row.id)).toEqual(['w1', 'w2']);
    await again.close();
  });

  it('fails the group under way when the thread stops, then writes on the calling thread', async () => {
    const store = storeWith(scriptThatStops());
    // Let the thread start and say it is ready.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(store.commit(change('w1', 1))).rejects.toThrow(
      /writer thread stopped \(exit code 7\); the commits it was writing may or may not be stored/,
    );
    expect(store.writesOnThread).toBe(false);
    expect(await store.commit(change('w2', 1))).toEqual({ ok: true });
    expect((await store.getInstance('w2'))?.version).toBe(1);
  });

  it('does not keep the process alive once its commits are answered', async () => {
    const script = await bundleWriter(join(folder));
    const child = startWriter(script, ['open', join(folder, 'left-open.db')]);
    const { code } = await child.exited;
    expect(child.stderr()).toBe('');
    expect(code).toBe(0);
    expect(child.lines).toEqual(['writes on the writer thread', 'ack left-open 1']);
  });
});
