import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportOptionsError, importJsonSchema } from '../../src/import';

const registration = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures', 'volunteer-registration.schema.json'), 'utf8'),
) as Record<string, unknown>;

type Item = { type: string; key: string; fields?: Item[] } & Record<string, unknown>;
const fields = (schema: unknown) =>
  (importJsonSchema(schema).definition?.fields ?? []) as unknown as Item[];
const field = (schema: unknown, key: string) => fields(schema).find((item) => item.key === key);

describe('importJsonSchema', () => {
  it('turns each property into a field of the matching type, in order', () => {
    const result = importJsonSchema(registration);
    expect(result.definition).toMatchObject({
      schemaVersion: 1,
      id: 'volunteer-registration',
      version: 1,
      title: '志愿者注册',
      description: '庐陵新区新时代文明实践志愿者实名注册。',
    });
    expect(fields(registration).map((item) => `${item.type}:${item.key}`)).toEqual([
      'text:name',
      'radio:gender',
      'date:birthDate',
      'text:phone',
      'email:email',
      'integer:age',
      'number:weeklyHours',
      'multiselect:skills',
      'radio:station',
      'time:availableFrom',
      'section:address',
      'repeat:familyMembers',
      'text:emergency_contact',
      'text:field_1',
      'textarea:notes',
      'checkbox:hasCar',
      'checkbox:consent',
    ]);
  });

  it('translates lengths, patterns, examples and required', () => {
    expect(field(registration, 'name')).toEqual({
      type: 'text',
      key: 'name',
      label: '姓名',
      required: true,
      rules: [{ type: 'length', min: 2, max: 20 }],
      placeholder: '张三',
    });
    expect(field(registration, 'phone')?.rules).toEqual([
      {
        type: 'pattern',
        pattern: '^1[3-9]\\d{9}$',
        message: {
          'zh-CN': '格式不正确，请按要求填写。',
          en: 'The format is not right. Check what you entered.',
        },
      },
    ]);
    expect(field(registration, 'email')?.required).toBeUndefined();
  });

  it('translates exclusive bounds of integers and reports them on decimals', () => {
    expect(field(registration, 'age')?.rules).toEqual([{ type: 'range', min: 16, max: 80 }]);
    expect(field(registration, 'weeklyHours')).toMatchObject({
      rules: [{ type: 'range', min: 0 }],
      default: 4,
    });
  });

  it('labels choices from oneOf titles, enumNames and x-enumNames, through $ref', () => {
    expect(field(registration, 'gender')?.options).toEqual([
      { value: 'female', label: '女' },
      { value: 'male', label: '男' },
    ]);
    expect(field(registration, 'station')).toMatchObject({ type: 'radio', label: '所属驿站' });
    expect(field(registration, 'skills')).toMatchObject({ minSelected: 1, maxSelected: 3 });
    expect((field(registration, 'skills')?.options as unknown[] | undefined)?.at(-1)).toEqual({
      value: 'counselling',
      label: '心理咨询',
    });
  });

  it('flattens nested objects into sections and arrays of objects into repeat groups', () => {
    expect(field(registration, 'address')).toEqual({
      type: 'section',
      key: 'address',
      title: '住址',
      fields: [
        { type: 'text', key: 'address_building', label: '楼栋', required: true },
        { type: 'text', key: 'address_room', label: '房号', rules: [{ type: 'length', max: 10 }] },
      ],
    });
    expect(field(registration, 'familyMembers')).toMatchObject({
      type: 'repeat',
      maxItems: 4,
      fields: [
        { type: 'text', key: 'memberName', required: true },
        { type: 'radio', key: 'relation' },
      ],
    });
  });

  it('makes `const: true` a checkbox that must be ticked, and never requires a plain boolean', () => {
    expect(field(registration, 'consent')).toMatchObject({ type: 'checkbox', required: true });
    const result = importJsonSchema({
      title: '评价',
      type: 'object',
      required: ['satisfied'],
      properties: { satisfied: { type: 'boolean', title: '满意吗' } },
    });
    expect(result.definition?.fields).toEqual([
      { type: 'checkbox', key: 'satisfied', label: '满意吗' },
    ]);
    expect(result.issues.map(({ code, path }) => [code, path])).toEqual([
      ['boolean_required', '/required/0'],
    ]);
  });

  it('says in both locales how a renamed key maps', () => {
    const schema = { title: 'x', type: 'object', properties: { 'full-name': { type: 'string' } } };
    expect(importJsonSchema(schema).issues[0]?.message).toMatchInlineSnapshot(
      `"名称 "full-name" 不能作为 Yizhan 的字段键（须以英文字母开头，只含字母、数字和下划线），已改为 "full_name"。提交的数据会使用新键，请相应调整读取数据的程序。"`,
    );
    expect(importJsonSchema(schema, { locale: 'en' }).issues[0]).toMatchInlineSnapshot(`
      {
        "code": "key_renamed",
        "message": "The name "full-name" is not a valid Yizhan key (a letter, then letters, digits or underscores), so it became "full_name". Submitted data uses the new key: adjust any code that reads it.",
        "params": {
          "from": "full-name",
          "to": "full_name",
        },
        "path": "/properties/full-name",
        "severity": "info",
      }
    `);
  });

  it('keeps renamed keys distinct', () => {
    const schema = {
      title: 'x',
      type: 'object',
      properties: {
        'a-b': { type: 'string' },
        a_b: { type: 'string' },
        姓名: { type: 'string' },
        电话: { type: 'string' },
      },
    };
    expect(fields(schema).map((item) => item.key)).toEqual(['a_b', 'a_b_2', 'field_1', 'field_2']);
  });

  it('takes the id from the options, else from $id, else from an ASCII title', () => {
    expect(importJsonSchema(registration, { id: 'signup' }).definition?.id).toBe('signup');
    const plain = { type: 'object', properties: { a: { type: 'string' } } };
    expect(importJsonSchema({ ...plain, title: 'Relay Order' }).definition?.id).toBe('relay-order');
    expect(importJsonSchema({ ...plain, title: '爱心接龙' }).definition?.id).toBe('imported-form');
    expect(() => importJsonSchema(plain, { id: 'Not Valid' })).toThrow(ImportOptionsError);
  });

  it('uses a placeholder title when the schema has none, and says so', () => {
    const result = importJsonSchema({ type: 'object', properties: { a: { type: 'string' } } });
    expect(result.definition?.title).toEqual({ 'zh-CN': '导入的表单', en: 'Imported form' });
    expect(result.issues.map((issue) => issue.code)).toEqual(['title_missing']);
  });

  it.each([
    ['[1, 2]', 'source_not_object', ''],
    ['"text"', 'source_not_object', ''],
    ['{"type": "string"}', 'source_not_object', '/type'],
    ['{"type": "object", "properties": {}}', 'no_fields', ''],
    ['{"type": "object"', 'not_json', ''],
  ])('produces no definition from %s', (source, code, path) => {
    const result = importJsonSchema(source);
    expect(result.definition).toBeUndefined();
    expect(result.issues.at(-1)).toMatchObject({ code, path, severity: 'warning' });
  });
});
