/**
 * Copies of JSON rows for the memory store, without going through JSON text: strings are
 * immutable, so a copy shares them and builds only new objects and arrays.
 */

const OBJECT_PROTOTYPE = Object.prototype;

/**
 * A copy of `value` exactly as `JSON.parse(JSON.stringify(value))` would give it, for plain
 * objects, arrays and primitives built fast; anything else (a `Date`, an object with
 * `toJSON`, a class instance) goes through JSON text. Object keys that are `undefined`,
 * functions or symbols are left out, in arrays they become `null`, and numbers that are
 * not finite become `null`. Throws like `JSON.stringify` for a `bigint`, or for a value
 * that contains itself.
 *
 * @example
 * jsonCopy({ at: 'x', skip: undefined, list: [undefined, Number.NaN] }) // { at: 'x', list: [null, null] }
 */
export function jsonCopy<T>(value: T): T {
  return copyValue(value, 0) as T;
}

// Past this depth a value is copied through JSON text, which also reports a cycle.
const MAX_DEPTH = 64;

function copyValue(value: unknown, depth: number): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      // JSON writes -0 as 0 and has no NaN or Infinity.
      return Number.isFinite(value) ? (value === 0 ? 0 : value) : null;
    case 'object':
      if (value === null) return null;
      if (depth > MAX_DEPTH) return JSON.parse(JSON.stringify(value));
      if (Array.isArray(value)) return copyArray(value, depth + 1);
      if (Object.getPrototypeOf(value) === OBJECT_PROTOTYPE && !('toJSON' in value))
        return copyObject(value as Record<string, unknown>, depth + 1);
      return viaText(value);
    case 'bigint':
      return viaText(value);
    default:
      // undefined, functions and symbols: left out of objects, null in arrays.
      return undefined;
  }
}

function copyArray(value: readonly unknown[], depth: number): unknown[] {
  const length = value.length;
  const out = new Array<unknown>(length);
  for (let index = 0; index < length; index += 1) {
    const item = copyValue(value[index], depth);
    out[index] = item === undefined ? null : item;
  }
  return out;
}

function copyObject(value: Record<string, unknown>, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const item = copyValue(value[key], depth);
    if (item === undefined) continue;
    // `JSON.parse` makes "__proto__" an own key; assigning it would set the prototype.
    if (key === '__proto__')
      Object.defineProperty(out, key, {
        value: item,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else out[key] = item;
  }
  return out;
}

/** Copies a value `JSON.stringify` treats specially (toJSON, boxed primitives, classes). */
function viaText(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
}

/**
 * A copy of a value that is already plain JSON (what {@link jsonCopy} made): new objects
 * and arrays, shared strings, no checks.
 */
export function plainCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const length = value.length;
    const out = new Array<unknown>(length);
    for (let index = 0; index < length; index += 1) out[index] = plainCopy(value[index]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (key === '__proto__')
      Object.defineProperty(out, key, {
        value: plainCopy((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else out[key] = plainCopy((value as Record<string, unknown>)[key]);
  }
  return out as T;
}
