import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { formDefinitionJsonSchema } from '../src/form';

const file = join(import.meta.dirname, '..', 'schemas', 'form.schema.json');
const generated = `${JSON.stringify(formDefinitionJsonSchema(), null, 2)}\n`;

describe('schemas/form.schema.json', () => {
  it('is what the zod schemas generate (run with UPDATE_SCHEMAS=1 to rewrite it)', () => {
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(file, generated);
    expect(
      readFileSync(file, 'utf8'),
      'schemas/form.schema.json is stale: run UPDATE_SCHEMAS=1 pnpm exec vitest run --project unit form-json-schema',
    ).toBe(generated);
  });

  it('accepts the fixtures that parseForm accepts and refuses a wrong field type', () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(generated));
    for (const name of ['volunteer-signup.json', 'volunteer-registration.json']) {
      const definition = JSON.parse(
        readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'),
      );
      expect(validate(definition), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const broken = JSON.parse(
      readFileSync(join(import.meta.dirname, 'fixtures', 'volunteer-signup.json'), 'utf8'),
    );
    broken.fields[0].type = 'phone-number';
    expect(validate(broken)).toBe(false);
  });
});
