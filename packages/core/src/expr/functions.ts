import { dateAt, epochDay, formatDate, fullYears, readDate, toCivilDate } from './clock';
import { type ExprType, exprTypes as t, unifyTypes } from './types';
import { compareValues, finite, isEmptyValue } from './values';

/** What a function needs at run time besides its arguments. */
export interface RuntimeContext {
  readonly timeZone: string;
  /** The current instant; asked for only by `today()`, `now()` and `age()`. */
  readonly now: () => Date;
}

/**
 * The types one parameter accepts, as issue params name them: a kind (`string`), `list`
 * (any list), `list<number>` (a list of that kind), `scalar` (anything but a list or a
 * group of fields) or `any`. Null and `any` arguments are always accepted.
 */
export type ParamPattern = readonly string[];

/** A built-in function: its parameters, its result type and what it computes. */
export interface FunctionSpec {
  /** The parameters; those from index `min` on may be left out. */
  readonly params: readonly ParamPattern[];
  readonly min: number;
  /** Accepts any number of further arguments of this pattern. */
  readonly rest?: ParamPattern;
  readonly returns: (args: readonly ExprType[]) => ExprType;
  /** Computes the result from evaluated arguments. Never throws on user data. */
  readonly run: (args: readonly unknown[], context: RuntimeContext) => unknown;
}

const TEXT: ParamPattern = ['string'];
const NUMBER: ParamPattern = ['number'];
const DATE_LIKE: ParamPattern = ['date', 'datetime', 'string'];
const ORDERED_LIST: ParamPattern = [
  'list<number>',
  'list<string>',
  'list<date>',
  'list<time>',
  'list<datetime>',
];

const is = {
  text: (v: unknown): v is string => typeof v === 'string',
  number: (v: unknown): v is number => typeof v === 'number',
};

const characters = (text: string): string[] => Array.from(text);

/** The items of a list argument that are not null; undefined when the argument is no list. */
const present = (list: unknown): unknown[] | undefined =>
  Array.isArray(list) ? list.filter((item) => item !== null && item !== undefined) : undefined;

const numbersOf = (list: unknown): number[] | null | undefined => {
  if (list === null || list === undefined) return null;
  const items = present(list);
  return items?.every(is.number) ? items : undefined;
};

/** Text for `concat()` and `string()`: null for lists, objects and other surprises. */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return null;
}

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return finite(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return NUMBER_TEXT.test(trimmed) ? finite(Number(trimmed)) : null;
}

/** Rounds half away from zero at `digits` decimals, exactly for numbers written in decimal. */
function roundTo(value: number, digits: number): number | null {
  const d = Math.trunc(Math.max(-15, Math.min(15, digits)));
  const magnitude = Math.abs(value);
  const shifted = String(magnitude).includes('e')
    ? Math.round(magnitude * 10 ** d) / 10 ** d
    : // Shifting the decimal point in text avoids 1.005 * 100 = 100.49999….
      Number(`${Math.round(Number(`${magnitude}e${d}`))}e${-d}`);
  return finite(Math.sign(value) * shifted) ?? null;
}

const extreme =
  (pick: (order: number) => boolean) =>
  ([list]: readonly unknown[], context: RuntimeContext): unknown => {
    const [first, ...rest] = present(list) ?? [];
    if (!is.number(first) && !is.text(first)) return null;
    let best: unknown = first;
    for (const item of rest) {
      const order = compareValues(item, best, context.timeZone);
      // Numbers mixed with text cannot be ordered: a type surprise.
      if (order === undefined) return null;
      if (pick(order)) best = item;
    }
    return best;
  };

const dateArg = (value: unknown, context: RuntimeContext) =>
  typeof value === 'string' ? toCivilDate(value, context.timeZone) : undefined;

// An invalid Date in the context gives null rather than a RangeError.
const instant = (context: RuntimeContext): number | undefined => {
  const time = context.now().getTime();
  return Number.isNaN(time) ? undefined : time;
};

const today = (context: RuntimeContext) => {
  const time = instant(context);
  return time === undefined ? undefined : dateAt(time, context.timeZone);
};

const predicate =
  (test: (text: string, part: string) => boolean) =>
  ([text, part]: readonly unknown[]): boolean | null => {
    if (text === null || part === null) return false;
    return is.text(text) && is.text(part) ? test(text, part) : null;
  };

const textFunction =
  (change: (text: string) => string) =>
  ([text]: readonly unknown[]): string | null =>
    is.text(text) ? change(text) : null;

const numberFunction =
  (change: (n: number) => number) =>
  ([n]: readonly unknown[]): number | null =>
    is.number(n) ? finite(change(n)) : null;

const fixed = (type: ExprType) => () => type;
const itemType = (args: readonly ExprType[]): ExprType => {
  const list = args[0];
  return list?.kind === 'list' ? list.item : t.any;
};

/**
 * The built-in functions by name. `matches` gets its compiled pattern from the checker;
 * `if` and `coalesce` are evaluated lazily by the interpreter.
 */
