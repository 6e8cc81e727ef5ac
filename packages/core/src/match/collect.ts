// Small builders of the pool's indexes: interned ids, volunteer lists, merged time ranges.

/** The number of `key` in `map`, given the next number when new. */
export function intern(map: Map<string, number>, key: string): number {
  let id = map.get(key);
  if (id === undefined) {
    id = map.size;
    map.set(key, id);
  }
  return id;
}

/** Volunteer lists by number (`push(list, v)` in ascending `v`), as typed arrays. */
export function lists(
  count: number,
  members: (push: (list: number, v: number) => void) => void,
): Int32Array[] {
  const built: number[][] = Array.from({ length: count }, () => []);
  members((list, v) => {
    const target = built[list] as number[];
    if (target.at(-1) !== v) target.push(v);
  });
  return built.map((list) => Int32Array.from(list));
}

/** Volunteers grouped by key, as typed arrays. */
export function groupBy(keys: Iterable<[number, number]>): Map<number, Int32Array> {
  const groups = new Map<number, number[]>();
  for (const [key, v] of keys) {
    const group = groups.get(key);
    if (group) group.push(v);
    else groups.set(key, [v]);
  }
  return new Map([...groups].map(([key, list]) => [key, Int32Array.from(list)]));
}

/** Sorted, disjoint `[from, to)` ranges covering the same minutes as `ranges` (sorted in place). */
export function mergeRanges(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
