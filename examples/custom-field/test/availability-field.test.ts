import {
  compileForm,
  createFieldTypeRegistry,
  FieldTypeError,
  parseForm,
  submissionJsonSchema,
} from '@yizhan/core/form';
import { describe, expect, it } from 'vitest';
import { availabilityField } from '../src/availability-field';

const fieldTypes = createFieldTypeRegistry([availabilityField]);
const definition = {
  schemaVersion: 1,
  id: 'weekend-shifts',
  version: 1,
  title: { 'zh-CN': '周末值班报名', en: 'Weekend shifts' },
  fields: [
    { type: 'text', key: 'name', label: '姓名', required: true },
    {
      type: 'example:availability',
      key: 'slots',
      label: { 'zh-CN': '可服务时段', en: 'When you can serve' },
      required: true,
      maxSlots: 2,
      opensAt: '08:00',
    },
    { type: 'computed', key: 'slotCount', label: '时段数', expression: 'len(slots)' },
    { type: 'text', key: 'note', label: '备注', visibleIf: 'len(slots) > 1' },
  ],
};

describe('a custom field type added with defineFieldType', () => {
  it('is refused by the built-in registry, with the list of known types', () => {
    const result = parseForm(definition, { locale: 'en' });
    expect(result.ok || result.issues[0]).toMatchObject({
      code: 'unknown_field_type',
      path: '/fields/1/type',
    });
  });

  it('parses, type-checks expressions over it and validates answers with it', () => {
    const parsed = parseForm(definition, { fieldTypes });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const form = compileForm(parsed.value, { fieldTypes });
    const slots = [
      { day: 'sat', from: '09:00', to: '11:30' },
      { day: 'sun', from: '14:00', to: '17:00' },
    ];
    expect(form.validate({ name: '李梅', slots, note: '带孩子' })).toEqual({
      ok: true,
      value: { name: '李梅', slots, slotCount: 2, note: '带孩子' },
    });
  });

  it('checks its own config and gives localized messages at the slot that is wrong', () => {
    const parsed = parseForm(definition, { fieldTypes });
    if (!parsed.ok) throw new Error('definition must parse');
    const form = compileForm(parsed.value, { fieldTypes });
    const result = form.validate(
      { name: '李梅', slots: [{ day: 'sat', from: '07:00', to: '06:00' }] },
      { locale: 'en' },
    );
    expect(result.ok || result.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['/slots/0/to', 'This must be at least 07:00.'],
      ['/slots/0/from', 'This must be at least 08:00.'],
    ]);
    const badConfig = parseForm(
      { ...definition, fields: [{ ...definition.fields[1], maxSlots: 0 }] },
      { fieldTypes, locale: 'en' },
    );
    expect(badConfig.ok || badConfig.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['too_small', '/fields/0/maxSlots'],
    ]);
  });

  it('gives the JSON Schema of its answers', () => {
    const parsed = parseForm(definition, { fieldTypes });
    if (!parsed.ok) throw new Error('definition must parse');
    const schema = submissionJsonSchema(parsed.value, { fieldTypes }) as {
      properties: Record<string, { type: string; items?: { required: string[] } }>;
    };
    expect(schema.properties.slots?.type).toBe('array');
    expect(schema.properties.slots?.items?.required).toEqual(['day', 'from', 'to']);
  });

  it('must have a namespaced name', () => {
    expect(() => createFieldTypeRegistry([{ ...availabilityField, type: 'availability' }])).toThrow(
      FieldTypeError,
    );
    expect(() => createFieldTypeRegistry([availabilityField, availabilityField])).toThrow(
      'registered twice',
    );
  });
});