export const FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  len: {
    params: [['string', 'list']],
    min: 1,
    returns: fixed(t.number),
    run: ([x]) =>
      x === null ? 0 : is.text(x) ? characters(x).length : Array.isArray(x) ? x.length : null,
  },
  today: {
    params: [],
    min: 0,
    returns: fixed(t.date),
    run: (_, context) => {
      const date = today(context);
      return date ? formatDate(date) : null;
    },
  },
  now: {
    params: [],
    min: 0,
    returns: fixed(t.datetime),
    run: (_, context) => {
      const time = instant(context);
      return time === undefined ? null : new Date(time).toISOString();
    },
  },
  age: {
    params: [DATE_LIKE],
    min: 1,
    returns: fixed(t.number),
    run: ([birth], context) => {
      const date = dateArg(birth, context);
      const now = today(context);
      return date && now ? fullYears(date, now) : null;
    },
  },
  days: {
    params: [DATE_LIKE, DATE_LIKE],
    min: 2,
    returns: fixed(t.number),
    run: ([from, to], context) => {
      const a = dateArg(from, context);
      const b = dateArg(to, context);
      return a && b ? epochDay(b) - epochDay(a) : null;
    },
  },
  date: {
    params: [DATE_LIKE],
    min: 1,
    returns: fixed(t.date),
    run: ([text], context) => {
      const date = is.text(text) ? readDate(text, context.timeZone) : undefined;
      return date ? formatDate(date) : null;
    },
  },
  sum: {
    params: [['list<number>']],
    min: 1,
    returns: fixed(t.number),
    run: ([list]) => {
      const numbers = numbersOf(list);
      return numbers
        ? finite(numbers.reduce((total, n) => total + n, 0))
        : numbers === null
          ? 0
          : null;
    },
  },
  min: { params: [ORDERED_LIST], min: 1, returns: itemType, run: extreme((order) => order < 0) },
  max: { params: [ORDERED_LIST], min: 1, returns: itemType, run: extreme((order) => order > 0) },
  avg: {
    params: [['list<number>']],
    min: 1,
    returns: fixed(t.number),
    run: ([list]) => {
      const numbers = numbersOf(list);
      if (!numbers || numbers.length === 0) return null;
      return finite(numbers.reduce((total, n) => total + n, 0) / numbers.length);
    },
  },
  count: {
    params: [['list']],
    min: 1,
    returns: fixed(t.number),
    run: ([list]) => (list === null ? 0 : (present(list)?.length ?? null)),
  },
  round: {
    params: [NUMBER, NUMBER],
    min: 1,
    returns: fixed(t.number),
    run: ([n, digits]) => {
      if (!is.number(n)) return null;
      if (digits === undefined) return roundTo(n, 0);
      return is.number(digits) ? roundTo(n, digits) : null;
    },
  },
  floor: { params: [NUMBER], min: 1, returns: fixed(t.number), run: numberFunction(Math.floor) },
  ceil: { params: [NUMBER], min: 1, returns: fixed(t.number), run: numberFunction(Math.ceil) },
  abs: { params: [NUMBER], min: 1, returns: fixed(t.number), run: numberFunction(Math.abs) },
  lower: {
    params: [TEXT],
    min: 1,
    returns: fixed(t.string),
    run: textFunction((s) => s.toLowerCase()),
  },
  upper: {
    params: [TEXT],
    min: 1,
    returns: fixed(t.string),
    run: textFunction((s) => s.toUpperCase()),
  },
  trim: { params: [TEXT], min: 1, returns: fixed(t.string), run: textFunction((s) => s.trim()) },
  concat: {
    params: [['scalar']],
    min: 1,
    rest: ['scalar'],
    returns: fixed(t.string),
    run: (args) => args.map((arg) => textOf(arg) ?? '').join(''),
  },
  startsWith: {
    params: [TEXT, TEXT],
    min: 2,
    returns: fixed(t.boolean),
    run: predicate((s, p) => s.startsWith(p)),
  },
  endsWith: {
    params: [TEXT, TEXT],
    min: 2,
    returns: fixed(t.boolean),
    run: predicate((s, p) => s.endsWith(p)),
  },
  substring: {
    params: [TEXT, NUMBER, NUMBER],
    min: 2,
    returns: fixed(t.string),
    run: ([text, start, length]) => {
      if (!is.text(text) || !is.number(start)) return null;
      if (length !== undefined && !is.number(length)) return null;
      const chars = characters(text);
      const from = Math.max(0, Math.trunc(start));
      const to = length === undefined ? chars.length : from + Math.max(0, Math.trunc(length));
      return chars.slice(from, to).join('');
    },
  },
  matches: {
    params: [TEXT, TEXT],
    min: 2,
    returns: fixed(t.boolean),
    // The interpreter passes the pattern compiled at parse time as the second argument.
    run: ([text, pattern]) =>
      text === null
        ? false
        : is.text(text) && pattern instanceof RegExp
          ? pattern.test(text)
          : null,
  },
  isEmpty: {
    params: [['any']],
    min: 1,
    returns: fixed(t.boolean),
    run: ([x]) => isEmptyValue(x),
  },
  coalesce: {
    params: [['any']],
    min: 1,
    rest: ['any'],
    returns: (args) => args.reduce<ExprType>((type, arg) => unifyTypes(type, arg), t.null),
    run: (args) => args.find((arg) => arg !== null && arg !== undefined) ?? null,
  },
  if: {
    params: [['boolean'], ['any'], ['any']],
    min: 3,
    returns: (args) => unifyTypes(args[1] ?? t.any, args[2] ?? t.any),
    run: ([condition, then, otherwise]) => (condition === true ? then : otherwise),
  },
  number: {
    params: [['string', 'number', 'boolean']],
    min: 1,
    returns: fixed(t.number),
    run: ([x]) => numberOf(x),
  },
  string: {
    params: [['scalar']],
    min: 1,
    returns: fixed(t.string),
    run: ([x]) => textOf(x),
  },
};

/** The names of the built-in functions, for editors that complete names. */
export const FUNCTION_NAMES: readonly string[] = Object.keys(FUNCTIONS);

/** Looks a function up by name, own names only. */
export const lookupFunction = (name: string): FunctionSpec | undefined =>
  Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
