import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseForm } from '../src/form';

const fixtures = join(import.meta.dirname, 'fixtures');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('parseForm', () => {
  it('accepts the volunteer sign-up form and returns it typed', () => {
    const result = parseForm(readJson(join(fixtures, 'volunteer-signup.json')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.fields?.map((field) => `${field.type}:${field.key}`)).toEqual([
      'text:name',
      'text:phone',
      'select:category',
      'text:skills',
      'checkbox:consent',
    ]);
  });

  it('accepts JSON text as well as a parsed value', () => {
    const text = readFileSync(join(fixtures, 'volunteer-signup.json'), 'utf8');
    expect(parseForm(text)).toEqual(parseForm(JSON.parse(text)));
  });

  const invalid = readdirSync(join(fixtures, 'invalid')).filter((name) => name.endsWith('.json'));
  it.each(invalid)('reports the rule broken by fixtures/invalid/%s', (name) => {
    const { definition, expected } = readJson(join(fixtures, 'invalid', name)) as {
      definition: unknown;
      expected: { code: string; path: string }[];
    };
    for (const locale of ['zh-CN', 'en'] as const) {
      const result = parseForm(definition, { locale });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual(expected);
      // Every issue has a real message, not the bare code of a missing translation.
      for (const issue of result.issues) expect(issue.message).not.toBe(issue.code);
    }
  });

  it('explains a JSON syntax error', () => {
    const result = parseForm('{"schemaVersion": 1,', { locale: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.code).toBe('not_json');
    expect(result.issues[0]?.path).toBe('');
    expect(result.issues[0]?.message).toMatch(
      /^The definition is not valid JSON: .+ Check brackets, quotes and commas\.$/,
    );
  });

  it.each([null, 42, 'true', [1, 2]])(
    'refuses %j as a definition that is not an object',
    (input) => {
      const result = parseForm(input);
      expect(result).toMatchObject({ ok: false, issues: [{ code: 'not_an_object', path: '' }] });
    },
  );

  it('says how to fix an unknown field type, in Chinese by default and in English on request', () => {
    const definition = readJson(join(fixtures, 'invalid', 'unknown-field-type.json')) as {
      definition: unknown;
    };
    const zh = parseForm(definition.definition);
    const en = parseForm(definition.definition, { locale: 'en' });
    expect(zh.ok || zh.issues[0]?.message).toMatchInlineSnapshot(
      `"未知的字段类型 "telephone"，请使用以下之一："text"、"textarea"、"email"、"number"、"integer"、"rating"、"select"、"radio"、"multiselect"、"checkbox-group"、"checkbox"、"date"、"time"、"datetime"、"phone"、"id-number"、"address"、"file"、"computed"、"static"、"section"、"repeat"。"`,
    );
    expect(en.ok || en.issues[0]?.message).toMatchInlineSnapshot(
      `"Unknown field type "telephone". Use one of: "text", "textarea", "email", "number", "integer", "rating", "select", "radio", "multiselect", "checkbox-group", "checkbox", "date", "time", "datetime", "phone", "id-number", "address", "file", "computed", "static", "section", "repeat"."`,
    );
  });

  it('points at the first use of a duplicated key', () => {
    const { definition } = readJson(join(fixtures, 'invalid', 'duplicate-key.json')) as {
      definition: unknown;
    };
    const result = parseForm(definition, { locale: 'en' });
    expect(result.ok || result.issues[0]?.message).toMatchInlineSnapshot(
      `"The key "name" is used twice (first at /fields/0/key). Keys must differ within their scope."`,
    );
  });

  it('reports every problem at once, each with its own path', () => {
    const result = parseForm({
      schemaVersion: 1,
      id: 'x',
      version: 0,
      title: '',
      fields: [{ type: 'text', key: 'a', label: 'A', colour: 'red' }],
    });
    expect(result.ok || result.issues.map((issue) => `${issue.code} ${issue.path}`)).toEqual([
      'too_small /version',
      'too_small /title',
      'unknown_property /fields/0/colour',
    ]);
  });
});
