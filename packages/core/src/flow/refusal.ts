import type { Issue, RawIssue } from '../form/issues';
import type { Locale } from '../i18n/locale';
import { formatFlowMessage } from './messages';

/**
 * A user action the runtime refused, as data: a stable `code`, a localized `message`
 * that says what to do, and for an invalid payload the issues per field.
 * Codes: unknown_instance, instance_done, stale_version, unknown_task, not_allowed,
 * unknown_action, comment_required, invalid_payload, unknown_event, already_signed_up,
 * signup_full, not_signed_up, migration_unmapped, migration_unknown_step.
 */
export interface Refusal {
  readonly ok: false;
  readonly code: string;
  readonly message: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly issues: readonly Issue[];
}

/** Builds a {@link Refusal} with its message in `locale`. */
export function refuse(
  code: string,
  params: Readonly<Record<string, unknown>>,
  locale: Locale,
  issues: readonly Issue[] = [],
): Refusal {
  return { ok: false, code, message: formatFlowMessage(code, params, locale), params, issues };
}

/** Builds a {@link Refusal} from a step's raw issue. */
export function refuseWith(raw: RawIssue, locale: Locale): Refusal {
  return refuse(raw.code, raw.params, locale);
}
