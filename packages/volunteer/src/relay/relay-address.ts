import { readChineseInteger } from './chinese-number';

/** Where a relay order goes: building (栋), unit (单元) when the building has them, room. */
export interface RelayAddress {
  readonly building: string;
  readonly unit?: string;
  readonly room: string;
}

/** An address found in a line: the parts read, and where it sits in the text. */
export interface FoundAddress {
  readonly building: string;
  readonly unit?: string;
  /** Missing when the line names a building (and unit) but no room. */
  readonly room?: string;
  readonly start: number;
  readonly end: number;
}

const CN = '[一二三四五六七八九十]';
// 栋 and the ways people write it: 幢, 号楼, the traditional 棟, #, and the pinyin slips 动 / 洞.
const BUILDING = `([A-Za-z]?\\d{1,3}|${CN}{1,3})\\s*(?:号楼|栋楼|栋|幢|棟|动|洞|座|#)`;
// 单元, with the slips 单无 / 单圆 and the short 单.
const UNIT = `(\\d{1,2}|${CN}{1,2})\\s*(?:单元|单无|单圆|单)`;
// A room is three or four digits, not followed by a weight or count (300克 is a quantity).
const ROOM = '(\\d{3,4})(?![\\d.])(?!\\s*(?:斤|公斤|千克|克|kg|g|个|把|袋|箱|份))\\s*(?:室|号|房)?';

const PATTERNS: readonly { regex: RegExp; parts: readonly ('building' | 'unit' | 'room')[] }[] = [
  // 5栋1单元2103, 5栋2103, 5#1单元2103室, 五栋一单元2103
  {
    regex: new RegExp(`${BUILDING}\\s*-?\\s*(?:${UNIT}\\s*-?\\s*)?${ROOM}`, 'i'),
    parts: ['building', 'unit', 'room'],
  },
  // 5栋1-2103
  {
    regex: new RegExp(`${BUILDING}\\s*(\\d{1,2})\\s*-\\s*${ROOM}`, 'i'),
    parts: ['building', 'unit', 'room'],
  },
  // 5-1-2103
  {
    regex: new RegExp(`(?<![\\d.])([A-Za-z]?\\d{1,3})\\s*-\\s*(\\d{1,2})\\s*-\\s*${ROOM}`, 'i'),
    parts: ['building', 'unit', 'room'],
  },
  // 5-2103
  {
    regex: new RegExp(`(?<![\\d.])([A-Za-z]?\\d{1,3})\\s*-\\s*${ROOM}`, 'i'),
    parts: ['building', 'room'],
  },
  // 5栋1单元 with no room: found, so the line can say what is missing.
  { regex: new RegExp(`${BUILDING}\\s*(?:${UNIT})?`, 'i'), parts: ['building', 'unit'] },
];

/** Writes a building or unit number the same way every time: 五 → 5, 05 → 5, a3 → A3. */
function canonicalNumber(text: string): string {
  const chinese = readChineseInteger(text);
  if (typeof chinese === 'number') return String(chinese);
  const match = /^([A-Za-z]?)0*(\d+)$/.exec(text);
  return match ? `${(match[1] ?? '').toUpperCase()}${match[2]}` : text;
}

/**
 * Finds the first address in a (normalized) relay line: 5栋1单元2103, 5#2103室, 5-1-2103,
 * 五栋一单元2103 … Returns the parts and where they are, or `undefined` when the line names
 * no building at all.
 */
export function findRelayAddress(text: string): FoundAddress | undefined {
  for (const { regex, parts } of PATTERNS) {
    const match = regex.exec(text);
    if (match === null) continue;
    const values: Partial<Record<'building' | 'unit' | 'room', string>> = {};
    parts.forEach((part, index) => {
      const value = match[index + 1];
      if (value !== undefined) values[part] = part === 'room' ? value : canonicalNumber(value);
    });
    if (values.building === undefined) continue;
    return {
      building: values.building,
      ...(values.unit === undefined ? {} : { unit: values.unit }),
      ...(values.room === undefined ? {} : { room: values.room }),
      start: match.index,
      end: match.index + match[0].length,
    };
  }
  return undefined;
}
