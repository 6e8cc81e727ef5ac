// Setup of the samples in docs/getting-started.md: the form and the flow written earlier on
// that page, read from its JSON blocks, so the code samples run what the page shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { definitionKind } from '../src/check-json';
import { codeBlocks } from '../src/code-blocks';

const page = 'docs/getting-started.md';
const definitions = codeBlocks(
  page,
  readFileSync(join(import.meta.dirname, '../../..', page), 'utf8'),
)
  .filter((block) => block.lang === 'json')
  .map((block) => block.code);
const find = (kind: 'form' | 'flow'): string => {
  const found = definitions.find((code) => definitionKind(JSON.parse(code)) === kind);
  if (found === undefined) throw new Error(`${page} has no ${kind} definition in a json block.`);
  return found;
};

/** The volunteer sign-up form of the page, as JSON text. */
export const formJson = find('form');
/** The micro-wish flow of the page, as JSON text. */
export const flowJson = find('flow');
