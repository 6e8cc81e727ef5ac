import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileForm, type FormDefinition, parseForm, submissionJsonSchema } from '../src/form';

function signupForm() {
  const result = parseForm(
    readFileSync(join(import.meta.dirname, 'fixtures', 'volunteer-signup.json'), 'utf8'),
  );
  if (!result.ok) throw new Error('fixture must parse');
  return compileForm(result.value);
}

const valid = { name: '李梅', phone: '13812345678', category: 'convenience', consent: true };

describe('compileForm().validate', () => {
  it('returns cleaned data: unknown keys and blank optional answers dropped', () => {
    const result = signupForm().validate({ ...valid, skills: '   ', injected: '<script>' });
    expect(result).toEqual({ ok: true, value: valid });
  });

  it('keeps an optional answer that was given', () => {
    const result = signupForm().validate({ ...valid, skills: '理发' });
    expect(result.ok && result.value.skills).toBe('理发');
  });

  it('reports each missing required answer at its field, in zh-CN by default', () => {
    const result = signupForm().validate({ skills: '理发' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(({ code, path, message }) => [code, path, message])).toEqual([
      ['required', '/name', '此项为必填项，请填写。'],
      ['required', '/phone', '此项为必填项，请填写。'],
      ['required', '/category', '此项为必填项，请填写。'],
      ['must_be_checked', '/consent', '请勾选此项后再提交。'],
    ]);
  });

  it('treats an unticked required consent as not given', () => {
    const result = signupForm().validate({ ...valid, consent: false }, { locale: 'en' });
    expect(result).toMatchObject({
      ok: false,
      issues: [
        { code: 'must_be_checked', path: '/consent', message: 'Please tick this box to continue.' },
      ],
    });
  });

  it('refuses a value that is not one of the options and lists the allowed ones', () => {
    const result = signupForm().validate({ ...valid, category: 'karaoke' }, { locale: 'en' });
    expect(result.ok || result.issues).toEqual([
      {
        code: 'not_an_option',
        path: '/category',
        params: {
          code: 'not_an_option',
          allowed: ['elderly-children', 'convenience', 'environment', 'legal-advice', 'child-care'],
        },
        message:
          'Choose one of: "elderly-children", "convenience", "environment", "legal-advice", "child-care".',
      },
    ]);
  });

  it('enforces maxLength', () => {
    const result = signupForm().validate({ ...valid, name: '李'.repeat(21) }, { locale: 'en' });
    expect(result).toMatchObject({
      ok: false,
      issues: [{ code: 'too_long', path: '/name', message: 'Use at most 20 characters.' }],
    });
  });

  it.each([
    [{ ...valid, name: 42 }, '/name', 'Expected text.'],
    [{ ...valid, consent: 'yes' }, '/consent', 'Expected yes or no.'],
  ])('refuses a value of the wrong type (%#)', (data, path, message) => {
    expect(signupForm().validate(data, { locale: 'en' })).toMatchObject({
      ok: false,
      issues: [{ code: 'wrong_value_type', path, message }],
    });
  });

  it.each([null, 'text', [1], 7])('treats %j as an empty answer instead of throwing', (data) => {
    const result = signupForm().validate(data);
    expect(result.ok).toBe(false);
    expect(result.ok || result.issues).toHaveLength(4);
  });
});

describe('compileForm', () => {
  const definition: FormDefinition = {
    schemaVersion: 1,
    id: 'relay',
    version: 1,
    title: 'Relay',
    fields: [
      { type: 'text', key: 'room', label: 'Room', default: '2103' },
      {
        type: 'select',
        key: 'item',
        label: 'Item',
        options: [{ value: 'lettuce', label: '莴笋' }],
        default: 'lettuce',
        required: true,
      },
      { type: 'checkbox', key: 'deliver', label: 'Deliver', default: false },
    ],
  };

  it('starts new answers from the defaults', () => {
    expect(compileForm(definition).initialValues()).toEqual({
      room: '2103',
      item: 'lettuce',
      deliver: false,
    });
  });

  it('gives the JSON Schema of submission data', () => {
    expect(submissionJsonSchema(definition)).toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: {
        room: { type: 'string', maxLength: 10000 },
        item: { type: 'string' },
        deliver: { type: 'boolean' },
      },
      required: ['item'],
      additionalProperties: false,
    });
  });
});
