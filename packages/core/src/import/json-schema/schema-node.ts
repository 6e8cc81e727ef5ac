import { type Draft, isDraft } from '../finish';
import type { IssueSink } from '../import-issues';
import { pointer } from '../shared';

/**
 * A subschema with its `$ref` resolved: the keywords that apply, and where each one is
 * written in the source (a keyword beside a `$ref` wins over the referenced definition's).
 */
export interface SchemaNode {
  readonly schema: Draft;
  /** Where this subschema is used in the source, e.g. `/properties/phone`. */
  readonly path: string;
  /** The source path of one of its keywords, for issues. */
  at(keyword: string, ...more: readonly (string | number)[]): string;
  /** The `$ref`s followed to reach this node, to stop at a recursive definition. */
  readonly refs: ReadonlySet<string>;
}

const LOCAL_REF = /^#\/(\$defs|definitions)\/([^/]+)$/;

/**
 * Resolves a subschema written at `path`, following local `$ref`s to `#/$defs/…` or
 * `#/definitions/…`. Reports other references, missing definitions and recursion, and
 * returns undefined for them.
 */
export function resolveSchema(
  root: Draft,
  schema: unknown,
  path: string,
  sink: IssueSink,
  refs: ReadonlySet<string> = new Set(),
): SchemaNode | undefined {
  if (!isDraft(schema)) {
    sink.add('unsupported_type', path, { type: JSON.stringify(schema) });
    return undefined;
  }
  const own: SchemaNode = {
    schema,
    path,
    at: (keyword, ...more) => pointer(path, keyword, ...more),
    refs,
  };
  const ref = schema.$ref;
  if (ref === undefined) return own;
  const refPath = pointer(path, '$ref');
  const match = typeof ref === 'string' ? LOCAL_REF.exec(ref) : null;
  const container = match ? root[match[1] as string] : undefined;
  const name = match
    ? decodeURIComponent(match[2] as string)
        .replaceAll('~1', '/')
        .replaceAll('~0', '~')
    : '';
  const target = isDraft(container) && Object.hasOwn(container, name) ? container[name] : undefined;
  if (!match || target === undefined) {
    sink.add('unresolved_ref', refPath, { ref });
    return undefined;
  }
  if (refs.has(ref as string)) {
    sink.add('ref_cycle', refPath, { ref });
    return undefined;
  }
  const resolved = resolveSchema(
    root,
    target,
    pointer('', match[1] as string, name),
    sink,
    new Set([...refs, ref as string]),
  );
  if (!resolved) return undefined;
  const { $ref: _ref, ...siblings } = schema;
  return {
    schema: { ...resolved.schema, ...siblings },
    path,
    at: (keyword, ...more) =>
      Object.hasOwn(siblings, keyword)
        ? pointer(path, keyword, ...more)
        : resolved.at(keyword, ...more),
    refs: resolved.refs,
  };
}
