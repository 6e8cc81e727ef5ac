import { DEFAULT_LOCALE, isLocale, type Locale } from '@yizhan/core/i18n';
import { commands } from './commands';
import { type CliIo, processIo } from './io';

function help(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'Usage: yizhan <command> [arguments] [--locale zh-CN|en]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Messages are in zh-CN unless --locale en (or YIZHAN_LOCALE=en) is given.',
    '',
  ].join('\n');
}

/**
 * Runs `yizhan` with its arguments (without `node` and the script) and resolves to the exit
 * code: 0 success, 1 the checked input has problems, 2 the command line is wrong.
 *
 * @example
 * process.exitCode = await runCli(['validate', 'form.json']);
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const args = [...argv];
  let locale: Locale = isLocale(process.env.YIZHAN_LOCALE)
    ? process.env.YIZHAN_LOCALE
    : DEFAULT_LOCALE;
  const flag = args.indexOf('--locale');
  if (flag >= 0) {
    const value = args[flag + 1];
    if (!isLocale(value)) {
      io.stderr(`--locale takes zh-CN or en, not ${JSON.stringify(value ?? '')}.\n`);
      return 2;
    }
    locale = value;
    args.splice(flag, 2);
  }
  const [name, ...rest] = args;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(help());
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`Unknown command ${JSON.stringify(name)}.\n\n${help()}`);
    return 2;
  }
  return command.run({ args: rest, io, locale });
}
