import type { Issue } from '@yizhan/core/form';
import type { Locale } from '@yizhan/core/i18n';
import { formatServerMessage } from './messages';

/**
 * An error answer: `{ code, path, message }` like every Yizhan issue, plus the issues per
 * field when there are several. `path` is a JSON pointer into the request body ("" for
 * the request as a whole).
 */
export interface Problem {
  readonly code: string;
  readonly path: string;
  readonly message: string;
  readonly issues?: readonly Issue[];
}

/** An HTTP error answer: the status and the {@link Problem} body. */
export interface ProblemResponse {
  readonly status: number;
  readonly body: Problem;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Thrown inside a route to answer with a problem; the app turns it into the response. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Readonly<Record<string, unknown>> = {},
    readonly issues: readonly Issue[] = [],
    readonly path = '',
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(code);
    this.name = 'HttpProblem';
  }

  /** The problem's response in a locale. */
  toResponse(locale: Locale): ProblemResponse {
    const body: Problem = {
      code: this.code,
      path: this.path,
      message: formatServerMessage(this.code, this.params, locale),
      ...(this.issues.length > 0 ? { issues: this.issues } : {}),
    };
    return { status: this.status, body, headers: this.headers };
  }
}

/** HTTP statuses of the runtime's refusal codes; anything else is 422. */
const REFUSAL_STATUS: Readonly<Record<string, number>> = {
  unknown_instance: 404,
  unknown_job: 404,
  not_allowed: 403,
  stale_version: 409,
  instance_done: 409,
  unknown_task: 409,
  unknown_event: 409,
  already_signed_up: 409,
  signup_full: 409,
  not_signed_up: 409,
};

/** The HTTP status for a runtime refusal code. */
export function refusalStatus(code: string): number {
  return REFUSAL_STATUS[code] ?? 422;
}
