import type { FormDefinition, FormItem } from './schema';
import { walkForm } from './walk';

const keepEnds = (text: string, head: number, tail: number): string => {
  const characters = [...text];
  if (characters.length <= head + tail) return '*'.repeat(characters.length);
  return (
    characters.slice(0, head).join('') +
    '*'.repeat(characters.length - head - tail) +
    (tail > 0 ? characters.slice(-tail).join('') : '')
  );
};

/**
 * Masks one personal value for lists, logs and exports, the way Chinese services usually
 * do: a phone keeps its first 3 and last 4 digits (138****5678), an ID number its first 4
 * and last 4, a name its first character (李*); anything else becomes `***`.
 */
export function maskValue(item: FormItem, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return value;
  if (typeof value !== 'string') return '***';
  switch (item.type) {
    case 'phone':
      return keepEnds(value, 3, 4);
    case 'id-number':
      return keepEnds(value, 4, 4);
    case 'text':
      return keepEnds(value, 1, 0);
    default:
      return '***';
  }
}

/**
 * A copy of submission data with every answer of a field marked `pii` masked, rows
 * included. Use it wherever the full value is not needed: lists, logs, exports.
 *
 * @example
 * maskPersonalData(form, { name: '李梅', phone: '13812345678' }); // { name: '李*', phone: '138****5678' }
 */
export function maskPersonalData(
  definition: FormDefinition,
  data: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const masked: Record<string, unknown> = { ...data };
  for (const { item, repeat } of walkForm(definition)) {
    if (!('pii' in item) || item.pii !== true) continue;
    if (!repeat) {
      if (item.key in masked)
        masked[item.key] = item.type === 'repeat' ? '***' : maskValue(item, masked[item.key]);
      continue;
    }
    const rows = masked[repeat.key];
    if (!Array.isArray(rows)) continue;
    masked[repeat.key] = rows.map((row) =>
      row !== null && typeof row === 'object' && item.key in row
        ? { ...row, [item.key]: maskValue(item, (row as Record<string, unknown>)[item.key]) }
        : row,
    );
  }
  return masked;
}
