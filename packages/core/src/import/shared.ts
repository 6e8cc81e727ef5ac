import { toJsonPointer } from '../form/json-pointer';
import type { LocalizedText } from '../i18n/locale';
import type { Draft } from './finish';
import type { IssueSink } from './import-issues';

/** Choice lists up to this long become radio buttons or checkboxes; longer ones drop-downs. */
export const FEW_OPTIONS = 5;

/** The most files a Yizhan file field takes. */
export const MAX_FILES = 50;

/** The message of a pattern rule translated from a tool that has none. */
export const PATTERN_MESSAGE: LocalizedText = {
  'zh-CN': '格式不正确，请按要求填写。',
  en: 'The format is not right. Check what you entered.',
};

/** The message of an expression rule translated from a tool that has none. */
export const RULE_MESSAGE: LocalizedText = {
  'zh-CN': '填写的内容不符合要求，请检查。',
  en: 'This answer does not meet the requirement. Check it.',
};

/** The title of an imported form whose source has none. */
export const UNTITLED: LocalizedText = { 'zh-CN': '导入的表单', en: 'Imported form' };

/**
 * An option value as Yizhan keeps it: text. Numbers and booleans become their text;
 * anything else (objects, empty text) gives undefined.
 */
export function optionValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

/** Tells whether a regular expression compiles the way Yizhan compiles patterns; reports it if not. */
export function checkPattern(pattern: string, path: string, sink: IssueSink): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch (error) {
    sink.add('invalid_pattern', path, { pattern, detail: (error as Error).message });
    return false;
  }
}

/** A form id made from a name: lowercase letters, digits and hyphens, or undefined. */
export function slugId(name: unknown): string | undefined {
  if (typeof name !== 'string') return undefined;
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug === '' ? undefined : slug;
}

/** Drops the properties whose value is undefined, so drafts hold only what was translated. */
export function compact(draft: Draft): Draft {
  for (const key of Object.keys(draft)) if (draft[key] === undefined) delete draft[key];
  return draft;
}

/** Appends segments to a JSON pointer: `pointer('/pages/0', 'elements', 2)` → `/pages/0/elements/2`. */
export const pointer = (path: string, ...segments: readonly (string | number)[]): string =>
  path + toJsonPointer(segments);
