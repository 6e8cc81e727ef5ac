import { CHINESE_NUMERAL_CHARACTERS, readChineseInteger } from './chinese-number';
import { unitAt } from './relay-units';

/** A quantity read from a relay line: 3斤, 半斤, 两袋, 一斤半, 2.5kg, x2 … */
export type QuantityMatch =
  | {
      readonly kind: 'quantity';
      readonly quantity: number;
      /** The canonical unit, or null when none was written (小白菜2). */
      readonly unit: string | null;
      /** The unit as typed when it was a slip (金 for 斤). */
      readonly unitTyped?: string;
      readonly length: number;
    }
  | { readonly kind: 'ambiguous'; readonly text: string; readonly length: number };

const NUMERAL = new RegExp(`^[${CHINESE_NUMERAL_CHARACTERS}]+`);
const RANGE_AFTER_NUMBER = /^\s*(?:-|~|～|到|至)\s*\d/;

/** The unit (and a trailing 半, "and a half") after a number, from `text`. */
function unitAfter(
  text: string,
): { unit: string; typed: string; length: number; half: boolean } | undefined {
  const spaces = /^\s*/.exec(text)?.[0].length ?? 0;
  const found = unitAt(text.slice(spaces));
  if (found === undefined) return undefined;
  const typed = text.slice(spaces, spaces + found.length);
  const half = text[spaces + found.length] === '半';
  return { unit: found.unit, typed, length: spaces + found.length + (half ? 1 : 0), half };
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/**
 * Reads a quantity at the start of `text`, or returns `undefined` when there is none.
 * Arabic numbers are always quantities (a unit is optional); a Chinese numeral is one only
 * when a unit follows it, so 四季豆 stays a name while 四斤 is four jin. 两 is a numeral
 * before a unit (两斤) and a unit after one (二两). A spoken range (五六斤, 3-4斤) is
 * reported as ambiguous, to be corrected by a person.
 */
export function quantityAt(text: string): QuantityMatch | undefined {
  const times = /^[x×*]\s*(\d+)(?![\d.])/i.exec(text);
  if (times !== null)
    return { kind: 'quantity', quantity: Number(times[1]), unit: null, length: times[0].length };

  const arabic = /^\d+(?:\.\d+)?/.exec(text);
  if (arabic !== null) {
    const rest = text.slice(arabic[0].length);
    const range = RANGE_AFTER_NUMBER.exec(rest);
    if (range !== null) {
      const end = /^\s*(?:-|~|～|到|至)\s*\d+(?:\.\d+)?/.exec(rest)?.[0].length ?? range[0].length;
      const unit = unitAfter(rest.slice(end));
      const length = arabic[0].length + end + (unit?.length ?? 0);
      return { kind: 'ambiguous', text: text.slice(0, length), length };
    }
    const unit = unitAfter(rest);
    const quantity = round2(Number(arabic[0]) + (unit?.half ? 0.5 : 0));
    return {
      kind: 'quantity',
      quantity,
      unit: unit?.unit ?? null,
      ...(unit !== undefined && unit.typed !== unit.unit && unit.typed.toLowerCase() !== 'kg'
        ? { unitTyped: unit.typed }
        : {}),
      length: arabic[0].length + (unit?.length ?? 0),
    };
  }

  if (text.startsWith('半')) {
    const unit = unitAfter(text.slice(1));
    if (unit === undefined || unit.half) return undefined;
    return { kind: 'quantity', quantity: 0.5, unit: unit.unit, length: 1 + unit.length };
  }

  const numeral = NUMERAL.exec(text)?.[0];
  if (numeral === undefined) return undefined;
  // Try the longest numeral first, then shorter ones, so that 二两 reads as 2 两 (a unit).
  for (let size = numeral.length; size > 0; size -= 1) {
    const unit = unitAfter(text.slice(size));
    if (unit === undefined) continue;
    const value = readChineseInteger(numeral.slice(0, size));
    if (value === undefined) continue;
    const length = size + unit.length;
    if (value === 'ambiguous') return { kind: 'ambiguous', text: text.slice(0, length), length };
    return {
      kind: 'quantity',
      quantity: round2(value + (unit.half ? 0.5 : 0)),
      unit: unit.unit,
      ...(unit.typed !== unit.unit ? { unitTyped: unit.typed } : {}),
      length,
    };
  }
  return undefined;
}
