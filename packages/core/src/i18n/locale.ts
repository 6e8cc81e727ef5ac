/** A locale Yizhan ships messages for. zh-CN is the default everywhere. */
export type Locale = 'zh-CN' | 'en';

/** Every locale Yizhan ships, default first. */
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** The locale used when none is given. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * Text a coordinator writes in a definition: one string for every locale, or one string
 * per locale (`{ "zh-CN": "姓名", "en": "Name" }`).
 */
export type LocalizedText = string | Partial<Record<Locale, string>>;

/**
 * Picks the text for `locale` from a {@link LocalizedText}, falling back to zh-CN, then to
 * any locale present, then to the empty string.
 *
 * @example
 * localize({ 'zh-CN': '姓名', en: 'Name' }, 'en'); // 'Name'
 */
export function localize(text: LocalizedText | undefined, locale: Locale = DEFAULT_LOCALE): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text[DEFAULT_LOCALE] ?? Object.values(text).find(Boolean) ?? '';
}

/** Tells whether a value names a locale Yizhan ships; use it to check user input. */
export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}
