import type { Locale, LocalizedText } from '../../i18n/locale';
import { type Draft, isDraft } from '../finish';
import type { IssueSink } from '../import-issues';
import { pointer } from '../shared';

/** The Yizhan locale of a SurveyJS locale code (`zh-cn`, `en`), if Yizhan ships it. */
export function yizhanLocale(code: unknown): Locale | undefined {
  if (typeof code !== 'string') return undefined;
  const lower = code.toLowerCase();
  if (lower === 'zh-cn' || lower === 'zh' || lower === 'zh-hans') return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return undefined;
}

/**
 * Reads SurveyJS texts: a string, or a localized object `{ "default": …, "zh-cn": … }` whose
 * `default` is in the survey's locale (English when the survey names none, as in SurveyJS).
 */
export class SurveyText {
  private readonly defaultLocale: Locale;

  constructor(
    surveyLocale: unknown,
    private readonly sink: IssueSink,
  ) {
    this.defaultLocale = yizhanLocale(surveyLocale) ?? 'en';
  }

  /** The text at `path`, or undefined when there is none (or nothing but blanks). */
  read(value: unknown, path: string): LocalizedText | undefined {
    if (typeof value === 'string') return this.check(value, path);
    if (!isDraft(value)) return undefined;
    const texts: Partial<Record<Locale, string>> = {};
    const fallback = this.check((value as Draft).default, pointer(path, 'default'));
    if (fallback !== undefined) texts[this.defaultLocale] = fallback;
    for (const [code, text] of Object.entries(value)) {
      if (code === 'default') continue;
      const locale = yizhanLocale(code);
      if (!locale) {
        this.sink.add('locale_dropped', pointer(path, code), { locale: code });
        continue;
      }
      const checked = this.check(text, pointer(path, code));
      if (checked !== undefined) texts[locale] = checked;
    }
    const locales = Object.keys(texts) as Locale[];
    if (locales.length === 0) return undefined;
    // Only a default: the same text in every locale.
    if (locales.length === 1 && fallback !== undefined) return fallback;
    return texts;
  }

  /** Like {@link read}, for the plain text of a string or the default of a localized one. */
  plain(value: unknown): string | undefined {
    if (typeof value === 'string') return value.trim() || undefined;
    if (!isDraft(value)) return undefined;
    const first = value.default ?? Object.values(value).find((text) => typeof text === 'string');
    return typeof first === 'string' ? first.trim() || undefined : undefined;
  }

  private check(text: unknown, path: string): string | undefined {
    if (typeof text !== 'string' || text.trim() === '') return undefined;
    const placeholder = /\{[^{}]+\}/.exec(text);
    if (placeholder) this.sink.add('text_piping', path, { placeholder: placeholder[0] });
    return text.trim();
  }
}
