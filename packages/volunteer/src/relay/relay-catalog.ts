/**
 * What is on sale, so lines can be read better: an item missing its unit gets the
 * catalogue's, and a name one character off (莴荀) or an alias (青笋) becomes the
 * catalogue name.
 */
export interface RelayCatalogItem {
  readonly name: string;
  readonly unit: string;
  readonly aliases?: readonly string[];
}

/** Levenshtein distance, for names one slip away from the catalogue (莴荀 → 莴笋). */
function distance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = right.map((_, index) => index + 1);
  previous.unshift(0);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= right.length; j += 1)
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[right.length] ?? 0;
}

/** The catalogue item a typed name means: exact, an alias, or one character off (unique). */
export function lookUp(
  name: string,
  catalog: readonly RelayCatalogItem[],
): { item: RelayCatalogItem; exact: boolean } | undefined {
  const exact = catalog.find((item) => item.name === name || item.aliases?.includes(name));
  if (exact !== undefined) return { item: exact, exact: exact.name === name };
  if ([...name].length < 2) return undefined;
  const near = catalog.filter(
    (item) =>
      [...item.name].length >= 2 &&
      [item.name, ...(item.aliases ?? [])].some((spelling) => distance(spelling, name) === 1),
  );
  return near.length === 1 && near[0] !== undefined ? { item: near[0], exact: false } : undefined;
}
