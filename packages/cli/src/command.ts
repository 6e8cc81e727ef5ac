import type { Locale } from '@yizhan/core/i18n';
import type { CliIo } from './io';

/** What every command receives: its own arguments, the I/O it may use and the message locale. */
export interface CommandContext {
  readonly args: readonly string[];
  readonly io: CliIo;
  readonly locale: Locale;
}

/** One `yizhan <name>` command. `run` resolves to the process exit code. */
export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  run(context: CommandContext): Promise<number>;
}
