/** A CSV cell: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | null | undefined;

/** Byte order mark: Excel reads a UTF-8 CSV as UTF-8 only when it starts with one. */
export const UTF8_BOM = '\uFEFF';

// Cells starting with these are formulas to Excel and LibreOffice (CSV injection), and a
// leading tab or carriage return can hide one.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as CSV text: a formula-looking text is made inert with a leading apostrophe
 * (OWASP's advice), then the cell is quoted when it holds a comma, a quote or a line break,
 * with quotes doubled (RFC 4180). Numbers are written as they are.
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Rows as CSV (RFC 4180: CRLF line ends, quoted fields), UTF-8 with a byte order mark for
 * Excel unless `bom: false`, safe against formula injection.
 *
 * @example
 * toCsv([['姓名', '时长'], ['张伟', 2.5]]); // '\uFEFF姓名,时长\r\n张伟,2.5\r\n'
 */
export function toCsv(
  rows: readonly (readonly CsvCell[])[],
  options: { bom?: boolean } = {},
): string {
  const body = rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
  return options.bom === false ? body : `${UTF8_BOM}${body}`;
}
