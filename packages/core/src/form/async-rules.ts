import type { LocalizedText } from '../i18n/locale';
import type { CompiledItem } from './compiled-items';

/** An async rule with where its answers are: `/phone`, or for rows `/members/STAR/phone` (a `*` segment). */
export interface AsyncRule {
  readonly pointer: string;
  readonly check: string;
  readonly message?: LocalizedText;
}

/** Lists the async rules of a form with the pointer pattern of the answers they check. */
export function collectAsyncRules(top: readonly CompiledItem[]): AsyncRule[] {
  const found: AsyncRule[] = [];
  const collect = (items: readonly CompiledItem[], prefix: string) => {
    for (const compiled of items) {
      for (const { rule } of compiled.rules) {
        if (rule.type !== 'async') continue;
        found.push({
          pointer: `${prefix}/${compiled.key}`,
          check: rule.check,
          ...(rule.message ? { message: rule.message } : {}),
        });
      }
      if (compiled.row) collect(compiled.row, `${prefix}/${compiled.key}/*`);
    }
  };
  collect(top, '');
  return found;
}

/** Every answer in `data` that a pointer pattern names, with its concrete pointer. */
export function answersAt(
  data: Readonly<Record<string, unknown>>,
  pattern: string,
): [string, unknown][] {
  const parts = pattern.split('/').slice(1);
  const results: [string, unknown][] = [];
  const descend = (value: unknown, index: number, path: string) => {
    if (index === parts.length) {
      if (value !== undefined) results.push([path, value]);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const part = parts[index] ?? '';
    if (part === '*') {
      if (!Array.isArray(value)) return;
      for (const [position, item] of value.entries())
        descend(item, index + 1, `${path}/${position}`);
      return;
    }
    descend((value as Record<string, unknown>)[part], index + 1, `${path}/${part}`);
  };
  descend(data, 0, '');
  return results;
}

/** Whether a concrete pointer (`/members/2/phone`) fits a pattern whose `*` segments match any row. */
export function matchesPointer(pattern: string, pointer: string): boolean {
  const expected = pattern.split('/');
  const actual = pointer.split('/');
  return (
    expected.length === actual.length &&
    expected.every((part, index) => part === '*' || part === actual[index])
  );
}
