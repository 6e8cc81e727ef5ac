import type { Command } from '../command';
import { importCommand } from './import';
import { serveCommand } from './serve';
import { simulateCommand } from './simulate';
import { typesCommand } from './types';
import { validateCommand } from './validate';

/** Every `yizhan` command, in the order `yizhan help` lists them. */
export const commands: readonly Command[] = [
  validateCommand,
  typesCommand,
  simulateCommand,
  importCommand,
  serveCommand,
];
