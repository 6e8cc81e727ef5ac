// Optimal string alignment distance: edits, with a swap of neighbours counting as one.
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] ?? 0;
}

/**
 * The candidates closest to a misspelt name, closest first, at most `limit`: those a few
 * edits away (ignoring case), and those that start with it or that it starts with.
 *
 * @example
 * suggestNames('agee', ['age', 'name']); // ['age']
 */
export function suggestNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const wanted = name.toLowerCase();
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const lower = candidate.toLowerCase();
    const edits = distance(wanted, lower);
    const prefix =
      Math.min(wanted.length, lower.length) >= 3 &&
      (lower.startsWith(wanted) || wanted.startsWith(lower));
    if (edits <= Math.max(1, Math.floor(wanted.length / 3)) || prefix) {
      scored.push({ candidate, score: prefix ? Math.min(edits, 2) : edits });
    }
  }
  scored.sort((x, y) => x.score - y.score || (x.candidate < y.candidate ? -1 : 1));
  return scored.slice(0, limit).map((entry) => entry.candidate);
}
