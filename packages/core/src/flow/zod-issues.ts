import type * as z from 'zod';
import { toJsonPointer } from '../form';
import type { RawIssue } from '../form/issues';
import { FLOW_SCHEMA_VERSION } from './schema';

type ZodIssue = z.core.$ZodIssue;

/** Names a JSON value's type the way a definition's author would: "array", "null", … */
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

const expectedNames: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'number',
  int: 'whole number',
  boolean: 'true/false',
  object: 'object',
  array: 'array',
};

/** Codes whose zod error message is a flow message code (regex formats). */
const FORMAT_CODES = new Set([
  'invalid_step_id',
  'invalid_role_id',
  'invalid_flow_id',
  'invalid_form_id',
]);

/**
 * Translates zod's issues for a flow definition (or an action payload) into issues with
 * JSON pointers and codes of the flow message catalog. `base` is the path of the checked
 * value inside `input`.
 */
export function flowZodIssues(
  issues: readonly ZodIssue[],
  input: unknown,
  base: readonly PropertyKey[] = [],
): RawIssue[] {
  return issues.flatMap((issue) => translate(issue, input, [...base, ...issue.path]));
}

function translate(issue: ZodIssue, input: unknown, path: PropertyKey[]): RawIssue[] {
  const received = valueAt(input, path);
  const at = (code: string, params: RawIssue['params'], where = path): RawIssue[] => [
    { code, path: toJsonPointer(where), params },
  ];
  if (
    received === undefined &&
    path.length > 0 &&
    (issue.code === 'invalid_type' ||
      issue.code === 'invalid_value' ||
      issue.code === 'invalid_union')
  )
    return at('missing_property', { property: String(path.at(-1)) });
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int' || (issue.expected === 'number' && typeof received === 'number'))
        return at('not_an_integer', {});
      return at('invalid_type', {
        expected: expectedNames[issue.expected] ?? issue.expected,
        received: describeType(received),
      });
    case 'unrecognized_keys':
      return issue.keys.flatMap((key) => at('unknown_property', { property: key }, [...path, key]));
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator)
        return at('invalid_value', { received, expected: ['goto', 'reassign', 'notify'] }, [
          ...path,
          issue.discriminator,
        ]);
      const aimed = issue.errors.find(
        (branch) =>
          !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
      );
      if (aimed) return flowZodIssues(aimed, input, path);
      return at('invalid_type', {
        expected: 'text or { "zh-CN": …, "en": … }',
        received: describeType(received),
      });
    }
    case 'invalid_value':
      if (path.length === 1 && path[0] === 'schemaVersion')
        return at('unsupported_schema_version', { received, supported: FLOW_SCHEMA_VERSION });
      return at('invalid_value', { expected: issue.values, received });
    case 'too_small':
      return at('too_small', { minimum: Number(issue.minimum), origin: issue.origin });
    case 'too_big':
      return at('too_big', { maximum: Number(issue.maximum), origin: issue.origin });
    case 'invalid_format':
      if (FORMAT_CODES.has(issue.message)) return at(issue.message, { received });
      return at('invalid_format', { received, format: issue.format });
    case 'custom': {
      const code = (issue as { params?: { code?: string } }).params?.code;
      return code ? at(code, { received }) : at('invalid', { detail: issue.message });
    }
    default:
      return at('invalid', { detail: issue.message });
  }
}
