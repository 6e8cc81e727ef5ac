import { type Locale, type LocalizedText, localize } from '../i18n/locale';
import { formatMessage, type MessageParams } from './messages';

/**
 * A problem found in data or in a definition, as data: a stable `code` for programs, a
 * `path` (JSON pointer into the checked document) and a `message` for people that says
 * how to fix it, in the requested locale.
 */
export interface Issue {
  readonly code: string;
  readonly path: string;
  readonly message: string;
  readonly params?: MessageParams;
}

/** The outcome of a check: the accepted value, or every issue found. */
export type CheckResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** An issue before it has a message: what `formatIssue` turns into an {@link Issue}. */
export interface RawIssue {
  readonly code: string;
  readonly path: string;
  readonly params: MessageParams;
}

/** Gives a {@link RawIssue} its message in `locale`. */
export function formatIssue(raw: RawIssue, locale: Locale): Issue {
  // A rule may carry the coordinator's own message; it wins over the built-in one.
  const custom = raw.params.message as LocalizedText | undefined;
  const message =
    custom !== undefined ? localize(custom, locale) : formatMessage(raw.code, raw.params, locale);
  return { ...raw, message };
}
