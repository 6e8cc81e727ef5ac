import type { Issue } from '@yizhan/core/form';
import type { Locale } from '@yizhan/core/i18n';
import type { CliIo } from './io';

const cannotRead: Readonly<Record<Locale, (file: string, code: string) => string>> = {
  'zh-CN': (file, code) => `${file}：无法读取文件（${code}），请检查路径和权限。\n`,
  en: (file, code) => `${file}: cannot read the file (${code}). Check the path and permissions.\n`,
};

/** Reads a file named on the command line; on failure prints why (in `locale`) and gives `undefined`. */
export async function readInput(
  io: CliIo,
  file: string,
  locale: Locale,
): Promise<string | undefined> {
  try {
    return await io.readText(file);
  } catch (error) {
    io.stderr(cannotRead[locale](file, (error as NodeJS.ErrnoException).code ?? 'error'));
    return undefined;
  }
}

/** Prints issues the way every command does: `file:path: message [code]`, one a line. */
export function printIssues(io: CliIo, file: string, issues: readonly Issue[]): void {
  for (const issue of issues)
    io.stderr(`${file}:${issue.path || '/'}: ${issue.message} [${issue.code}]\n`);
}

/** Splits a command line into files and `--name value` (or `--name=value`) options. */
export function readOptions(
  args: readonly string[],
  known: readonly string[],
): { files: string[]; options: Map<string, string> } | string {
  const options = new Map<string, string>();
  const files: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.split('=', 2) as [string, string | undefined];
    if (!known.includes(name)) return `Unknown option ${JSON.stringify(arg)}.`;
    const value = inline ?? args[index + 1];
    if (inline === undefined) index += 1;
    if (value === undefined || value === '') return `${name} needs a value.`;
    options.set(name, value);
  }
  return { files, options };
}
