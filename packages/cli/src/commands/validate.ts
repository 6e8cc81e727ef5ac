import { parseForm } from '@yizhan/core/form';
import type { Command } from '../command';

/** `yizhan validate <files…>`: checks form definitions and prints each issue as file:path. */
export const validateCommand: Command = {
  name: 'validate',
  usage: 'yizhan validate <definition.json> [more.json …]',
  summary: 'check definitions and print every issue with its file and JSON path',
  async run({ args, io, locale }) {
    if (args.length === 0) {
      io.stderr(`Name at least one definition file.\nUsage: ${this.usage}\n`);
      return 2;
    }
    let failed = 0;
    for (const file of args) {
      let text: string;
      try {
        text = await io.readText(file);
      } catch (error) {
        io.stderr(
          `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'}).\n`,
        );
        failed += 1;
        continue;
      }
      const result = parseForm(text, { locale });
      if (result.ok) {
        io.stdout(`${file}: ok\n`);
        continue;
      }
      failed += 1;
      for (const issue of result.issues)
        io.stderr(`${file}:${issue.path || '/'}: ${issue.message} [${issue.code}]\n`);
    }
    return failed === 0 ? 0 : 1;
  },
};
