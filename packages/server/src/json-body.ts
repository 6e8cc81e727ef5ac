import type { z } from '@yizhan/core/flow';
import type { Issue } from '@yizhan/core/form';
import { toJsonPointer } from '@yizhan/core/form';
import type { Locale } from '@yizhan/core/i18n';
import { formatServerMessage } from './messages';
import { HttpProblem } from './problem';

/** Keys that could reach an object's prototype if some code merged the body naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** How deeply a JSON body may nest; deeper bodies are refused before anything walks them. */
export const MAX_JSON_DEPTH = 32;

/** Decodes strict UTF-8; `decode` of a whole buffer keeps no state, so one serves every request. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit)
    throw new HttpProblem(413, 'body_too_large', { limit });
  // A declared length within the limit: read it in one go. (Touching `request.body` would
  // make the Node adapter build a web stream for it, which costs more than the request.)
  if (declared !== null) {
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.byteLength > limit) throw new HttpProblem(413, 'body_too_large', { limit });
    return bytes;
  }
  if (request.body === null) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new HttpProblem(413, 'body_too_large', { limit });
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Tells, in one walk that stops early, that a parsed body has no forbidden key and is at
 * most {@link MAX_JSON_DEPTH} deep: the common case, which then skips the slower checks.
 */
function plainlySafe(value: unknown): boolean {
  const nodes: unknown[] = [value];
  const depths: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop();
    const depth = depths.pop() as number;
    if (node === null || typeof node !== 'object') continue;
    if (depth > MAX_JSON_DEPTH) return false;
    if (Array.isArray(node)) {
      for (const item of node)
        if (item !== null && typeof item === 'object') {
          nodes.push(item);
          depths.push(depth + 1);
        }
      continue;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return false;
      const item = (node as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') {
        nodes.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return true;
}

function depthOf(value: unknown): number {
  // Iterative, so a hostile body cannot overflow the stack while we measure it.
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_JSON_DEPTH) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Reads a request's JSON body: at most `limit` bytes (413), `Content-Type:
 * application/json` (415), valid UTF-8 and JSON (400), no `__proto__`, `constructor` or
 * `prototype` keys (400) and at most {@link MAX_JSON_DEPTH} levels deep (400).
 */
export async function readJson(request: Request, limit: number): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type))
    throw new HttpProblem(415, 'unsupported_media_type');
  const bytes = await readLimited(request, limit);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new HttpProblem(400, 'not_json', { detail: 'not UTF-8' });
  }
  // Most bodies parse plainly and pass one walk; any other takes the checks below, which
  // name the first forbidden key as the parser met it (and a body too deep for the reviver
  // is not JSON), exactly as before.
  try {
    const plain: unknown = JSON.parse(text);
    if (plainlySafe(plain)) return plain;
  } catch (error) {
    throw new HttpProblem(400, 'not_json', { detail: (error as Error).message });
  }
  let forbidden: string | undefined;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, item) => {
      if (forbidden === undefined && FORBIDDEN_KEYS.has(key)) forbidden = key;
      return item;
    });
  } catch (error) {
    throw new HttpProblem(400, 'not_json', { detail: (error as Error).message });
  }
  if (forbidden !== undefined) throw new HttpProblem(400, 'forbidden_key', { key: forbidden });
  if (depthOf(value) > MAX_JSON_DEPTH)
    throw new HttpProblem(400, 'too_deep', { limit: MAX_JSON_DEPTH });
  return value;
}

const typeName = (expected: unknown): string => String(expected ?? 'value');

/** Turns zod issues about a request body into localized {@link Issue}s. */
export function bodyIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  locale: Locale,
): Issue[] {
  const out: Issue[] = [];
  const at = (path: readonly (string | number)[]): unknown => {
    let node = input;
    for (const part of path) {
      if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
      node = (node as Record<string | number, unknown>)[part];
    }
    return node;
  };
  for (const issue of issues) {
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push({
          code: 'unknown_property',
          path: toJsonPointer([...path, key]),
          message: formatServerMessage('unknown_property', { property: key }, locale),
        });
      continue;
    }
    if (issue.code === 'invalid_type' && path.length > 0 && at(path) === undefined) {
      out.push({
        code: 'missing_property',
        path: toJsonPointer(path),
        message: formatServerMessage('missing_property', { property: path.at(-1) }, locale),
      });
      continue;
    }
    if (issue.code === 'invalid_type') {
      out.push({
        code: 'invalid_type',
        path: toJsonPointer(path),
        message: formatServerMessage(
          'invalid_type',
          { expected: typeName(issue.expected) },
          locale,
        ),
      });
      continue;
    }
    out.push({
      code: 'invalid_value',
      path: toJsonPointer(path),
      message: formatServerMessage('invalid_value', { detail: issue.message }, locale),
    });
  }
  return out;
}

/** Checks a body against a zod schema; a 422 `invalid_body` problem with every issue otherwise. */
export function parseBody<T>(schema: z.ZodType<T>, value: unknown, locale: Locale): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new HttpProblem(422, 'invalid_body', {}, bodyIssues(parsed.error.issues, value, locale));
}
