// The volunteer-service form the expression tests check against: a micro-wish (微心愿)
// request with a resident's details and a repeat group of items (爱心接龙 lines).
import { type ExprEnvironment, t } from '../../src/expr';

const item = t.object({ name: t.string, qty: t.number, unit: t.string, tags: t.list(t.string) });

/** Top-level fields of the request form. */
export const fields = {
  name: t.string,
  age: t.number,
  birthDate: t.date,
  category: t.string,
  guardianPhone: t.string,
  phone: t.string,
  consent: t.boolean,
  hours: t.number,
  visitDate: t.date,
  visitTime: t.time,
  submittedAt: t.datetime,
  skills: t.list(t.string),
  address: t.object({ building: t.number, unit: t.number, room: t.string }),
  items: t.list(item),
  extra: t.any,
} as const;

/** Names at the top level of the form. */
export const formEnv: ExprEnvironment = { fields };

/** Names inside a row of the `items` repeat group. */
export const rowEnv: ExprEnvironment = {
  fields,
  row: { name: t.string, qty: t.number, unit: t.string, tags: t.list(t.string) },
};

/** A filled-in request: 5栋1单元2103, lettuce 3 jin and bok choy 2 jin. */
export const data = {
  name: '王秀英',
  age: 73,
  birthDate: '1953-06-15',
  category: 'elderly-children',
  guardianPhone: '',
  phone: '13912345678',
  consent: true,
  hours: 2.5,
  visitDate: '2026-12-01',
  visitTime: '09:30',
  submittedAt: '2026-11-28T17:00:00Z',
  skills: ['driving', 'first-aid'],
  address: { building: 5, unit: 1, room: '2103' },
  items: [
    { name: '莴笋', qty: 3, unit: '斤', tags: ['vegetable'] },
    { name: '小白菜', qty: 2, unit: '斤', tags: ['vegetable', 'leafy'] },
    { name: '鸡蛋', qty: null, unit: '个', tags: [] },
  ],
  extra: { note: 'call first' },
};

/** 2026-11-28T17:00:00Z: still the 28th in UTC, already the 29th in Asia/Shanghai. */
export const NOW = new Date('2026-11-28T17:00:00Z');
