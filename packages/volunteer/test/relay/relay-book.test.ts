import { describe, expect, it } from 'vitest';
import { type RelayEvent, relayBook } from '../../src/relay/relay-book';

const CHAT = [
  '#接龙 涂爷爷的青菜',
  '1. 5栋1单元2103莴笋3斤，小白菜2斤',
  '',
  '2. 8栋1201 莴笋五六斤',
  '3. 3栋502 莴笋半斤',
].join('\n');
const pasted: RelayEvent = {
  type: 'pasted',
  id: 'e1',
  at: '2026-11-20T12:00:00Z',
  by: 'wang-zhan',
  text: CHAT,
};

describe('relayBook: the shared, growing order list', () => {
  it('keeps every pasted line, read or waiting for a correction', () => {
    const book = relayBook([pasted]);
    expect(book.rows.map((row) => [row.key, row.status])).toEqual([
      ['e1:1', 'needs-correction'],
      ['e1:2', 'ok'],
      ['e1:4', 'needs-correction'],
      ['e1:5', 'ok'],
    ]);
    expect(book.needsCorrection.map((row) => row.issues.map((i) => i.code))).toEqual([
      ['relay_not_an_order'],
      ['relay_quantity_ambiguous'],
    ]);
    expect(book.totals).toEqual([
      { name: '莴笋', unit: '斤', quantity: 3.5, orders: 2 },
      { name: '小白菜', unit: '斤', quantity: 2, orders: 1 },
    ]);
  });

  it('applies corrections, form entries and withdrawals, keeping earlier texts', () => {
    const book = relayBook([
      pasted,
      {
        type: 'corrected',
        id: 'e2',
        at: '2026-11-20T12:05:00Z',
        by: 'wang-zhan',
        row: 'e1:4',
        text: '8栋1201 莴笋5斤',
      },
      {
        type: 'withdrawn',
        id: 'e3',
        at: '2026-11-20T12:06:00Z',
        by: 'wang-zhan',
        row: 'e1:1',
        reason: '标题，不是订单',
      },
      {
        type: 'entered',
        id: 'e4',
        at: '2026-11-20T12:10:00Z',
        by: 'li-mei',
        entry: { building: '2', room: '301', items: [{ name: '小白菜', quantity: 1, unit: '斤' }] },
      },
      {
        type: 'withdrawn',
        id: 'e5',
        at: '2026-11-20T13:00:00Z',
        by: 'huang',
        row: 'e1:5',
        reason: '不要了',
      },
      { type: 'withdrawn', id: 'e6', at: '2026-11-20T13:00:00Z', by: 'huang', row: 'e9:1' },
    ]);
    expect(book.rows.map((row) => [row.key, row.source, row.status])).toEqual([
      ['e1:1', 'chat', 'withdrawn'],
      ['e1:2', 'chat', 'ok'],
      ['e1:4', 'chat', 'ok'],
      ['e1:5', 'chat', 'withdrawn'],
      ['e4', 'form', 'ok'],
    ]);
    expect(book.rows[2]).toMatchObject({
      text: '8栋1201 莴笋5斤',
      history: [{ text: '2. 8栋1201 莴笋五六斤', by: 'wang-zhan', at: '2026-11-20T12:05:00Z' }],
      issues: [],
    });
    expect(book.rows[3]?.withdrawnReason).toBe('不要了');
    expect(book.needsCorrection).toEqual([]);
    expect(book.totals).toEqual([
      { name: '莴笋', unit: '斤', quantity: 8, orders: 2 },
      { name: '小白菜', unit: '斤', quantity: 3, orders: 2 },
    ]);
    expect(book.deliveries.map((run) => run.building)).toEqual(['2', '5', '8']);
    expect(book.problems.map((p) => [p.path, p.code, p.message])).toEqual([
      ['/5/row', 'relay_unknown_row', '接龙里没有 "e9:1" 这一行，请刷新后再更正或撤回。'],
    ]);
  });
});
