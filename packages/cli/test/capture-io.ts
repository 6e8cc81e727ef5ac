import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliIo, processIo } from '../src/io';

/** A CliIo over a fresh temporary folder that records what a command printed. */
export function captureIo(): CliIo & { readonly out: string[]; readonly err: string[] } {
  const cwd = mkdtempSync(join(tmpdir(), 'yizhan-cli-'));
  const out: string[] = [];
  const err: string[] = [];
  const real = processIo(cwd);
  return { ...real, out, err, stdout: (text) => out.push(text), stderr: (text) => err.push(text) };
}
