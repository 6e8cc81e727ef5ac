import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileForm, type FormDefinition, parseForm, residentIdCheckCharacter } from '../src/form';

const clock = { now: new Date('2026-11-28T04:00:00Z'), timeZone: 'Asia/Shanghai' };

function load(name: string): FormDefinition {
  const result = parseForm(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'), {
    locale: 'en',
  });
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.issues, null, 2)}`);
  return result.value;
}

/** A resident ID number with a correct check character. */
function residentId(first17: string): string {
  return first17 + residentIdCheckCharacter(first17);
}

const registration = compileForm(load('volunteer-registration.json'));
const adult = {
  name: '李梅',
  idNumber: residentId('36080219900307123'),
  phone: '13812345678',
  birthDate: '1990-03-07',
  skills: ['haircut'],
  consent: true,
};

describe('compileForm().validate on the volunteer registration form', () => {
  it('accepts an adult and fills computed values from the answers', () => {
    expect(registration.validate(adult, clock)).toEqual({
      ok: true,
      value: { ...adult, age: 36, householdSize: 1 },
    });
  });

  it('never trusts a submitted computed value', () => {
    const result = registration.validate({ ...adult, age: 99, householdSize: 42 }, clock);
    expect(result.ok && [result.value.age, result.value.householdSize]).toEqual([36, 1]);
  });

  it('drops answers of hidden fields and unknown keys', () => {
    const result = registration.validate(
      { ...adult, guardianName: '李父', certificate: 'XX', injected: '<script>' },
      clock,
    );
    expect(result.ok && Object.keys(result.value).sort()).toEqual(
      [
        'age',
        'birthDate',
        'consent',
        'householdSize',
        'idNumber',
        'name',
        'phone',
        'skills',
      ].sort(),
    );
  });

  it('requires the guardian section for a minor, and only then', () => {
    const minor = { ...adult, birthDate: '2013-06-01', idNumber: residentId('36080220130601124') };
    const result = registration.validate(minor, { ...clock, locale: 'en' });
    expect(result.ok || result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['/guardianName', 'required'],
      ['/guardianPhone', 'required'],
      ['/guardianConsent', 'must_be_checked'],
      ['/consent', 'rule_failed'],
    ]);
    expect(result.ok || result.issues[3]?.message).toBe('You must be 14 or older.');
  });

  it('makes a field required by expression only when the expression holds', () => {
    const counsellor = { ...adult, skills: ['counselling'] };
    expect(registration.validate(counsellor, clock)).toMatchObject({
      ok: false,
      issues: [{ path: '/certificate', code: 'required' }],
    });
    expect(registration.validate({ ...counsellor, certificate: 'ZX123456' }, clock).ok).toBe(true);
    expect(
      registration.validate({ ...counsellor, certificate: 'zx1' }, { ...clock, locale: 'en' }),
    ).toMatchObject({
      ok: false,
      issues: [
        {
          path: '/certificate',
          code: 'pattern_mismatch',
          message: 'Two capital letters and six digits.',
        },
      ],
    });
  });

  it('checks resident ID numbers: format, birth date and check character', () => {
    const cases = [
      ['3608021990030712', 'id_format'],
      [residentId('36080219901307123'), 'id_birth_date'],
      [
        `${residentId('36080219900307123').slice(0, 17)}${residentId('36080219900307123').endsWith('0') ? '1' : '0'}`,
        'id_checksum',
      ],
    ] as const;
    for (const [idNumber, code] of cases) {
      expect(registration.validate({ ...adult, idNumber }, clock)).toMatchObject({
        ok: false,
        issues: [{ path: '/idNumber', code }],
      });
    }
  });

  it('validates each repeat row at its own pointer, with row-relative names', () => {
    const result = registration.validate(
      {
        ...adult,
        family: [{ name: '王芳', age: 67 }, { age: 130 }],
      },
      { ...clock, locale: 'en' },
    );
    expect(
      result.ok || result.issues.map((issue) => [issue.path, issue.code, issue.message]),
    ).toEqual([
      ['/family/1/name', 'required', 'This field is required. Please fill it in.'],
      ['/family/1/age', 'above_maximum', 'This must be at most 120.'],
    ]);
    const good = registration.validate(
      {
        ...adult,
        family: [
          { name: '王芳', age: 67 },
          { name: '李小明', age: 8 },
        ],
      },
      clock,
    );
    expect(good.ok && good.value.family).toEqual([
      { name: '王芳', age: 67, elderly: true },
      { name: '李小明', age: 8, elderly: false },
    ]);
    expect(good.ok && good.value.householdSize).toBe(3);
  });

  it('refuses too many rows and a non-list', () => {
    const seven = Array.from({ length: 7 }, (_, index) => ({ name: `成员${index}` }));
    expect(registration.validate({ ...adult, family: seven }, clock)).toMatchObject({
      ok: false,
      issues: [{ path: '/family', code: 'too_many_rows' }],
    });
    expect(registration.validate({ ...adult, family: 'two' }, clock)).toMatchObject({
      ok: false,
      issues: [{ path: '/family', code: 'wrong_value_type' }],
    });
  });

  it('checks choices, ranges, addresses and e-mail with messages that say how to fix', () => {
    const result = registration.validate(
      {
        ...adult,
        skills: ['haircut', 'repair', 'legal', 'childcare'],
        hoursPerWeek: 50,
        home: { building: '5', unit: '1', room: '2103', floor: '21' },
        email: 'li@',
      },
      { ...clock, locale: 'en' },
    );
    expect(result.ok || result.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['/skills', 'Choose at most 3. Untick some.'],
      ['/home/floor', 'This address does not ask for "floor".'],
      ['/hoursPerWeek', 'This must be at most 40.'],
      ['/email', 'Enter a valid e-mail address, such as name@example.com.'],
    ]);
  });

  it('tells a fraction from an out-of-range whole number', () => {
    const fraction = registration.validate(
      { ...adult, hoursPerWeek: 4.5 },
      { ...clock, locale: 'en' },
    );
    expect(
      fraction.ok || fraction.issues.map((issue) => [issue.path, issue.code, issue.message]),
    ).toEqual([['/hoursPerWeek', 'not_an_integer', 'Expected a whole number, for example 1.']]);
    const rating = compileForm({
      schemaVersion: 1,
      id: 'evaluation',
      version: 1,
      title: '服务评价',
      fields: [{ type: 'rating', key: 'stars', label: '满意度' }],
    });
    expect(rating.validate({ stars: 6 }, { locale: 'en' })).toMatchObject({
      ok: false,
      issues: [{ path: '/stars', code: 'above_maximum', message: 'This must be at most 5.' }],
    });
    expect(rating.validate({ stars: 0 }).ok).toBe(false);
    expect(rating.validate({ stars: 5 })).toEqual({ ok: true, value: { stars: 5 } });
  });

  it('gives messages in zh-CN by default', () => {
    const result = registration.validate({}, clock);
    expect(result.ok || result.issues.slice(0, 3).map((issue) => issue.message)).toEqual([
      '此项为必填项，请填写。',
      '此项为必填项，请填写。',
      '此项为必填项，请填写。',
    ]);
  });

  it.each([null, 'text', [1], 7])('treats %j as an empty answer instead of throwing', (data) => {
    const result = registration.validate(data, clock);
    expect(result.ok).toBe(false);
  });
});

describe('compileForm().liveState', () => {
  it('shows the guardian section only for a minor, and its fields as required', () => {
    const adultState = registration.liveState(adult, clock);
    expect(adultState.items.get('/guardian')?.visible).toBe(false);
    expect(adultState.items.get('/guardianName')).toEqual({
      visible: false,
      required: false,
      readonly: false,
    });
    const minorState = registration.liveState({ birthDate: '2015-01-01' }, clock);
    expect(minorState.items.get('/guardianName')).toEqual({
      visible: true,
      required: true,
      readonly: false,
    });
    expect(minorState.values.age).toBe(11);
  });

  it('gives computed values for rows and marks computed fields read-only', () => {
    const state = registration.liveState({ family: [{ name: '王芳', age: 61 }] }, clock);
    expect(state.values.family).toEqual([{ name: '王芳', age: 61, elderly: true }]);
    expect(state.items.get('/family/0/elderly')).toEqual({
      visible: true,
      required: false,
      readonly: true,
    });
    expect(state.pages).toEqual([
      { key: 'identity', visible: true },
      { key: 'service', visible: true },
    ]);
  });
});

describe('async rules', () => {
  it('lists the server checks to run and maps failures back onto fields', () => {
    expect(registration.asyncChecks(adult)).toEqual([
      { path: '/phone', check: 'phoneNotRegistered', value: '13812345678' },
    ]);
    expect(
      registration.serverIssues([{ path: '/phone', check: 'phoneNotRegistered' }], 'en'),
    ).toEqual([
      {
        code: 'server_check_failed',
        path: '/phone',
        params: {
          check: 'phoneNotRegistered',
          message: {
            'zh-CN': '该手机号已注册，请直接登录。',
            en: 'This phone is already registered. Sign in instead.',
          },
        },
        message: 'This phone is already registered. Sign in instead.',
      },
    ]);
  });
});

describe('compileForm().initialValues', () => {
  it('starts from the defaults and the minimum number of rows', () => {
    const definition: FormDefinition = {
      schemaVersion: 1,
      id: 'relay',
      version: 1,
      title: '爱心接龙',
      fields: [
        { type: 'text', key: 'room', label: '房号', default: '2103' },
        {
          type: 'select',
          key: 'item',
          label: '菜品',
          options: [{ value: 'lettuce', label: '莴笋' }],
          default: 'lettuce',
        },
        { type: 'checkbox', key: 'deliver', label: '送货上门', default: false },
        {
          type: 'repeat',
          key: 'lines',
          label: '明细',
          minItems: 2,
          fields: [{ type: 'text', key: 'what', label: '品名' }],
        },
      ],
    };
    expect(compileForm(definition).initialValues()).toEqual({
      room: '2103',
      item: 'lettuce',
      deliver: false,
      lines: [{}, {}],
    });
  });

  it("starts new repeat rows, nested ones too, from their fields' defaults", () => {
    const definition: FormDefinition = {
      schemaVersion: 1,
      id: 'duty-roster',
      version: 1,
      title: '驿站值班表',
      fields: [
        {
          type: 'repeat',
          key: 'days',
          label: '日期',
          minItems: 1,
          fields: [
            { type: 'text', key: 'station', label: '站点', default: '解放桥驿站' },
            {
              type: 'repeat',
              key: 'shifts',
              label: '班次',
              minItems: 1,
              fields: [{ type: 'integer', key: 'hours', label: '时长', default: 2 }],
            },
          ],
        },
      ],
    };
    const form = compileForm(definition);
    const day = { station: '解放桥驿站', shifts: [{ hours: 2 }] };
    expect(form.initialValues()).toEqual({ days: [day] });
    expect(form.initialRow('/days')).toEqual(day);
    expect(form.initialRow('/days/0/shifts')).toEqual({ hours: 2 });
    expect(form.initialRow('/nothing')).toEqual({});
  });
});
