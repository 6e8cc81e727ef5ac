import {
  ImportOptionsError,
  type ImportResult,
  importJsonSchema,
  importSurveyJs,
} from '@yizhan/core/import';
import type { Command } from '../command';
import { printIssues, readInput, readOptions } from '../files';

const IMPORTERS = { surveyjs: importSurveyJs, jsonschema: importJsonSchema } as const;
type Source = keyof typeof IMPORTERS;

interface ImportArgs {
  readonly from: Source;
  readonly file: string;
  readonly out?: string;
  readonly id?: string;
}

/** Reads the command line of `yizhan import`, or says what is wrong with it. */
function readArgs(args: readonly string[]): ImportArgs | string {
  const line = readOptions(args, ['--from', '--out', '--id']);
  if (typeof line === 'string') return line;
  const { files, options } = line;
  const from = options.get('--from');
  if (from === undefined) return 'Say what the file is: --from surveyjs or --from jsonschema.';
  if (!Object.hasOwn(IMPORTERS, from))
    return `--from takes surveyjs or jsonschema, not ${JSON.stringify(from)}.`;
  if (files.length !== 1) return 'Name exactly one file to import.';
  return {
    from: from as Source,
    file: files[0] as string,
    out: options.get('--out'),
    id: options.get('--id'),
  };
}

/**
 * `yizhan import --from surveyjs|jsonschema <file> [--out form.json] [--id form-id]`:
 * translates a SurveyJS survey or a JSON Schema into a Yizhan form definition, writes it
 * as pretty JSON to --out or stdout, and prints every issue to stderr as `file:path:
 * message [code]`. Exits 0 when everything was translated (notes about renamed keys and
 * the like may still be printed), 1 when some constructs were not (the form is still
 * written), 2 on a wrong command line or a file that cannot be read.
 */
export const importCommand: Command = {
  name: 'import',
  usage: 'yizhan import --from surveyjs|jsonschema <file> [--out form.json] [--id form-id]',
  summary: 'translate a SurveyJS survey or a JSON Schema into a Yizhan form definition',
  async run({ args, io, locale }) {
    const parsed = readArgs(args);
    if (typeof parsed === 'string') {
      io.stderr(`${parsed}\nUsage: ${this.usage}\n`);
      return 2;
    }
    const text = await readInput(io, parsed.file, locale);
    if (text === undefined) return 2;
    let result: ImportResult;
    try {
      result = IMPORTERS[parsed.from](text, { locale, ...(parsed.id ? { id: parsed.id } : {}) });
    } catch (error) {
      if (!(error instanceof ImportOptionsError)) throw error;
      io.stderr(`--id: ${error.message}\n`);
      return 2;
    }
    printIssues(io, parsed.file, result.issues);
    if (result.definition) {
      const json = `${JSON.stringify(result.definition, null, 2)}\n`;
      if (parsed.out) await io.writeText(parsed.out, json);
      else io.stdout(json);
    }
    const untranslated =
      !result.definition || result.issues.some((issue) => issue.severity === 'warning');
    return untranslated ? 1 : 0;
  },
};
