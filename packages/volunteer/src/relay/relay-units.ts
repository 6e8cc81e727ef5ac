/** Units of weight, in jin (斤, 500 g): what relay totals convert weights into. */
export const WEIGHT_IN_JIN: Readonly<Record<string, number>> = {
  斤: 1,
  两: 0.1,
  公斤: 2,
  克: 0.002,
};

/**
 * Units a relay line may use, each spelling mapped to its canonical unit. The common
 * pinyin-input slips are included: 金 and 筋 for 斤 (all "jin"), 代 for 袋 ("dai").
 */
export const RELAY_UNIT_SPELLINGS: Readonly<Record<string, string>> = {
  斤: '斤',
  金: '斤',
  筋: '斤',
  两: '两',
  公斤: '公斤',
  千克: '公斤',
  kg: '公斤',
  克: '克',
  g: '克',
  个: '个',
  只: '只',
  把: '把',
  袋: '袋',
  代: '袋',
  箱: '箱',
  份: '份',
  颗: '颗',
  棵: '棵',
  根: '根',
  盒: '盒',
  瓶: '瓶',
  捆: '捆',
  扎: '扎',
  条: '条',
  包: '包',
  提: '提',
  桶: '桶',
  串: '串',
  板: '板',
  兜: '兜',
  筐: '筐',
  篮: '篮',
  罐: '罐',
};

const SPELLINGS_LONGEST_FIRST = Object.keys(RELAY_UNIT_SPELLINGS).sort(
  (a, b) => b.length - a.length,
);

/**
 * The unit spelled at the start of `text` (case-insensitive for kg and g), as
 * `{ unit, length }` with the canonical unit and how many characters it took.
 */
export function unitAt(text: string): { unit: string; length: number } | undefined {
  for (const spelling of SPELLINGS_LONGEST_FIRST) {
    if (text.slice(0, spelling.length).toLowerCase() === spelling)
      return { unit: RELAY_UNIT_SPELLINGS[spelling] as string, length: spelling.length };
  }
  return undefined;
}
