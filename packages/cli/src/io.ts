import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** What a command may touch: its output streams and the file system, so tests can capture both. */
export interface CliIo {
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  readText(path: string): Promise<string>;
  writeText(path: string, text: string): Promise<void>;
}

/** The real process: stdout, stderr and files relative to `cwd`. */
export function processIo(cwd: string = process.cwd()): CliIo {
  return {
    cwd,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readText: (path) => readFile(resolve(cwd, path), 'utf8'),
    writeText: (path, text) => writeFile(resolve(cwd, path), text, 'utf8'),
  };
}
