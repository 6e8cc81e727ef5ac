const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that can make up a Chinese numeral such as 二十五 or 两百. */
export const CHINESE_NUMERAL_CHARACTERS = '零〇一二两三四五六七八九十百千';

/**
 * What a Chinese numeral means: a whole number below 10,000 (三 → 3, 十二 → 12, 两百零五 →
 * 205), `'ambiguous'` for a spoken range such as 五六 ("five or six"), or `undefined` when
 * the text is not a numeral at all.
 *
 * @example
 * readChineseInteger('二十五'); // 25
 * readChineseInteger('五六'); // 'ambiguous'
 */
export function readChineseInteger(text: string): number | 'ambiguous' | undefined {
  if (text.length === 0) return undefined;
  let total = 0;
  let digit: number | undefined;
  let afterZero = false;
  let lastMultiplier = Number.POSITIVE_INFINITY;
  for (const character of text) {
    const value = DIGITS[character];
    if (value !== undefined) {
      // Two digits in a row (五六) is how people say "five or six", unless a zero sits between.
      if (digit !== undefined && !afterZero) return 'ambiguous';
      afterZero = value === 0;
      digit = value;
      continue;
    }
    const multiplier = MULTIPLIERS[character];
    if (multiplier === undefined) return undefined;
    // 百 after 十 (十百) is not a numeral; 两百零五 goes from larger to smaller.
    if (multiplier >= lastMultiplier) return undefined;
    total += (digit ?? 1) * multiplier;
    lastMultiplier = multiplier;
    digit = undefined;
    afterZero = false;
  }
  return total + (digit ?? 0);
}
