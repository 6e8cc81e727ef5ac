import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { flowJsonSchema } from '../../src/flow';
import { microWishJson } from './micro-wish';

const file = join(import.meta.dirname, '..', '..', 'schemas', 'flow.schema.json');
const text = `${JSON.stringify(flowJsonSchema(), null, 2)}\n`;

describe('schemas/flow.schema.json', () => {
  it('is generated from the zod schemas (run with UPDATE_SCHEMAS=1 to rewrite it)', () => {
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(file, text);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('accepts the micro-wish flow and rejects an unknown step type', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema({ $id: 'https://yizhan.dev/schemas/form.schema.json', type: 'object' });
    const validate = ajv.compile(flowJsonSchema());
    expect(validate(microWishJson)).toBe(true);
    const steps = [...(microWishJson.steps as object[]), { id: 'x', type: 'teleport' }];
    expect(validate({ ...microWishJson, steps })).toBe(false);
  });
});
