// parseForm throughput on the demo's volunteer sign-up form, beside its floor: zod's own
// safeParse of the same definition schema, which parseForm adds its checks and messages to.
import { bench, describe } from 'vitest';
import signup from '../../../examples/portal/volunteer-signup.json';
import { formDefinitionSchema, parseForm } from '../src/form';

const text = JSON.stringify(signup);
const broken = {
  ...signup,
  fields: [...signup.fields, { type: 'phone', key: 'name', label: 'x' }],
};

describe('parseForm, valid sign-up form (5 fields)', () => {
  bench('baseline: zod safeParse of the definition schema', () => {
    formDefinitionSchema.safeParse(signup);
  });
  bench('parseForm(object)', () => {
    parseForm(signup);
  });
  bench('parseForm(JSON text)', () => {
    parseForm(text);
  });
});

describe('parseForm, invalid definition (localized issues)', () => {
  bench('baseline: zod safeParse of the definition schema', () => {
    formDefinitionSchema.safeParse(broken);
  });
  bench('parseForm(object)', () => {
    parseForm(broken);
  });
});
