import { DEFAULT_LOCALE, type Locale } from '@yizhan/core/i18n';

/**
 * Picks the message locale from an `Accept-Language` header: the most preferred of
 * zh-CN (any `zh`) and en (any `en`), zh-CN when neither is named.
 *
 * @example
 * pickLocale('en-US,en;q=0.9,zh-CN;q=0.8'); // 'en'
 */
export function pickLocale(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  let best: { locale: Locale; q: number } | null = null;
  for (const part of header.split(',').slice(0, 20)) {
    const [tag = '', ...params] = part.trim().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q) || q <= 0) continue;
    const lower = tag.trim().toLowerCase();
    const locale: Locale | null =
      lower === 'zh' || lower.startsWith('zh-')
        ? 'zh-CN'
        : lower === 'en' || lower.startsWith('en-')
          ? 'en'
          : null;
    if (locale !== null && (best === null || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? DEFAULT_LOCALE;
}
