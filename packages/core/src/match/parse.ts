import * as z from 'zod';
import type { CheckResult, Issue } from '../form/issues';
import { toJsonPointer } from '../form/json-pointer';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { type MatchConfig, matchConfigSchema } from './config';
import { formatMatchMessage, type MatchMessageParams } from './messages';
import {
  type MatchRequest,
  matchRequestSchema,
  type Team,
  teamSchema,
  type Volunteer,
  volunteerSchema,
} from './schema';

/** Options of the `parse*` functions of the matching engine. */
export interface ParseMatchOptions {
  /** The language of the issue messages; zh-CN when not given. */
  readonly locale?: Locale;
}

const typeNames: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'number',
  int: 'whole number',
  boolean: 'true/false',
  object: 'object',
  array: 'array',
};

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value === undefined) return 'nothing';
  return typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function translate(
  issue: z.core.$ZodIssue,
  input: unknown,
): { code: string; params: MatchMessageParams } {
  const received = valueAt(input, issue.path);
  if (received === undefined && issue.path.length > 0 && issue.code === 'invalid_type') {
    return { code: 'missing_property', params: { property: String(issue.path.at(-1)) } };
  }
  switch (issue.code) {
    case 'invalid_type':
      if (
        issue.expected === 'int' ||
        (issue.expected === 'number' && typeof received === 'number')
      ) {
        return { code: 'not_an_integer', params: {} };
      }
      return {
        code: 'invalid_type',
        params: {
          expected: typeNames[issue.expected] ?? issue.expected,
          received: describeType(received),
        },
      };
    case 'unrecognized_keys':
      return { code: 'unknown_property', params: { property: issue.keys.join(', ') } };
    case 'invalid_value':
      return { code: 'invalid_value', params: { expected: issue.values, received } };
    case 'too_small':
      return {
        code: 'too_small',
        params: { minimum: Number(issue.minimum), origin: issue.origin },
      };
    case 'too_big':
      return { code: 'too_big', params: { maximum: Number(issue.maximum), origin: issue.origin } };
    case 'custom': {
      const code = (issue.params as { code?: string } | undefined)?.code;
      return code
        ? { code, params: { received } }
        : { code: 'invalid', params: { detail: issue.message } };
    }
    default:
      return { code: 'invalid', params: { detail: issue.message } };
  }
}

/** Turns zod's issues into matching issues with JSON pointers and localized messages. */
function toIssues(error: z.ZodError, input: unknown, locale: Locale): Issue[] {
  return error.issues.map((issue) => {
    const { code, params } = translate(issue, input);
    return {
      code,
      path: toJsonPointer(issue.path),
      params,
      message: formatMatchMessage(code, params, locale),
    };
  });
}

function duplicateIds(records: readonly { id: string }[], locale: Locale): Issue[] {
  const first = new Map<string, number>();
  const issues: Issue[] = [];
  records.forEach((record, index) => {
    const seen = first.get(record.id);
    if (seen === undefined) first.set(record.id, index);
    else {
      const params = { id: record.id, first: toJsonPointer([seen, 'id']) };
      issues.push({
        code: 'duplicate_id',
        path: toJsonPointer([index, 'id']),
        params,
        message: formatMatchMessage('duplicate_id', params, locale),
      });
    }
  });
  return issues;
}

function parseWith<T>(
  schema: z.ZodType<T>,
  input: unknown,
  options: ParseMatchOptions,
): CheckResult<T> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error, input, locale) };
  return { ok: true, value: parsed.data };
}

function parseList<T extends { id: string }>(
  schema: z.ZodType<T>,
  input: unknown,
  options: ParseMatchOptions,
): CheckResult<T[]> {
  const result = parseWith(z.array(schema), input, options);
  if (!result.ok) return result;
  const issues = duplicateIds(result.value, options.locale ?? DEFAULT_LOCALE);
  return issues.length > 0 ? { ok: false, issues } : result;
}

/**
 * Checks a list of volunteer records (from a store or an import) and returns them typed
 * with defaults applied, or every issue with its JSON pointer. Never throws on bad input.
 *
 * @example
 * const result = parseVolunteers(rows, { locale: 'en' });
 * if (result.ok) pool = createPool(result.value);
 */
export function parseVolunteers(
  input: unknown,
  options: ParseMatchOptions = {},
): CheckResult<Volunteer[]> {
  return parseList(volunteerSchema, input, options);
}

/** Checks a list of service team records; see {@link parseVolunteers}. */
export function parseTeams(input: unknown, options: ParseMatchOptions = {}): CheckResult<Team[]> {
  return parseList(teamSchema, input, options);
}

/** Checks one request (a micro-wish or service need) to match. */
export function parseMatchRequest(
  input: unknown,
  options: ParseMatchOptions = {},
): CheckResult<MatchRequest> {
  return parseWith(matchRequestSchema, input, options);
}

/** Checks a batch of requests for `assignBatch`; ids must be unique. */
export function parseMatchRequests(
  input: unknown,
  options: ParseMatchOptions = {},
): CheckResult<MatchRequest[]> {
  return parseList(matchRequestSchema, input, options);
}

/** Checks a `match` step configuration and fills in the defaults. */
export function parseMatchConfig(
  input: unknown,
  options: ParseMatchOptions = {},
): CheckResult<MatchConfig> {
  return parseWith(matchConfigSchema, input, options);
}
