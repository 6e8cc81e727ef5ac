import { compileForm } from '@yizhan/core/form';
import { describe, expect, it } from 'vitest';
import { parseRelayText } from '../../src/relay/parse-relay';
import {
  deliveryList,
  relayEntryFromForm,
  relayTotals,
  repeatedRooms,
} from '../../src/relay/relay-summary';
import { loadFormTemplate } from '../../src/templates';

const CHAT = [
  '1. 5栋1单元2103莴笋3斤，小白菜2斤',
  '2. 5栋2单元1601莴笋5斤，小白菜3斤',
  '3. 10栋1单元302 莴笋1公斤 小白菜半斤',
  '4. 2栋501 莴笋二两、土鸡蛋10个',
  '5. 5栋1单元802 小白菜2',
  '6. 5栋1单元2103 莴笋1斤',
].join('\n');

describe('relay totals and delivery list', () => {
  const { entries } = parseRelayText(CHAT);

  it('totals each item, weights in 斤, counts apart, bare numbers apart, largest first', () => {
    expect(relayTotals(entries)).toEqual([
      { name: '莴笋', unit: '斤', quantity: 11.2, orders: 5 },
      { name: '土鸡蛋', unit: '个', quantity: 10, orders: 1 },
      { name: '小白菜', unit: '斤', quantity: 5.5, orders: 3 },
      { name: '小白菜', unit: null, quantity: 2, orders: 1 },
    ]);
  });

  it('groups the delivery by building in natural order, stops by unit and room', () => {
    const runs = deliveryList(entries);
    expect(
      runs.map((run) => [run.building, run.stops.map((s) => `${s.unit ?? '-'}/${s.room}`)]),
    ).toEqual([
      ['2', ['-/501']],
      ['5', ['1/802', '1/2103', '1/2103', '2/1601']],
      ['10', ['1/302']],
    ]);
    expect(runs[1]?.load).toEqual([
      { name: '莴笋', unit: '斤', quantity: 9, orders: 3 },
      { name: '小白菜', unit: '斤', quantity: 5, orders: 2 },
      { name: '小白菜', unit: null, quantity: 2, orders: 1 },
    ]);
  });

  it('points out rooms that ordered twice', () => {
    expect(repeatedRooms(entries)).toEqual([{ address: '5栋1单元2103', count: 2 }]);
  });

  it('adds tenths without floating-point drift', () => {
    const tenths = Array.from({ length: 10 }, () => ({
      building: '1',
      room: '101',
      items: [{ name: '葱', quantity: 0.1, unit: '斤' }],
    }));
    expect(relayTotals(tenths)).toEqual([{ name: '葱', unit: '斤', quantity: 1, orders: 10 }]);
  });
});

describe('relayEntryFromForm', () => {
  it('turns the validated answers of the order form into an entry that totals with pasted ones', () => {
    const form = compileForm(loadFormTemplate('love-relay-entry'));
    const result = form.validate({
      home: { building: '5', unit: '1', room: '2103' },
      items: [{ name: '莴笋', quantity: 2, unit: '斤' }],
      note: '放门口',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const entry = relayEntryFromForm(result.value as Parameters<typeof relayEntryFromForm>[0]);
    expect(entry).toEqual({
      building: '5',
      unit: '1',
      room: '2103',
      items: [{ name: '莴笋', quantity: 2, unit: '斤' }],
      note: '放门口',
    });
    expect(relayTotals([entry, ...parseRelayText('5栋2103 莴笋1斤').entries])).toEqual([
      { name: '莴笋', unit: '斤', quantity: 3, orders: 2 },
    ]);
  });
});
