// The definition reference under docs/reference/ is generated from the JSON Schemas; this
// fails when a schema changed and the reference was not written again.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../src/repository';

const REGENERATE = 'node scripts/generate-reference.mjs';

interface ReferencePage {
  readonly path: string;
  readonly text: string;
}

const { generateReference, schemaFiles } = (await import(
  join(ROOT, 'scripts/generate-reference.mjs')
)) as {
  generateReference(root?: string): ReferencePage[];
  schemaFiles(root?: string): string[];
};

describe('the definition reference (docs/reference/)', () => {
  const pages = generateReference();

  it('has a page for every published schema, form and flow among them', () => {
    expect(schemaFiles()).toEqual(
      expect.arrayContaining([
        'packages/core/schemas/flow.schema.json',
        'packages/core/schemas/form.schema.json',
      ]),
    );
    expect(pages.map((page) => page.path)).toEqual(
      expect.arrayContaining(['docs/reference/flow.md', 'docs/reference/form.md']),
    );
  });

  it('documents every field type and step type, with descriptions', () => {
    const form = pages.find((page) => page.path === 'docs/reference/form.md')?.text ?? '';
    const flow = pages.find((page) => page.path === 'docs/reference/flow.md')?.text ?? '';
    for (const type of ['text', 'id-number', 'address', 'section', 'computed'])
      expect(form).toContain(`## field (type "${type}")`);
    expect(form).toContain('## field (type "repeat")');
    for (const type of ['form', 'approval', 'match', 'serve', 'evaluate', 'signup', 'end'])
      expect(flow).toContain(`## steps[] (type "${type}")`);
    // Every property row ends with a description (from the schema tables of @yizhan/core).
    for (const text of [form, flow]) {
      for (const row of text.split('\n').filter((line) => line.startsWith('| `')))
        expect(row, row).not.toMatch(/\|\s*\|$/);
      // One section an object: a heading twice would make two sections one anchor.
      const headings = text.split('\n').filter((line) => line.startsWith('## '));
      expect(headings).toEqual([...new Set(headings)]);
    }
  });

  for (const page of pages) {
    it(`${page.path} is current`, () => {
      const committed = existsSync(join(ROOT, page.path))
        ? readFileSync(join(ROOT, page.path), 'utf8')
        : '';
      expect(
        committed === page.text,
        `${page.path} is stale or missing: its JSON Schema changed. Run \`${REGENERATE}\` and commit the result.`,
      ).toBe(true);
    });
  }
});
