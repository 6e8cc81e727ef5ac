import { describe, expect, it } from 'vitest';
import { type FormDefinition, maskPersonalData } from '../src/form';

const definition: FormDefinition = {
  schemaVersion: 1,
  id: 'micro-wish',
  version: 1,
  title: '微心愿',
  fields: [
    { type: 'text', key: 'name', label: '姓名', pii: true },
    { type: 'phone', key: 'phone', label: '手机', pii: true },
    { type: 'id-number', key: 'idNumber', label: '身份证', pii: true },
    { type: 'textarea', key: 'wish', label: '心愿' },
    {
      type: 'repeat',
      key: 'contacts',
      label: '联系人',
      fields: [
        { type: 'phone', key: 'phone', label: '手机', pii: true },
        { type: 'text', key: 'relation', label: '关系' },
      ],
    },
  ],
};

describe('maskPersonalData', () => {
  it('masks personal answers for lists, logs and exports, rows included, and leaves the rest', () => {
    expect(
      maskPersonalData(definition, {
        name: '欧阳娜娜',
        phone: '13812345678',
        idNumber: '11010519491231002X',
        wish: '帮忙卖莴笋',
        contacts: [{ phone: '15900001111', relation: '女儿' }],
      }),
    ).toEqual({
      name: '欧***',
      phone: '138****5678',
      idNumber: '1101**********002X',
      wish: '帮忙卖莴笋',
      contacts: [{ phone: '159****1111', relation: '女儿' }],
    });
  });

  it('does not change the data it was given, and leaves blank answers blank', () => {
    const data = { name: '', phone: '13812345678' };
    expect(maskPersonalData(definition, data)).toEqual({ name: '', phone: '138****5678' });
    expect(data.phone).toBe('13812345678');
  });
});
