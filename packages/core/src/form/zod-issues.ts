import type * as z from 'zod/mini';
import type { RawIssue } from './issues';
import { toJsonPointer } from './json-pointer';
import { hasMessage } from './messages';
import { FORM_SCHEMA_VERSION } from './schema';

type ZodIssue = z.core.$ZodIssue;

/** Names a JSON value's type the way a definition's author would: "array", "null", … */
export function describeType(value: unknown): string {
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

/**
 * Translates zod's issues for a definition into Yizhan issues with JSON pointers and
 * codes that say what to fix. Union failures are narrowed to the branch the input was
 * aiming at, so an author sees one useful issue instead of every alternative.
 */
export function fromZodIssues(
  issues: readonly ZodIssue[],
  input: unknown,
  itemTypes: readonly string[],
  base: PropertyKey[] = [],
): RawIssue[] {
  return issues.flatMap((issue) => translate(issue, input, itemTypes, [...base, ...issue.path]));
}

function translate(
  issue: ZodIssue,
  input: unknown,
  itemTypes: readonly string[],
  path: PropertyKey[],
): RawIssue[] {
  const received = valueAt(input, path);
  const at = (params: RawIssue['params'], code: string, where = path): RawIssue[] => [
    { code, path: toJsonPointer(where), params },
  ];
  const missing = received === undefined && path.length > 0;
  if (
    missing &&
    (issue.code === 'invalid_type' ||
      issue.code === 'invalid_value' ||
      issue.code === 'invalid_union')
  ) {
    return at({ property: String(path.at(-1)) }, 'missing_property');
  }
  switch (issue.code) {
    case 'invalid_type': {
      if (path.length === 0) return at({}, 'not_an_object');
      if (
        issue.expected === 'int' ||
        (issue.expected === 'number' && typeof received === 'number')
      ) {
        return at({}, 'not_an_integer');
      }
      return at(
        {
          expected: expectedNames[issue.expected] ?? issue.expected,
          received: describeType(received),
        },
        'invalid_type',
      );
    }
    case 'unrecognized_keys':
      return issue.keys.flatMap((key) => at({ property: key }, 'unknown_property', [...path, key]));
    case 'invalid_union':
      return translateUnion(issue, input, itemTypes, path, received);
    case 'invalid_value':
      if (path.at(-1) === 'schemaVersion' && path.length === 1) {
        return at({ received, supported: FORM_SCHEMA_VERSION }, 'unsupported_schema_version');
      }
      return at({ expected: issue.values, received }, 'invalid_value');
    case 'too_small':
      return at({ minimum: Number(issue.minimum), origin: issue.origin }, 'too_small');
    case 'too_big':
      return at({ maximum: Number(issue.maximum), origin: issue.origin }, 'too_big');
    case 'invalid_format':
    case 'custom': {
      // Yizhan's own checks name their message code in params.code, or as the zod message.
      const code = (issue as { params?: { code?: string } }).params?.code ?? issue.message;
      if (hasMessage(code)) return at({ ...(issue as { params?: object }).params, received }, code);
      return at({ detail: issue.message }, 'invalid');
    }
    default:
      return at({ detail: issue.message }, 'invalid');
  }
}

function translateUnion(
  issue: Extract<ZodIssue, { code: 'invalid_union' }>,
  input: unknown,
  itemTypes: readonly string[],
  path: PropertyKey[],
  received: unknown,
): RawIssue[] {
  // zod reports an unmatched discriminator at the discriminator itself: /fields/0/type.
  if ('discriminator' in issue && issue.discriminator === 'type') {
    return [
      {
        code: 'unknown_field_type',
        path: toJsonPointer(path),
        params: { received, allowed: itemTypes },
      },
    ];
  }
  // Pick the alternative the author meant: the one that did not fail on the value's type.
  const aimed = issue.errors.find(
    (branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
  );
  if (aimed) return fromZodIssues(aimed, input, itemTypes, path);
  const expected = issue.errors.flatMap((branch) =>
    branch.flatMap((inner) => (inner.code === 'invalid_type' ? [inner.expected] : [])),
  );
  // The one union of text and object in definitions is localized text: show its shape.
  const description =
    expected.includes('string') && expected.includes('object')
      ? 'text or { "zh-CN": …, "en": … }'
      : expected.map((name) => expectedNames[name] ?? name).join(' / ');
  return [
    {
      code: 'invalid_type',
      path: toJsonPointer(path),
      params: { expected: description, received: describeType(received) },
    },
  ];
}
