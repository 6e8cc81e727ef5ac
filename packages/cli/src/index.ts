/** The `yizhan` command line as a library: run it in-process, or add commands. */
export type { Command, CommandContext } from './command';
export { commands } from './commands';
export { type CliIo, processIo } from './io';
export { runCli } from './run-cli';
