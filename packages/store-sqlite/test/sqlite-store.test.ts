import { join } from 'node:path';
import { describeStoreConformance, describeTimerClaimConformance } from '@yizhan/core/testing';
import { afterAll } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../src';
import { temporaryFolder } from './temp-files';

const folder = temporaryFolder();
const opened: SqliteStore[] = [];
let files = 0;

/** A new store in a new file of the temporary folder: a real file, WAL and all. */
async function freshStore(): Promise<SqliteStore> {
  const store = openSqliteStore({ file: join(folder, `conformance-${++files}.db`) });
  opened.push(store);
  return store;
}

afterAll(async () => {
  for (const store of opened) await store.close();
});

describeStoreConformance('sqlite file', freshStore);
describeTimerClaimConformance('sqlite file', freshStore);
describeStoreConformance('sqlite :memory:', async () => {
  const store = openSqliteStore({ file: ':memory:' });
  opened.push(store);
  return store;
});
