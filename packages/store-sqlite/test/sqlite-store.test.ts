import { join } from 'node:path';
import {
  describeInstancePurgeConformance,
  describeStoreConformance,
  describeTimerClaimConformance,
  describeTimerFailureConformance,
  storeFixtures,
} from '@yizhan/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore, type SqliteStoreOptions } from '../src';
import { bundleWriterThread } from './child-process';
import { temporaryFolder } from './temp-files';

const folder = temporaryFolder();
const opened: SqliteStore[] = [];
let files = 0;
// The store runs from its sources here, where the writer thread's script is not built:
// bundle it, and run every test both through the thread and on the calling thread.
const threadScript = await bundleWriterThread(folder);
const modes = [
  ['writer thread', threadScript],
  ['calling thread', false],
] as const satisfies readonly (readonly [string, SqliteStoreOptions['writerThread']])[];

afterAll(async () => {
  for (const store of opened) await store.close();
});

describeStoreConformance('sqlite :memory:', async () => {
  const store = openSqliteStore({ file: ':memory:' });
  opened.push(store);
  return store;
});

const { change, entry } = storeFixtures;

describe.each(modes)('openSqliteStore writing on the %s', (mode, writerThread) => {
  const onThread = writerThread !== false;
  /** A new store in a new file of the temporary folder: a real file, WAL and all. */
  async function freshStore(): Promise<SqliteStore> {
    const store = openSqliteStore({ file: join(folder, `store-${++files}.db`), writerThread });
    opened.push(store);
    expect(store.writesOnThread).toBe(onThread);
    return store;
  }

  describeStoreConformance(`sqlite file, ${mode}`, freshStore);
  describeTimerClaimConformance(`sqlite file, ${mode}`, freshStore);
  describeTimerFailureConformance(`sqlite file, ${mode}`, freshStore);
  describeInstancePurgeConformance(`sqlite file, ${mode}`, freshStore);

  it('answers each commit of a batch on its own: one that throws leaves the others written', async () => {
    const store = await freshStore();
    await store.commit(change('w1', 1));
    const results = await Promise.allSettled([
      store.commit(change('w2', 1)),
      store.commit(change('w1', 2, { history: [entry('w1', 5)] })),
      store.commit(change('w3', 1)),
      store.commit(change('w2', 1)),
    ]);
    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect(results[3]).toEqual({
      status: 'fulfilled',
      value: { ok: false, reason: 'stale', currentVersion: 1 },
    });
    expect((await store.listInstances()).map((row) => `${row.id}@${row.version}`)).toEqual([
      'w1@1',
      'w2@1',
      'w3@1',
    ]);
  });

  it('writes concurrent transactions in one group: each failure undone alone, answers after the commit', async () => {
    const store = await freshStore();
    const log: string[] = [];
    const run = (id: string, fail: boolean) =>
      store
        .transaction(async (tx) => {
          log.push(`work ${id}`);
          await tx.commit(change(id, 1));
          if (fail) throw new Error(`${id} refused`);
          return id;
        })
        .then(
          (value) => log.push(`answer ${value}`),
          (error: Error) => log.push(`error ${error.message}`),
        );
    await Promise.all([
      run('w1', false),
      store.commit(change('w4', 1)).then((result) => log.push(`commit w4 ${result.ok}`)),
      run('w2', true),
      run('w3', false),
    ]);
    // On the calling thread all four are one group; with a writer thread the plain commit
    // between the transactions is written there, so the transactions make two groups.
    expect(log).toEqual(
      onThread
        ? [
            'work w1',
            'answer w1',
            'commit w4 true',
            'work w2',
            'work w3',
            'error w2 refused',
            'answer w3',
          ]
        : [
            'work w1',
            'work w2',
            'work w3',
            'answer w1',
            'commit w4 true',
            'error w2 refused',
            'answer w3',
          ],
    );
    expect((await store.listInstances()).map((row) => row.id)).toEqual(['w1', 'w3', 'w4']);
  });

  it.each([
    ['a file', freshStore],
    ['memory', async () => openSqliteStore({ file: ':memory:' })],
  ])(
    'shows readers nothing of a transaction that is running or rolled back (%s)',
    async (_, open) => {
      const store = await open();
      let proceed = (): void => {};
      const gate = new Promise<void>((resolve) => {
        proceed = resolve;
      });
      let inside = (): void => {};
      const written = new Promise<void>((resolve) => {
        inside = resolve;
      });
      const running = store.transaction(async (tx) => {
        await tx.commit(change('w1', 1));
        expect((await tx.getInstance('w1'))?.version).toBe(1);
        inside();
        await gate;
        throw new Error('cancelled');
      });
      await written;
      // Read while the transaction holds its write; it then rolls back.
      const during = Promise.all([store.getInstance('w1'), store.history('w1')]);
      proceed();
      await expect(running).rejects.toThrow('cancelled');
      expect(await during).toEqual([null, []]);
      await store.close();
    },
  );

  it('lets two stores of one process share a file without blocking each other', async () => {
    const file = join(folder, `two-stores-${++files}.db`);
    const first = openSqliteStore({ file, busyTimeoutMs: 200, writerThread });
    const second = openSqliteStore({ file, busyTimeoutMs: 200, writerThread });
    let proceed = (): void => {};
    const gate = new Promise<void>((resolve) => {
      proceed = resolve;
    });
    const long = first.transaction(async (tx) => {
      await tx.commit(change('w1', 1));
      await gate;
    });
    const waiting = second.commit(change('w2', 1));
    // Longer than the busy timeout: SQLite alone would have failed the second writer.
    await new Promise((resolve) => setTimeout(resolve, 300));
    proceed();
    await long;
    expect(await waiting).toEqual({ ok: true });
    expect((await first.listInstances()).map((row) => row.id)).toEqual(['w1', 'w2']);
    await first.close();
    await second.close();
  });

  it('writes the commits under way before it closes', async () => {
    const file = join(folder, `close-${++files}.db`);
    const store = openSqliteStore({ file, writerThread });
    const pending = store.commit(change('w1', 1));
    await store.close();
    expect(await pending).toEqual({ ok: true });
    await expect(store.getInstance('w1')).rejects.toThrow('This SQLite store is closed');
    const again = openSqliteStore({ file, writerThread });
    expect((await again.getInstance('w1'))?.version).toBe(1);
    await again.close();
  });
});
