// Runs real server processes for tests and the benchmark: the server's TypeScript sources
// bundled once with esbuild (the `@yizhan/source` condition, as Vitest resolves them), the
// native SQLite driver loaded from its installed path.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleForNode } from '../../../../scripts/bundle-for-node.mjs';

const here = import.meta.dirname;
let bundled: Promise<string> | null = null;

/** Bundles `server-main.ts` into one ESM file and answers its path (once per process). */
export function bundleServer(): Promise<string> {
  bundled ??= bundleForNode({
    entry: join(here, 'server-main.ts'),
    outfile: join(mkdtempSync(join(tmpdir(), 'yizhan-server-bundle-')), 'server.mjs'),
  });
  return bundled;
}

/** A server process. */
export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Its stderr so far, for failure messages. */
  stderr(): string;
  /** Sends SIGKILL and waits for the process to end. */
  kill(): Promise<void>;
  /** Sends SIGTERM and waits for a clean exit. */
  stop(): Promise<void>;
}

/** Starts a server process with the environment given (on a free port) and waits until it listens. */
export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const file = await bundleServer();
  const profile = process.env.YIZHAN_PROFILE_DIR;
  const nodeArgs = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const child = spawn(process.execPath, [...nodeArgs, file], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (chunk) => {
    err += String(chunk);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      const match = /READY (\S+)/.exec(out);
      if (match) resolve(match[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)));
  });
  return {
    url,
    child,
    stderr: () => err,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
