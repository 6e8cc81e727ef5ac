import { parseFlow } from '@yizhan/core/flow';
import { parseForm } from '@yizhan/core/form';
import type { Command } from '../command';
import { definitionKind } from '../definition-kind';
import { printIssues, readInput } from '../files';

/**
 * `yizhan validate <files…>`: checks form and flow definitions (told apart by their shape:
 * a flow has `steps`) and prints each issue as file:path.
 */
export const validateCommand: Command = {
  name: 'validate',
  usage: 'yizhan validate <definition.json> [more.json …]',
  summary: 'check form and flow definitions and print every issue with its file and JSON path',
  async run({ args, io, locale }) {
    if (args.length === 0) {
      io.stderr(`Name at least one definition file.\nUsage: ${this.usage}\n`);
      return 2;
    }
    let failed = 0;
    for (const file of args) {
      const text = await readInput(io, file, locale);
      const result =
        text === undefined
          ? undefined
          : definitionKind(text) === 'flow'
            ? parseFlow(text, { locale })
            : parseForm(text, { locale });
      if (result?.ok) {
        io.stdout(`${file}: ok\n`);
        continue;
      }
      failed += 1;
      if (result) printIssues(io, file, result.issues);
    }
    return failed === 0 ? 0 : 1;
  },
};
