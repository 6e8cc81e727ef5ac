import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const betterSqlite = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * Bundles the TypeScript writer (`child/writer.ts`, with the store's sources) into one
 * ES module in `folder` that plain Node runs: Node 20 cannot run TypeScript itself.
 * better-sqlite3 stays outside the bundle, imported by its absolute path.
 */
export async function bundleWriter(folder: string): Promise<string> {
  const outfile = join(folder, 'writer.mjs');
  await build({
    entryPoints: [join(here, 'child', 'writer.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@yizhan/source'],
    logLevel: 'silent',
    plugins: [
      {
        name: 'better-sqlite3-outside',
        setup(plugin) {
          plugin.onResolve({ filter: /^better-sqlite3$/ }, () => ({
            path: betterSqlite,
            external: true,
          }));
        },
      },
    ],
  });
  return outfile;
}

/** A running writer with its output split into lines as they arrive. */
export interface Writer {
  readonly process: ChildProcessWithoutNullStreams;
  readonly lines: string[];
  /** Resolves when `test` holds for the lines so far, or when the process has ended. */
  waitFor(test: (lines: readonly string[]) => boolean): Promise<void>;
  /** Resolves with the exit code (or signal) once the process has ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly stderr: () => string;
}

/** Starts `node script ...args` and collects its stdout lines. */
export function startWriter(script: string, args: readonly string[]): Writer {
  const child = spawn(process.execPath, [script, ...args], { stdio: 'pipe' });
  const lines: string[] = [];
  let partial = '';
  let stderr = '';
  const waiters: { test: (lines: readonly string[]) => boolean; resolve: () => void }[] = [];
  const check = () => {
    for (const waiter of [...waiters])
      if (waiter.test(lines)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
  };
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    check();
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => {
      for (const waiter of waiters.splice(0)) waiter.resolve();
      resolve({ code, signal });
    });
  });
  return {
    process: child,
    lines,
    exited,
    stderr: () => stderr,
    waitFor: (test) =>
      new Promise<void>((resolve) => {
        waiters.push({ test, resolve });
        check();
      }),
  };
}
