/** The kinds of a single (non-list, non-object) value. */
export type ScalarKind =
  | 'string'
  | 'number'
  | 'boolean'
  | 'date'
  | 'time'
  | 'datetime'
  | 'null'
  | 'any';

/** The static type of a value or a field, for checking. */
export type ExprType =
  | { readonly kind: ScalarKind }
  | { readonly kind: 'list'; readonly item: ExprType }
  // A structured field, or one row of a repeat group.
  | { readonly kind: 'object'; readonly fields: Readonly<Record<string, ExprType>> };

/**
 * What names mean where an expression is written: the form's fields, and the current
 * row's fields when the expression sits inside a repeat group.
 */
export interface ExprEnvironment {
  readonly fields: Readonly<Record<string, ExprType>>;
  readonly row?: Readonly<Record<string, ExprType>>;
}

const scalar = <K extends ScalarKind>(kind: K): { readonly kind: K } => ({ kind });

/**
 * Ready-made types for building an {@link ExprEnvironment}.
 *
 * @example
 * const env = { fields: { age: exprTypes.number, items: exprTypes.list(exprTypes.object({ qty: exprTypes.number })) } };
 */
export const exprTypes = {
  string: scalar('string'),
  number: scalar('number'),
  boolean: scalar('boolean'),
  date: scalar('date'),
  time: scalar('time'),
  datetime: scalar('datetime'),
  null: scalar('null'),
  any: scalar('any'),
  list: (item: ExprType): ExprType => ({ kind: 'list', item }),
  object: (fields: Readonly<Record<string, ExprType>>): ExprType => ({ kind: 'object', fields }),
} as const;

/** Short name of {@link exprTypes}, like zod's `z`: `t.list(t.string)`. */
export const t = exprTypes;

/**
 * Writes a type the way issue params carry it: `number`, `list<date>`, `object`.
 * Messages turn this text into words of the reader's locale.
 */
export function formatType(type: ExprType): string {
  if (type.kind === 'list') return `list<${formatType(type.item)}>`;
  return type.kind;
}

/** Tells whether two types are the same type. */
export function sameType(a: ExprType, b: ExprType): boolean {
  if (a.kind === 'list' && b.kind === 'list') return sameType(a.item, b.item);
  if (a.kind === 'object' && b.kind === 'object') {
    const keys = Object.keys(a.fields);
    if (keys.length !== Object.keys(b.fields).length) return false;
    return keys.every((key) => {
      const other = Object.hasOwn(b.fields, key) ? b.fields[key] : undefined;
      const mine = a.fields[key];
      return other !== undefined && mine !== undefined && sameType(mine, other);
    });
  }
  return a.kind === b.kind;
}

/**
 * The type of a value that is either `a` or `b` (list items, `if` branches, `coalesce`
 * arguments): null gives way to the other type; types that differ widen to `any`.
 */
export function unifyTypes(a: ExprType, b: ExprType): ExprType {
  if (a.kind === 'null') return b;
  if (b.kind === 'null') return a;
  if (a.kind === 'any' || b.kind === 'any') return t.any;
  if (a.kind === 'list' && b.kind === 'list') return t.list(unifyTypes(a.item, b.item));
  return sameType(a, b) ? a : t.any;
}

/** Dates, times and date-times: values stored as ISO text that compare in time order. */
export const isTemporal = (type: ExprType): boolean =>
  type.kind === 'date' || type.kind === 'time' || type.kind === 'datetime';

/** Tells whether a value of this type may be unknown until run time (`any`) or empty (`null`). */
export const isLoose = (type: ExprType): boolean => type.kind === 'any' || type.kind === 'null';

/**
 * Tells whether `==`, `!=`, `in` and `contains` may compare values of these types: the same
 * kind, or anything against null or any, or a date, time or date-time against text (a
 * literal like `'2026-01-01'`), or lists of comparable items, or two objects.
 */
export function comparableTypes(a: ExprType, b: ExprType): boolean {
  if (isLoose(a) || isLoose(b)) return true;
  if (a.kind === 'list' && b.kind === 'list') return comparableTypes(a.item, b.item);
  if (a.kind === 'list' || b.kind === 'list') return false;
  if (a.kind === b.kind) return true;
  if ((isTemporal(a) && b.kind === 'string') || (isTemporal(b) && a.kind === 'string')) return true;
  // A date against a date-time: the date stands for its midnight.
  return (
    (a.kind === 'date' && b.kind === 'datetime') || (a.kind === 'datetime' && b.kind === 'date')
  );
}

/**
 * Tells whether `<`, `<=`, `>` and `>=` may order values of these types: numbers with
 * numbers, text with text, and dates, times and date-times with their own kind or with text.
 */
export function orderableTypes(a: ExprType, b: ExprType): boolean {
  const orderable = (type: ExprType): boolean =>
    isLoose(type) || type.kind === 'number' || type.kind === 'string' || isTemporal(type);
  if (!orderable(a) || !orderable(b)) return false;
  return comparableTypes(a, b);
}
