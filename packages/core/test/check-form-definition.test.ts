import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFormDefinition, parseForm } from '../src/form';
import { formDefinitionArbitrary } from './arbitraries';

const fixtures = join(import.meta.dirname, 'fixtures');
const read = (path: string): string => readFileSync(path, 'utf8');

describe('checkFormDefinition', () => {
  it('accepts what parseForm accepts and returns the same typed definition', () => {
    for (const name of ['volunteer-signup.json', 'volunteer-registration.json']) {
      const text = read(join(fixtures, name));
      const parsed = parseForm(text);
      expect(parsed.ok).toBe(true);
      expect(checkFormDefinition(text)).toEqual(parsed.ok ? parsed.value : undefined);
    }
  });

  const invalid = readdirSync(join(fixtures, 'invalid')).filter((name) => name.endsWith('.json'));
  it.each(invalid)('refuses fixtures/invalid/%s, as parseForm does', (name) => {
    const text = read(join(fixtures, 'invalid', name));
    expect(parseForm(text).ok).toBe(false);
    expect(checkFormDefinition(text)).toBeUndefined();
    expect(checkFormDefinition(JSON.parse(text))).toBeUndefined();
  });

  it('refuses text that is not JSON', () => {
    expect(checkFormDefinition('{ "schemaVersion": 1,')).toBeUndefined();
  });

  it('agrees with parseForm on generated definitions, broken ones included', () => {
    const broken = formDefinitionArbitrary.chain((form) =>
      fc.oneof(
        fc.constant<unknown>(form),
        fc.constant<unknown>({ ...form, id: 'Not An Id' }),
        fc.constant<unknown>({ ...form, fields: [...(form.fields ?? []), ...(form.fields ?? [])] }),
        fc.constant<unknown>({
          ...form,
          fields: [
            ...(form.fields ?? []),
            { type: 'text', key: 'extra', label: '备注', visibleIf: 'noSuchField = 1' },
          ],
        }),
      ),
    );
    fc.assert(
      fc.property(broken, (input) => {
        const parsed = parseForm(input);
        expect(checkFormDefinition(input)).toEqual(parsed.ok ? parsed.value : undefined);
      }),
      { numRuns: 100 },
    );
  });
});
