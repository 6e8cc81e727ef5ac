/**
 * A throwaway PostgreSQL for tests and benchmarks: `startTestPostgres()` starts a private
 * server in a temporary folder (or uses `DATABASE_URL`), and `stop()` removes it.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** A PostgreSQL server for tests: where to connect, and how to get rid of it. */
export interface TestPostgres {
  /** A connection string to an empty database the tests may use as they like. */
  readonly url: string;
  /** Stops the server and removes its folder (does nothing for `DATABASE_URL`). */
  stop(): Promise<void>;
}

/** Options of {@link startTestPostgres}. */
export interface TestPostgresOptions {
  /**
   * Keep PostgreSQL's default durability (fsync on commit), for benchmarks that measure
   * durable commits. By default the throwaway server skips fsync: faster tests, and a
   * crash of the machine only loses the throwaway.
   */
  readonly durable?: boolean;
}

/** The PostgreSQL binaries are missing and could not be installed. */
export class PostgresNotFoundError extends Error {
  override readonly name = 'PostgresNotFoundError';
}

const INSTALL = 'apt-get install -y postgresql';

/** A folder with `initdb`, `pg_ctl` and `postgres`: `pg_config --bindir`, else the newest Debian one. */
async function findBinaries(): Promise<string | null> {
  const candidates: string[] = [];
  try {
    candidates.push((await run('pg_config', ['--bindir'])).stdout.trim());
  } catch {
    // No pg_config on the PATH; look where Debian and Ubuntu put the server.
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian))
    candidates.push(
      ...readdirSync(debian)
        .filter((version) => /^\d+$/.test(version))
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => join(debian, version, 'bin')),
    );
  return candidates.find((bin) => existsSync(join(bin, 'initdb'))) ?? null;
}

/** Finds the binaries, installing Debian's package when running as root. */
async function binaries(): Promise<string> {
  const found = await findBinaries();
  if (found !== null) return found;
  if (process.getuid?.() !== 0)
    throw new PostgresNotFoundError(
      `PostgreSQL is not installed, and the tests need a server. Install it with \`sudo ${INSTALL}\` (Debian, Ubuntu), or set DATABASE_URL to an empty database the tests may use.`,
    );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    await run('apt-get', ['install', '-y', 'postgresql'], { env });
  } catch {
    // The package lists may be missing on a fresh machine.
    await run('apt-get', ['update'], { env });
    await run('apt-get', ['install', '-y', 'postgresql'], { env });
  }
  const installed = await findBinaries();
  if (installed === null)
    throw new PostgresNotFoundError(
      `\`${INSTALL}\` ran, but no initdb was found under /usr/lib/postgresql; set DATABASE_URL instead.`,
    );
  return installed;
}

/** A TCP port on 127.0.0.1 that nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('No port')),
      );
    });
  });
}

const PREFIX = 'yizhan-pg-';

/** Whether a process is alive (signal 0 only checks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Stops and removes servers whose test run was killed before its teardown (each folder
 * names the process that owns it), so that killed runs do not pile up servers.
 */
async function reapAbandoned(bin: string, as: Runner): Promise<void> {
  for (const name of readdirSync(tmpdir()).filter((entry) => entry.startsWith(PREFIX))) {
    const folder = join(tmpdir(), name);
    let owner: number;
    try {
      owner = Number(await readFile(join(folder, 'owner'), 'utf8'));
    } catch {
      continue; // Being set up right now, or not ours.
    }
    if (!Number.isInteger(owner) || owner <= 0 || alive(owner)) continue;
    await as(bin, 'pg_ctl', ['-D', join(folder, 'data'), '-m', 'immediate', '-w', 'stop']).catch(
      () => undefined,
    );
    await rm(folder, { recursive: true, force: true });
  }
}

/** Runs a PostgreSQL binary, as the `postgres` user when this process is root. */
type Runner = (
  bin: string,
  command: string,
  args: readonly string[],
) => Promise<{ stdout: string; stderr: string }>;

const runAsOwner: Runner = (bin, command, args) => {
  const file = join(bin, command);
  return process.getuid?.() === 0
    ? run('runuser', ['-u', 'postgres', '--', file, ...args])
    : run(file, [...args]);
};

/**
 * Starts a private PostgreSQL server for tests, or answers `DATABASE_URL` when it is set.
 * The server runs from a temporary folder (as the `postgres` user when this process is
 * root, since initdb refuses root), listens on a free port of 127.0.0.1 with trust
 * authentication, and has one empty database, `yizhan_test`. Installs Debian's
 * `postgresql` package when the binaries are missing and this process is root; otherwise
 * throws {@link PostgresNotFoundError} with the command to run.
 *
 * @example
 * const postgres = await startTestPostgres();
 * const store = await openPostgresStore({ connectionString: postgres.url, schema: 'test_1' });
 * // …
 * await store.close();
 * await postgres.stop();
 */
export async function startTestPostgres(options: TestPostgresOptions = {}): Promise<TestPostgres> {
  const given = process.env.DATABASE_URL;
  if (given !== undefined && given !== '') return { url: given, stop: async () => {} };

  const bin = await binaries();
  const root = process.getuid?.() === 0;
  await reapAbandoned(bin, runAsOwner);
  const folder = await mkdtemp(join(tmpdir(), PREFIX));
  const data = join(folder, 'data');
  const as = (command: string, args: readonly string[]) => runAsOwner(bin, command, args);
  const remove = () => rm(folder, { recursive: true, force: true });
  try {
    if (root) {
      const id = async (flag: string) => {
        try {
          return Number((await run('id', [flag, 'postgres'])).stdout.trim());
        } catch {
          throw new PostgresNotFoundError(
            'initdb refuses to run as root and there is no `postgres` user to run it as: create one with `useradd --system --create-home postgres`, or set DATABASE_URL.',
          );
        }
      };
      const [uid, gid] = [await id('-u'), await id('-g')];
      await chown(folder, uid, gid);
    }
    await writeFile(join(folder, 'owner'), String(process.pid));
    await as('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C',
      '-N',
    ]);
    const port = await freePort();
    const settings = [
      `-p ${port}`,
      '-h 127.0.0.1',
      `-k ${folder}`,
      '-c max_connections=200',
      ...(options.durable
        ? []
        : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
    ];
    await as('pg_ctl', [
      '-D',
      data,
      '-l',
      join(folder, 'server.log'),
      '-w',
      '-t',
      '30',
      '-o',
      settings.join(' '),
      'start',
    ]);
    const admin = new pg.Client({
      host: '127.0.0.1',
      port,
      user: 'postgres',
      database: 'postgres',
    });
    await admin.connect();
    try {
      await admin.query('CREATE DATABASE yizhan_test');
    } finally {
      await admin.end();
    }
    let stopped = false;
    return {
      url: `postgres://postgres@127.0.0.1:${port}/yizhan_test`,
      async stop() {
        if (stopped) return;
        stopped = true;
        try {
          await as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
        } finally {
          await remove();
        }
      },
    };
  } catch (error) {
    await as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    await remove();
    throw error;
  }
}
