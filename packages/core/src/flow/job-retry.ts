import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import type { Refusal } from './refusal';

/**
 * How the runtime retries a job whose handler threw (an SMS gateway down, a host hook
 * failing): after the n-th failure in a row the job is due again at
 * `now + min(baseMs × 2^(n-1), capMs)`, shortened by up to `jitter` of it at random so
 * that jobs that failed together do not run again together. After `maxAttempts` failures
 * the job is not retried until `runtime.retryJob` re-arms it.
 */
export interface JobRetryOptions {
  /** The delay after the first failure. Default 1,000 ms. */
  readonly baseMs?: number;
  /** The longest delay. Default 600,000 ms (10 minutes). */
  readonly capMs?: number;
  /** Failures in a row after which the job stops. Default 10. */
  readonly maxAttempts?: number;
  /** The share of a delay taken off at random, 0 to 1. Default 0.2. */
  readonly jitter?: number;
  /** Random numbers in [0, 1) for the jitter; tests pass a fixed one. Default `Math.random`. */
  readonly random?: () => number;
}

/** {@link JobRetryOptions} with every default filled in. */
export type JobRetryPolicy = Required<JobRetryOptions>;

/** The defaults of {@link JobRetryOptions}. */
export const DEFAULT_JOB_RETRY: JobRetryPolicy = {
  baseMs: 1000,
  capMs: 600_000,
  maxAttempts: 10,
  jitter: 0.2,
  random: Math.random,
};

/** Fills in the defaults of {@link JobRetryOptions} and checks the numbers. */
export function jobRetryPolicy(options: JobRetryOptions = {}): JobRetryPolicy {
  const policy = { ...DEFAULT_JOB_RETRY, ...options };
  const { baseMs, capMs, maxAttempts, jitter } = policy;
  if (!(Number.isFinite(baseMs) && baseMs > 0 && Number.isFinite(capMs) && capMs >= baseMs))
    throw new RangeError(
      `jobRetry needs 0 < baseMs <= capMs (finite milliseconds), got baseMs ${baseMs} and capMs ${capMs}.`,
    );
  if (!(Number.isInteger(maxAttempts) && maxAttempts >= 1))
    throw new RangeError(
      `jobRetry.maxAttempts must be a whole number of at least 1, got ${maxAttempts}.`,
    );
  if (!(jitter >= 0 && jitter <= 1))
    throw new RangeError(`jobRetry.jitter must be between 0 and 1, got ${jitter}.`);
  return policy;
}

/**
 * The delay in milliseconds before the next run of a job that has now failed `attempts`
 * times in a row: `min(baseMs × 2^(attempts-1), capMs)`, less up to `jitter` of it.
 *
 * @example
 * retryDelay(3, { ...DEFAULT_JOB_RETRY, jitter: 0 }); // 4000
 */
export function retryDelay(attempts: number, policy: JobRetryPolicy): number {
  const exponent = Math.min(Math.max(attempts, 1) - 1, 62);
  const full = Math.min(policy.baseMs * 2 ** exponent, policy.capMs);
  return Math.round(full * (1 - policy.jitter * policy.random()));
}

/** The codes of {@link FlowRuntime.retryJob}'s refusals. */
export type JobRetryRefusalCode = 'unknown_instance' | 'instance_done' | 'unknown_job';

const MESSAGES: Record<
  JobRetryRefusalCode,
  Record<Locale, (params: Readonly<Record<string, unknown>>) => string>
> = {
  unknown_instance: {
    'zh-CN': (p) => `找不到实例 "${p.instance}"，请检查编号是否正确。`,
    en: (p) => `There is no instance "${p.instance}". Check the id.`,
  },
  instance_done: {
    'zh-CN': () => '该实例已结束，没有可重试的任务。',
    en: () => 'The instance has finished: it has no job to retry.',
  },
  unknown_job: {
    'zh-CN': (p) =>
      `实例当前没有后台任务 "${p.job}"，可重试的有：${(p.jobs as string[]).join('、') || '（无）'}。`,
    en: (p) =>
      `The instance has no job "${p.job}" now. Jobs it has: ${(p.jobs as string[]).join(', ') || '(none)'}.`,
  },
};

/** A refusal of `retryJob`, with its message in `locale`. */
export function refuseJobRetry(
  code: JobRetryRefusalCode,
  params: Readonly<Record<string, unknown>>,
  locale: Locale = DEFAULT_LOCALE,
): Refusal {
  const messages = MESSAGES[code];
  const format = messages[locale] ?? messages[DEFAULT_LOCALE];
  return { ok: false, code, message: format(params), params, issues: [] };
}
