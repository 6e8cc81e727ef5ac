import { residentIdCheckCharacter } from '@yizhan/core/form';
import { afterEach } from 'vitest';
import { userEvent } from 'vitest/browser';
import { contractText, type FieldCase, fieldContract } from './field-contract';

afterEach(() => {
  document.body.replaceChildren();
});

const base = { key: 'answer', ...contractText, required: true };
const options = [
  { value: 'haircut', label: { 'zh-CN': '理发', en: 'Haircuts' } },
  { value: 'repair', label: { 'zh-CN': '维修家电', en: 'Appliance repair' } },
  { value: 'counselling', label: { 'zh-CN': '心理咨询', en: 'Counselling' } },
];
const idNumber = `11010519491231002${residentIdCheckCharacter('11010519491231002')}`;
const keys = (text: string) => () => userEvent.keyboard(text);

const cases: FieldCase[] = [
  {
    tag: 'yz-text',
    field: {
      ...base,
      type: 'text',
      rules: [
        {
          type: 'pattern',
          pattern: '^[^0-9]*$',
          message: { 'zh-CN': '姓名里不能有数字。', en: 'A name has no digits.' },
        },
      ],
    },
    role: 'textbox',
    valid: 'Li Mei',
    formData: [['answer', 'Li Mei']],
    invalid: { value: 'Li Mei 2', zh: '姓名里不能有数字。', en: 'A name has no digits.' },
    type: keys('Li Mei'),
  },
  {
    tag: 'yz-textarea',
    field: { ...base, type: 'textarea', rules: [{ type: 'length', min: 10 }] },
    role: 'textbox',
    valid: 'Carry rice upstairs',
    formData: [['answer', 'Carry rice upstairs']],
    invalid: { value: 'Rice', zh: '至少需要 10 个字。', en: 'Use at least 10 characters.' },
    type: keys('Carry rice upstairs'),
  },
  {
    tag: 'yz-email',
    field: { ...base, type: 'email' },
    role: 'textbox',
    valid: 'li@example.com',
    formData: [['answer', 'li@example.com']],
    invalid: {
      value: 'li@',
      zh: '请输入有效的电子邮箱，例如 name@example.com。',
      en: 'Enter a valid e-mail address, such as name@example.com.',
    },
    type: keys('li@example.com'),
  },
  {
    tag: 'yz-phone',
    field: { ...base, type: 'phone' },
    role: 'textbox',
    valid: '13812345678',
    formData: [['answer', '13812345678']],
    invalid: {
      value: '1381234',
      zh: '请输入 11 位手机号码，例如 13812345678。',
      en: 'Enter an 11-digit mobile number, such as 13812345678.',
    },
    type: keys('138 1234 5678'),
  },
  {
    tag: 'yz-id-number',
    field: { ...base, type: 'id-number' },
    role: 'textbox',
    valid: idNumber,
    formData: [['answer', idNumber]],
    invalid: {
      value: '1101051949',
      zh: '身份证号码应为 18 位：17 位数字加最后一位数字或 X。',
      en: 'A resident ID number has 18 characters: 17 digits, then a digit or X.',
    },
    type: keys(idNumber.toLowerCase()),
  },
  {
    tag: 'yz-number',
    field: { ...base, type: 'number', rules: [{ type: 'range', min: 0, max: 40 }] },
    role: 'textbox',
    valid: 12.5,
    formData: [['answer', '12.5']],
    invalid: { value: 50, zh: '不能大于 40。', en: 'This must be at most 40.' },
    type: keys('12.5'),
  },
  {
    tag: 'yz-integer',
    field: { ...base, type: 'integer' },
    role: 'textbox',
    valid: 3,
    formData: [['answer', '3']],
    invalid: {
      value: 2.5,
      zh: '需要一个整数，例如 1。',
      en: 'Expected a whole number, for example 1.',
    },
    type: keys('3'),
  },
  {
    tag: 'yz-date',
    field: { ...base, type: 'date', rules: [{ type: 'range', min: '2026-01-01' }] },
    role: 'textbox',
    valid: '2026-05-01',
    formData: [['answer', '2026-05-01']],
    invalid: {
      value: '2025-05-01',
      zh: '不能小于 2026-01-01。',
      en: 'This must be at least 2026-01-01.',
    },
    type: keys('05012026'),
  },
  {
    tag: 'yz-time',
    field: { ...base, type: 'time' },
    role: 'textbox',
    valid: '09:30',
    formData: [['answer', '09:30']],
    type: keys('0930A'),
  },
  {
    tag: 'yz-datetime',
    field: { ...base, type: 'datetime' },
    role: 'textbox',
    valid: '2026-05-01T09:30',
    formData: [['answer', '2026-05-01T09:30']],
    type: keys('05012026{ArrowRight}0930A'),
  },
  {
    tag: 'yz-select',
    field: { ...base, type: 'select', options },
    role: 'combobox',
    valid: 'repair',
    formData: [['answer', 'repair']],
    invalid: {
      value: 'cooking',
      zh: '请从列表中选择："haircut"、"repair"、"counselling"。',
      en: 'Choose one of: "haircut", "repair", "counselling".',
    },
    type: keys('{ArrowDown}{ArrowDown}'),
  },
  {
    tag: 'yz-radio',
    field: { ...base, type: 'radio', options },
    role: 'radiogroup',
    valid: 'repair',
    formData: [['answer', 'repair']],
    type: keys(' {ArrowDown}'),
  },
  {
    tag: 'yz-multiselect',
    field: { ...base, type: 'multiselect', options, minSelected: 2 },
    role: 'listbox',
    valid: ['haircut', 'repair'],
    formData: [
      ['answer', 'haircut'],
      ['answer', 'repair'],
    ],
    invalid: { value: ['haircut'], zh: '至少选择 2 项。', en: 'Choose at least 2.' },
    type: keys('{ArrowDown}{Shift>}{ArrowDown}{/Shift}'),
  },
  {
    tag: 'yz-checkbox-group',
    field: { ...base, type: 'checkbox-group', options, minSelected: 2 },
    role: 'group',
    requiredInName: true,
    valid: ['haircut', 'counselling'],
    formData: [
      ['answer', 'haircut'],
      ['answer', 'counselling'],
    ],
    invalid: { value: ['repair'], zh: '至少选择 2 项。', en: 'Choose at least 2.' },
    type: keys(' {Tab}{Tab} '),
  },
  {
    tag: 'yz-checkbox',
    field: { ...base, type: 'checkbox' },
    role: 'checkbox',
    valid: true,
    formData: [['answer', 'on']],
    requiredMessage: '请勾选此项后再提交。',
    type: keys(' '),
  },
  {
    tag: 'yz-rating',
    field: { ...base, type: 'rating' },
    role: 'radiogroup',
    valid: 3,
    formData: [['answer', '3']],
    invalid: {
      value: 2.5,
      zh: '需要一个整数，例如 1。',
      en: 'Expected a whole number, for example 1.',
    },
    type: keys(' {ArrowRight}{ArrowRight}'),
  },
  {
    tag: 'yz-address',
    field: { ...base, type: 'address' },
    role: 'group',
    requiredInName: true,
    valid: { building: '5', unit: '1', room: '2103' },
    formData: [['answer', '{"building":"5","unit":"1","room":"2103"}']],
    invalid: { value: { building: '5' }, zh: '请填写单元。', en: 'Please fill in the unit.' },
    type: keys('5{Tab}1{Tab}2103'),
  },
  {
    tag: 'yz-file',
    field: { ...base, type: 'file', maxFiles: 1 },
    role: 'button',
    valid: [{ name: 'photo.jpg', size: 2048, type: 'image/jpeg', ref: 'upload/1' }],
    formData: [
      ['answer', '[{"name":"photo.jpg","size":2048,"type":"image/jpeg","ref":"upload/1"}]'],
    ],
    invalid: {
      value: [
        { name: 'a.jpg', size: 1, type: 'image/jpeg', ref: 'upload/1' },
        { name: 'b.jpg', size: 1, type: 'image/jpeg', ref: 'upload/2' },
      ],
      zh: '最多上传 1 个文件。',
      en: 'Upload at most 1 file(s).',
    },
  },
];

for (const fieldCase of cases) fieldContract(fieldCase);
