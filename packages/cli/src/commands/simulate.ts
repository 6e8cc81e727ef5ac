import { parseFlow, simulateFlow } from '@yizhan/core/flow';
import type { Command } from '../command';
import { printIssues, readInput } from '../files';

const words = {
  'zh-CN': { paths: (n: number) => `${n} 条路径`, problems: '问题' },
  en: { paths: (n: number) => `${n} path${n === 1 ? '' : 's'}`, problems: 'problems' },
} as const;

/**
 * `yizhan simulate <flow.json>`: checks a flow definition, then prints every path from its
 * start to an end step. Exits 1 when the definition has problems (unknown steps,
 * unreachable steps, steps that can never end, …), each printed as file:path.
 */
export const simulateCommand: Command = {
  name: 'simulate',
  usage: 'yizhan simulate <flow.json> [more.json …]',
  summary: 'list every path of a flow from start to end, and report steps that cannot end',
  async run({ args, io, locale }) {
    if (args.length === 0) {
      io.stderr(`Name at least one flow definition file.\nUsage: ${this.usage}\n`);
      return 2;
    }
    let failed = 0;
    for (const file of args) {
      const text = await readInput(io, file, locale);
      const parsed = text === undefined ? undefined : parseFlow(text, { locale });
      if (!parsed?.ok) {
        failed += 1;
        if (parsed) printIssues(io, file, parsed.issues);
        continue;
      }
      const report = simulateFlow(parsed.value);
      const flow = parsed.value;
      io.stdout(
        `${file}: ${flow.id} v${flow.version}, ${words[locale].paths(report.paths.length)}\n`,
      );
      report.paths.forEach((path, index) => {
        io.stdout(`  ${index + 1}. ${path.steps.join(' → ')}  (${path.via.join(', ')})\n`);
      });
      if (!report.ok) {
        failed += 1;
        for (const step of report.unreachable) io.stderr(`${file}: unreachable step "${step}"\n`);
        for (const step of report.cannotEnd) io.stderr(`${file}: step "${step}" can never end\n`);
      }
    }
    return failed === 0 ? 0 : 1;
  },
};
