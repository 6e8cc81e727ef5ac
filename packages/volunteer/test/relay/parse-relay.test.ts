import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseRelayLine,
  parseRelayText,
  type RelayCatalogItem,
  type RelayEntry,
} from '../../src/relay/parse-relay';

type Expected =
  | { entry: Omit<RelayEntry, 'items'> & { items: string[] }; warnings?: string[] }
  | { issues: string[] };

/** Items written compactly: '莴笋 3 斤', '小白菜 2 -' (no unit). */
const item = (text: string) => {
  const [name, quantity, unit] = text.split(' ');
  return { name, quantity: Number(quantity), unit: unit === '-' ? null : unit };
};

const at = (building: string, unit: string | undefined, room: string) =>
  unit === undefined ? { building, room } : { building, unit, room };

/** Realistic chat lines, each with exactly what it must read as. */
const LINES: readonly [line: string, expected: Expected][] = [
  // The article's own lines, half-width and full-width.
  [
    '5栋1单元2103莴笋3斤，小白菜2斤',
    { entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤', '小白菜 2 斤'] } },
  ],
  [
    '5栋2单元1601莴笋5斤，小白菜3斤……',
    { entry: { ...at('5', '2', '1601'), items: ['莴笋 5 斤', '小白菜 3 斤'] } },
  ],
  [
    '５栋１单元２１０３莴笋３斤，小白菜２斤',
    { entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤', '小白菜 2 斤'] } },
  ],
  [
    '5栋1单元2103莴笋3斤,小白菜2斤',
    { entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤', '小白菜 2 斤'] } },
  ],
  [
    '5栋1单元2103 莴笋3斤 小白菜2斤',
    { entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤', '小白菜 2 斤'] } },
  ],
  [
    '5栋1单元2103莴笋3斤小白菜2斤',
    { entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤', '小白菜 2 斤'] } },
  ],
  [
    '5栋1单元2103；莴笋3斤；小白菜2斤。',
    { entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤', '小白菜 2 斤'] } },
  ],
  [
    '5栋1单元2103 莴笋3斤 和 小白菜2斤',
    { entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤', '小白菜 2 斤'] } },
  ],
  ['5栋 1单元 2103 莴笋 3 斤', { entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤'] } }],
  // Chinese numerals.
  [
    '5栋1单元2103：莴笋三斤、小白菜两斤',
    { entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤', '小白菜 2 斤'] } },
  ],
  ['3栋502 莴笋半斤', { entry: { ...at('3', undefined, '502'), items: ['莴笋 0.5 斤'] } }],
  ['7栋2单元301 小白菜两袋', { entry: { ...at('7', '2', '301'), items: ['小白菜 2 袋'] } }],
  ['7栋2单元301 莴笋一斤半', { entry: { ...at('7', '2', '301'), items: ['莴笋 1.5 斤'] } }],
  [
    '7栋2单元301 莴笋两斤半，小白菜十斤',
    { entry: { ...at('7', '2', '301'), items: ['莴笋 2.5 斤', '小白菜 10 斤'] } },
  ],
  ['12栋1单元1102 蒜苗二两', { entry: { ...at('12', '1', '1102'), items: ['蒜苗 2 两'] } }],
  ['9栋3单元602 鸡蛋二十个', { entry: { ...at('9', '3', '602'), items: ['鸡蛋 20 个'] } }],
  ['5栋1单元2103 四季豆2斤', { entry: { ...at('5', '1', '2103'), items: ['四季豆 2 斤'] } }],
  // Ways of writing the address.
  [
    '5-1-2103 莴笋三斤 小白菜二两',
    { entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤', '小白菜 2 两'] } },
  ],
  ['5#1单元2103莴笋3斤', { entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤'] } }],
  ['5号楼1单元2103室 莴笋3斤', { entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤'] } }],
  ['5幢1单元2103 莴笋3斤', { entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤'] } }],
  ['五栋一单元2103 莴笋3斤', { entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤'] } }],
  ['5栋1-2103 莴笋3斤', { entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤'] } }],
  ['5-2103 莴笋3斤', { entry: { ...at('5', undefined, '2103'), items: ['莴笋 3 斤'] } }],
  ['A3栋1单元201 莴笋3斤', { entry: { ...at('A3', '1', '201'), items: ['莴笋 3 斤'] } }],
  [
    '莴笋3斤 小白菜2斤 8栋1201',
    { entry: { ...at('8', undefined, '1201'), items: ['莴笋 3 斤', '小白菜 2 斤'] } },
  ],
  // Typos from pinyin input.
  ['5动1单元2103 莴笋3斤', { entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤'] } }],
  ['5栋1单无2103 莴笋3斤', { entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤'] } }],
  [
    '5栋1单元2103 莴笋3金',
    {
      entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤'] },
      warnings: ['relay_unit_corrected'],
    },
  ],
  [
    '6栋2单元802 土豆2代',
    { entry: { ...at('6', '2', '802'), items: ['土豆 2 袋'] }, warnings: ['relay_unit_corrected'] },
  ],
  // Missing units, other orders, several items.
  [
    '5栋1单元2103 小白菜2',
    { entry: { ...at('5', '1', '2103'), items: ['小白菜 2 -'] }, warnings: ['relay_unit_missing'] },
  ],
  [
    '5栋1单元2103 鸡蛋x2',
    { entry: { ...at('5', '1', '2103'), items: ['鸡蛋 2 -'] }, warnings: ['relay_unit_missing'] },
  ],
  [
    '5栋1单元2103 3斤莴笋 2斤小白菜',
    { entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤', '小白菜 2 斤'] } },
  ],
  [
    '5栋1单元2103 莴笋、小白菜各2斤',
    { entry: { ...at('5', '1', '2103'), items: ['莴笋 2 斤', '小白菜 2 斤'] } },
  ],
  ['5栋1单元2103 莴笋2.5斤', { entry: { ...at('5', '1', '2103'), items: ['莴笋 2.5 斤'] } }],
  ['5栋1单元2103 莴笋1kg', { entry: { ...at('5', '1', '2103'), items: ['莴笋 1 公斤'] } }],
  ['5栋1单元2103 要莴笋3斤', { entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤'] } }],
  // Chat decorations: numbering, names, notes, thanks, emoji.
  ['1. 5栋1单元2103莴笋3斤', { entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤'] } }],
  ['12、6栋2单元802 莴笋4斤', { entry: { ...at('6', '2', '802'), items: ['莴笋 4 斤'] } }],
  [
    '张阿姨 3栋502 莴笋2斤',
    { entry: { ...at('3', undefined, '502'), orderer: '张阿姨', items: ['莴笋 2 斤'] } },
  ],
  [
    '5栋1单元2103 莴笋3斤（放门口，谢谢）',
    { entry: { ...at('5', '1', '2103'), note: '放门口,谢谢', items: ['莴笋 3 斤'] } },
  ],
  [
    '5栋1单元2103 莴笋3斤 谢谢！[抱拳]🙏',
    { entry: { ...at('5', '1', '2103'), items: ['莴笋 3 斤'] } },
  ],
  // Lines a person must correct: shown with what is wrong, never dropped.
  ['莴笋3斤，小白菜2斤', { issues: ['relay_address_missing'] }],
  ['5栋1单元 莴笋3斤', { issues: ['relay_room_missing'] }],
  ['5栋1单元2103', { issues: ['relay_items_missing'] }],
  ['5栋1单元2103 莴笋', { issues: ['relay_quantity_missing'] }],
  ['5栋1单元2103 莴笋五六斤', { issues: ['relay_quantity_ambiguous'] }],
  ['5栋1单元2103 莴笋3-4斤', { issues: ['relay_quantity_ambiguous'] }],
  ['5栋1单元2103 莴笋、小白菜2斤', { issues: ['relay_quantity_missing'] }],
  ['5栋1单元2103 莴笋0斤', { issues: ['relay_quantity_zero'] }],
  ['5栋1单元2103 3斤', { issues: ['relay_name_missing'] }],
  ['5栋1单元2103 莴笋 几斤', { issues: ['relay_quantity_missing', 'relay_quantity_missing'] }],
  ['谢谢大家', { issues: ['relay_not_an_order'] }],
  ['#接龙 百联首府爱心助农', { issues: ['relay_not_an_order'] }],
  ['例：5栋1单元2103莴笋3斤', { issues: ['relay_example_line'] }],
];

describe('parseRelayLine on realistic chat lines', () => {
  it('has at least 40 lines to read', () => {
    expect(LINES.length).toBeGreaterThanOrEqual(40);
  });

  for (const [line, expected] of LINES) {
    it(line, () => {
      const read = parseRelayLine(line);
      if ('entry' in expected) {
        const { items, ...rest } = expected.entry;
        expect(read).toMatchObject({ ok: true, raw: line });
        if (!read.ok) return;
        expect(read.entry).toEqual({ ...rest, items: items.map(item) });
        expect(read.warnings.map((w) => w.code)).toEqual(expected.warnings ?? []);
      } else {
        expect(read.ok).toBe(false);
        if (read.ok) return;
        expect(read.issues.map((issue) => issue.code)).toEqual(expected.issues);
      }
    });
  }
});

describe('parseRelayLine: what a correction needs', () => {
  it('keeps what it could read and points at what is wrong, with a message that says how to fix it', () => {
    const read = parseRelayLine('5栋1单元2103 莴笋3斤，小白菜', {}, 7);
    expect(read).toEqual({
      ok: false,
      line: 7,
      raw: '5栋1单元2103 莴笋3斤，小白菜',
      partial: {
        building: '5',
        unit: '1',
        room: '2103',
        items: [{ name: '莴笋', quantity: 3, unit: '斤' }, { name: '小白菜' }],
      },
      issues: [
        {
          code: 'relay_quantity_missing',
          path: '/items/1/quantity',
          message: '“小白菜”没有写数量，请补上，例如“小白菜2斤”。',
          params: { name: '小白菜' },
        },
      ],
      warnings: [],
    });
  });

  it('writes messages in English on request', () => {
    const read = parseRelayLine('5栋1单元 莴笋3斤', { locale: 'en' });
    expect(read.ok ? [] : read.issues.map((i) => i.message)).toEqual([
      'Building 5 has no room number. Add it, as in "5栋1单元2103".',
    ]);
  });
});

describe('parseRelayLine with the relay catalogue', () => {
  const catalog: RelayCatalogItem[] = [
    { name: '莴笋', unit: '斤', aliases: ['青笋', '莴苣'] },
    { name: '小白菜', unit: '斤' },
    { name: '土鸡蛋', unit: '个' },
  ];
  const read = (line: string) => {
    const result = parseRelayLine(line, { catalog });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return [result.entry.items, result.warnings.map((w) => [w.code, w.message])];
  };

  it('corrects a name one character off (莴荀 → 莴笋)', () => {
    expect(read('5栋1单元2103 莴荀3斤')).toEqual([
      [{ name: '莴笋', quantity: 3, unit: '斤' }],
      [['relay_name_corrected', '“莴荀”已按“莴笋”理解，请确认。']],
    ]);
  });
  it('maps an alias to the catalogue name (青笋 → 莴笋)', () => {
    expect(read('5栋1单元2103 青笋3斤')[0]).toEqual([{ name: '莴笋', quantity: 3, unit: '斤' }]);
  });
  it('fills a missing unit from the catalogue, and says so', () => {
    expect(read('5栋1单元2103 小白菜2 土鸡蛋10')).toEqual([
      [
        { name: '小白菜', quantity: 2, unit: '斤' },
        { name: '土鸡蛋', quantity: 10, unit: '个' },
      ],
      [
        ['relay_unit_assumed', '“小白菜”没有写单位，已按“斤”统计，请确认。'],
        ['relay_unit_assumed', '“土鸡蛋”没有写单位，已按“个”统计，请确认。'],
      ],
    ]);
  });
  it('flags an item that is not on sale, and keeps it', () => {
    expect(read('5栋1单元2103 西红柿2斤')).toEqual([
      [{ name: '西红柿', quantity: 2, unit: '斤' }],
      [['relay_unknown_item', '“西红柿”不在本次接龙的品种里，请和居民确认或改成已有的品种。']],
    ]);
  });
});

describe('parseRelayText', () => {
  it('reads a pasted relay, skipping blank lines and listing every line that needs correction', () => {
    const text = [
      '#接龙 百联首府爱心助农：涂爷爷的青菜',
      '例：5栋1单元2103莴笋3斤',
      '',
      '1. 5栋1单元2103莴笋3斤，小白菜2斤',
      '2. 5栋2单元1601莴笋5斤，小白菜3斤',
      '3. 8栋1201 莴笋五六斤',
      '4. 3栋502 莴笋半斤',
    ].join('\r\n');
    const read = parseRelayText(text);
    expect(read.lines.map((line) => [line.line, line.ok])).toEqual([
      [1, false],
      [2, false],
      [4, true],
      [5, true],
      [6, false],
      [7, true],
    ]);
    expect(
      read.entries.map((entry) => `${entry.building}-${entry.unit ?? ''}-${entry.room}`),
    ).toEqual(['5-1-2103', '5-2-1601', '3--502']);
    expect(read.needsCorrection.map((line) => [line.line, line.issues.map((i) => i.code)])).toEqual(
      [
        [1, ['relay_not_an_order']],
        [2, ['relay_example_line']],
        [6, ['relay_quantity_ambiguous']],
      ],
    );
  });
});

describe('parseRelayLine, generated lines', () => {
  const names = ['莴笋', '小白菜', '萝卜', '青菜', '芹菜', '土鸡蛋', '红薯'];
  const units = ['斤', '个', '把', '袋', '公斤'];
  const sized = (chosen: string[]) => ({ minLength: chosen.length, maxLength: chosen.length });
  const orders = fc
    .uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 4 })
    .chain((chosen) =>
      fc.tuple(
        fc.constant(chosen),
        fc.array(fc.integer({ min: 1, max: 200 }), sized(chosen)),
        fc.array(fc.constantFrom(...units), sized(chosen)),
      ),
    );
  it('reads back any well-formed line: address, then items with Arabic quantities and units', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
        fc.integer({ min: 101, max: 3204 }),
        orders,
        fc.constantFrom('，', ',', ' ', '、', '；'),
        (building, unit, room, [chosen, tenths, itemUnits], separator) => {
          const items = chosen.map((name, i) => ({
            name,
            quantity: (tenths[i] as number) / 2,
            unit: itemUnits[i] as string,
          }));
          const line = `${building}栋${unit === undefined ? '' : `${unit}单元`}${room}${items.map((it) => `${it.name}${it.quantity}${it.unit}`).join(separator)}`;
          const read = parseRelayLine(line);
          expect(read.ok ? read.entry : read.issues).toEqual({
            building: String(building),
            ...(unit === undefined ? {} : { unit: String(unit) }),
            room: String(room),
            items,
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
