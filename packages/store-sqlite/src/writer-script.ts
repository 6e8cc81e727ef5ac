import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SqliteStoreOptions } from './open-sqlite-store';

/** The writer thread's script for `option`, or undefined to write on the calling thread. */
export function writerScript(option: SqliteStoreOptions['writerThread']): URL | undefined {
  if (option === false) return undefined;
  if (option === undefined) {
    const beside = new URL('./writer-thread.js', import.meta.url);
    return beside.protocol === 'file:' && existsSync(fileURLToPath(beside)) ? beside : undefined;
  }
  const url =
    option instanceof URL
      ? option
      : option.startsWith('file:')
        ? new URL(option)
        : pathToFileURL(resolve(option));
  if (!existsSync(fileURLToPath(url)))
    throw new Error(
      `The SQLite writer thread's script ${fileURLToPath(url)} does not exist: give the path of @yizhan/store-sqlite's dist/writer-thread.js, or writerThread: false to write on the calling thread. ` +
        `(找不到 SQLite 写入线程脚本：请指向 dist/writer-thread.js，或设 writerThread: false。)`,
    );
  return url;
}
