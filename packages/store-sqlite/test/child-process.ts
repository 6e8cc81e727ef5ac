import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode, bundleWriterThread } from '../../../scripts/bundle-for-node.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Bundles the TypeScript writer (`child/writer.ts`, with the store's sources) into one
 * ES module in `folder` that plain Node runs: Node 20 cannot run TypeScript itself.
 * The writer thread's script goes beside it, where the store looks for it: the child
 * writes through it.
 */
export function bundleWriter(folder: string): Promise<string> {
  return bundleForNode({
    entry: join(here, 'child', 'writer.ts'),
    outfile: join(folder, 'writer.mjs'),
  });
}

/**
 * Bundles the store's writer thread into `folder/writer-thread.js`: the tests run the store
 * from its TypeScript sources, where the thread's script is not built.
 */
export { bundleWriterThread };

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
