import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, UTF8_BOM } from '../../src/records/csv';

/** A plain RFC 4180 reader, to check that what we write reads back. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

describe('CSV', () => {
  it('writes UTF-8 with a BOM and CRLF line ends, quoting only where needed', () => {
    expect(
      toCsv([
        ['姓名', '时长'],
        ['张伟', 2.5],
        ['李梅, 王芳', null],
        ['说 "谢谢"', undefined],
        ['两行\n文字', 0],
      ]),
    ).toBe(
      `${UTF8_BOM}姓名,时长\r\n张伟,2.5\r\n"李梅, 王芳",\r\n"说 ""谢谢""",\r\n"两行\n文字",0\r\n`,
    );
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
  });

  it('makes formula-looking cells inert', () => {
    expect(['=1+1', '+86 138', '-2', '@SUM(A1)', '\t=cmd', '\r=x', 'a=b'].map(csvCell)).toEqual([
      "'=1+1",
      "'+86 138",
      "'-2",
      "'@SUM(A1)",
      "'\t=cmd",
      '"\'\r=x"',
      'a=b',
    ]);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('reads back as the same cells, except that formula starts carry an apostrophe', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const back = readCsv(toCsv(rows, { bom: false }));
          expect(back).toEqual(
            rows.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell))),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
