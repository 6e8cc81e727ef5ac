// Validation throughput on a 30-field sign-up form with conditions, 100,000 submissions
// (half invalid) per operation: compileForm's validate against the same rules written by
// hand in zod (the baseline; budget: at least half its throughput) and against ajv.
import Ajv from 'ajv';
import { bench, describe } from 'vitest';
import { compileForm, parseForm } from '../src/form';
import { ajvSchema, handWrittenZod, signup30, submissions } from './fixtures/signup-30';

const parsed = parseForm(signup30);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const form = compileForm(parsed.value);
const ajvValidate = new Ajv({ allErrors: false, strict: false }).compile(ajvSchema);
const data = submissions(100_000);
const options = { iterations: 5, time: 0, warmupIterations: 1 };

describe('validate 100,000 submissions of a 30-field form (half invalid)', () => {
  bench(
    'baseline: hand-written zod safeParse',
    () => {
      for (const submission of data) handWrittenZod.safeParse(submission);
    },
    options,
  );
  bench(
    'compileForm().validate (localized issues, cleaned data)',
    () => {
      for (const submission of data) form.validate(submission);
    },
    options,
  );
  bench(
    'ajv (compiled JSON Schema, no ID checksum)',
    () => {
      for (const submission of data) ajvValidate(submission);
    },
    options,
  );
});
