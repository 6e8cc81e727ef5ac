import { join } from 'node:path';
import { storeFixtures } from '@yizhan/core/testing';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src';
import { bundleWriter, startWriter } from './child-process';
import { temporaryFolder } from './temp-files';

const folder = temporaryFolder();
let writer = '';

beforeAll(async () => {
  writer = await bundleWriter(folder);
});

/** `[id, version]` of every `ack`/`ok` line. */
const acknowledged = (lines: readonly string[], word: string): [string, number][] =>
  lines
    .filter((line) => line.startsWith(`${word} `))
    .map((line) => {
      const [, id, version] = line.split(' ');
      return [id as string, Number(version)];
    });

describe('a writer killed with SIGKILL in the middle of a stream of commits', () => {
  it('loses no acknowledged commit and leaves no commit half written', async () => {
    const file = join(folder, 'crash.db');
    const child = startWriter(writer, ['stream', file, '8']);
    await child.waitFor((lines) => acknowledged(lines, 'ack').length >= 600);
    child.process.kill('SIGKILL');
    const { signal } = await child.exited;
    expect(signal).toBe('SIGKILL');
    expect(child.stderr()).toBe('');
    expect(child.lines[0]).toBe('writes on the writer thread');
    const acks = acknowledged(child.lines, 'ack');
    expect(acks.length).toBeGreaterThanOrEqual(600);

    const check = new Database(file);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();

    const store = openSqliteStore({ file });
    const instances = new Map((await store.listInstances()).map((row) => [row.id, row]));
    for (const [id, version] of acks)
      expect(instances.get(id)?.version ?? 0).toBeGreaterThanOrEqual(version);
    // Every stored instance is exactly one whole commit: its rows all belong to its version.
    for (const row of instances.values()) {
      const v = row.version;
      expect((await store.history(row.id)).map((entry) => entry.seq)).toEqual(
        Array.from({ length: v }, (_, index) => index + 1),
      );
      expect((await store.tasksOf(row.id)).map((task) => task.key)).toEqual([`step${v}`]);
      expect((await store.timersOf(row.id)).map((timer) => timer.key)).toEqual([`step${v}.due`]);
      expect(row.snapshot.value).toBe(`step${v}`);
    }
    const messages = await store.pendingOutbox(1_000_000);
    const versions = [...instances.values()].reduce((sum, row) => sum + row.version, 0);
    expect(messages).toHaveLength(versions);
    await store.close();
  }, 30_000);
});

describe('two processes writing one file', () => {
  it('apply each commit or refuse it as stale: no gaps, no duplicates, nothing merged', async () => {
    const file = join(folder, 'shared.db');
    // Both open a new file at once: the schema is created once.
    const a = startWriter(writer, ['race', file, 'a', '150']);
    const b = startWriter(writer, ['race', file, 'b', '150']);
    await Promise.all([a, b].map((child) => child.waitFor((lines) => lines.includes('ready'))));
    for (const child of [a, b]) child.process.stdin.write('go\n');
    const exits = await Promise.all([a.exited, b.exited]);
    expect([a.stderr(), b.stderr()]).toEqual(['', '']);
    expect(exits.map((exit) => exit.code)).toEqual([0, 0]);
    expect([a.lines[0], b.lines[0]]).toEqual([
      'writes on the writer thread',
      'writes on the writer thread',
    ]);

    const okA = acknowledged(a.lines, 'ok');
    const okB = acknowledged(b.lines, 'ok');
    const stale = [a, b].flatMap((child) => child.lines.filter((l) => l.startsWith('stale ')));
    expect(okA.length + okB.length + stale.length).toBe(300);
    expect(okA.length).toBeGreaterThan(0);
    expect(okB.length).toBeGreaterThan(0);

    const store = openSqliteStore({ file });
    const written = new Set<string>();
    for (const row of await store.listInstances()) {
      const history = await store.history(row.id);
      expect(history.map((entry) => entry.seq)).toEqual(
        Array.from({ length: row.version }, (_, index) => index + 1),
      );
      // Each entry was written by the process that was told `ok` for that version.
      for (const entry of history) written.add(`${row.id} ${entry.seq} ${entry.event}`);
    }
    const told = new Set([
      ...okA.map(([id, version]) => `${id} ${version} a.${version}`),
      ...okB.map(([id, version]) => `${id} ${version} b.${version}`),
    ]);
    expect(written).toEqual(told);

    const check = new Database(file, { readonly: true });
    expect(
      check.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all(),
    ).toEqual([1, 2, 3, 4]);
    check.close();
    await store.close();
  }, 30_000);
});

describe('two processes claiming the due timers of one file', () => {
  it('get each timer once between them', async () => {
    const file = join(folder, 'claims.db');
    const { at, change, timer } = storeFixtures;
    const store = openSqliteStore({ file });
    const ids = Array.from({ length: 60 }, (_, index) => `w${String(index).padStart(2, '0')}`);
    await Promise.all(
      ids.map((id) => store.commit(change(id, 1, { timers: [timer(id, 'review.due', at(10))] }))),
    );
    await store.close();
    const a = startWriter(writer, ['claim', file, 'server-a']);
    const b = startWriter(writer, ['claim', file, 'server-b']);
    await Promise.all([a, b].map((child) => child.waitFor((lines) => lines.includes('ready'))));
    for (const child of [a, b]) child.process.stdin.write('go\n');
    const exits = await Promise.all([a.exited, b.exited]);
    expect([a.stderr(), b.stderr()]).toEqual(['', '']);
    expect(exits.map((exit) => exit.code)).toEqual([0, 0]);
    expect([a.lines[0], b.lines[0]]).toEqual([
      'writes on the writer thread',
      'writes on the writer thread',
    ]);
    const claimed = [a, b].flatMap((child) =>
      child.lines.filter((line) => line.startsWith('claimed ')).map((line) => line.split(' ')[1]),
    );
    expect(claimed.sort()).toEqual(ids);
  }, 30_000);
});
