import { isDateTimeText, isTimeText, parseDate, toInstant } from './clock';
import type { ExprType } from './types';

/**
 * Run-time values: text, finite numbers, booleans, null, arrays and plain objects. Dates,
 * times and date-times are ISO text. Anything else counts as a type surprise.
 */

/** Tells whether a value is a plain object (a structured field's value or a repeat row). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Reads an own property only, so `constructor` or `__proto__` never leak in. */
export const ownValue = (record: Readonly<Record<string, unknown>>, key: string): unknown =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/**
 * Makes data read from a field fit its declared type: a value of another type (a number
 * where text was declared, say) becomes null, as does `undefined`, and an empty text answer
 * is null. Lists are fitted item by item; object members are fitted when they are read.
 */
export function conform(value: unknown, type: ExprType): unknown {
  if (value === undefined || value === null || value === '') return null;
  switch (type.kind) {
    case 'string':
      return typeof value === 'string' ? value : null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    case 'date':
      return typeof value === 'string' && parseDate(value) ? value : null;
    case 'time':
      return typeof value === 'string' && isTimeText(value) ? value : null;
    case 'datetime':
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
      return typeof value === 'string' && isDateTimeText(value) ? value : null;
    case 'list':
      return Array.isArray(value) ? value.map((item) => conform(item, type.item)) : null;
    case 'object':
      return isRecord(value) ? value : null;
    case 'null':
      return null;
    case 'any':
      return conformAny(value);
  }
}

function conformAny(value: unknown): unknown {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value) || isRecord(value)) return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return null;
}

/** Tells whether a value counts as empty: null, '' or []. */
export const isEmptyValue = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/** Null for an empty value, so '' equals null in `==`. */
const normalize = (value: unknown): unknown => (value === undefined || value === '' ? null : value);

/**
 * Equality of `==`: values of one type compare by content (lists item by item, objects
 * field by field); two date-times compare as instants; '' equals null.
 */
export function valuesEqual(a: unknown, b: unknown, timeZone: string): boolean {
  const x = normalize(a);
  const y = normalize(b);
  if (x === y) return true;
  if (typeof x === 'string' && typeof y === 'string') return compareText(x, y, timeZone) === 0;
  if (Array.isArray(x) && Array.isArray(y)) {
    return x.length === y.length && x.every((item, i) => valuesEqual(item, y[i], timeZone));
  }
  if (isRecord(x) && isRecord(y)) {
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    return [...keys].every((key) => valuesEqual(ownValue(x, key), ownValue(y, key), timeZone));
  }
  return false;
}

// Instants when both are dates or date-times and one has a time part; text order otherwise
// (which is time order for ISO dates and for times).
function compareText(a: string, b: string, timeZone: string): number {
  if (a === b) return 0;
  if (isDateTimeText(a) || isDateTimeText(b)) {
    const x = toInstant(a, timeZone);
    const y = toInstant(b, timeZone);
    if (x !== undefined && y !== undefined) return Math.sign(x - y);
  }
  return a < b ? -1 : 1;
}

/**
 * Orders two values for `<`, `min()` and `max()`: numbers by size, text (and ISO dates and
 * times) in order. Undefined when either is null or they cannot be ordered.
 */
export function compareValues(a: unknown, b: unknown, timeZone: string): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return Math.sign(a - b);
  if (typeof a === 'string' && typeof b === 'string') return compareText(a, b, timeZone);
  return undefined;
}

/** A finite number, or null for anything else (NaN and infinities included). */
export const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);
