import { columnAt, type ExprRawIssue } from './issue';

/** One token of an expression. `value` holds a literal's value, `text` what was written. */
export interface Token {
  readonly kind: 'number' | 'string' | 'name' | 'keyword' | 'operator' | 'end';
  readonly text: string;
  readonly value?: string | number;
  readonly start: number;
  readonly end: number;
}

const KEYWORD_TEXT = new Set(['and', 'or', 'not', 'in', 'contains', 'true', 'false', 'null']);

// Longest first, so `<=` wins over `<`.
const OPERATORS = [
  '==',
  '!=',
  '<=',
  '>=',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '%',
  '(',
  ')',
  '[',
  ']',
  ',',
  '.',
];

// What people often type from other languages, spreadsheets or a Chinese input method,
// and what to write instead. Longest first.
const LOOKALIKES: readonly (readonly [string, string])[] = [
  ['===', '=='],
  ['!==', '!='],
  ['&&', 'and'],
  ['||', 'or'],
  ['<>', '!='],
  ['=', '=='],
  ['!', 'not'],
  ['（', '('],
  ['）', ')'],
  ['，', ','],
  ['【', '['],
  ['】', ']'],
  ['‘', "'"],
  ['’', "'"],
  ['“', '"'],
  ['”', '"'],
  ['。', '.'],
];

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  n: '\n',
  t: '\t',
  r: '\r',
};

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isNameStart = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_');
const isNamePart = (c: string | undefined): boolean => isNameStart(c) || isDigit(c);

/** The tokens of `source`, ending with an `end` token, or the first problem found. */
export type LexResult =
  | { readonly ok: true; readonly tokens: readonly Token[] }
  | { readonly ok: false; readonly issue: ExprRawIssue };

/** Splits an expression into tokens. Never throws. */
export function tokenize(source: string): LexResult {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (code: ExprRawIssue['code'], at: number, params: Record<string, unknown> = {}) =>
    ({
      ok: false,
      issue: { code, params: { position: columnAt(source, at), ...params } },
    }) as const;

  while (i < source.length) {
    const c = source[i] as string;
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      while (isDigit(source[i])) i += 1;
      if (source[i] === '.' && isDigit(source[i + 1])) {
        i += 1;
        while (isDigit(source[i])) i += 1;
      }
      // An exponent only when digits follow, so `2e` stays a number and a name.
      const sign = source[i + 1] === '+' || source[i + 1] === '-' ? 1 : 0;
      if ((source[i] === 'e' || source[i] === 'E') && isDigit(source[i + 1 + sign])) {
        i += 1 + sign;
        while (isDigit(source[i])) i += 1;
      }
      const text = source.slice(start, i);
      const value = Number(text);
      if (!Number.isFinite(value)) return fail('invalid_number', start, { found: text });
      tokens.push({ kind: 'number', text, value, start, end: i });
      continue;
    }
    if (isNameStart(c) || (c === '$' && isNameStart(source[i + 1]))) {
      i += 1;
      while (isNamePart(source[i])) i += 1;
      const text = source.slice(start, i);
      tokens.push({ kind: KEYWORD_TEXT.has(text) ? 'keyword' : 'name', text, start, end: i });
      continue;
    }
    if (c === "'" || c === '"') {
      let value = '';
      i += 1;
      for (;;) {
        const d = source[i];
        if (d === undefined) return fail('unterminated_string', start, { quote: c });
        if (d === c) break;
        if (d === '\\') {
          const next = source[i + 1];
          if (next === undefined) return fail('unterminated_string', start, { quote: c });
          // Any other escaped character keeps its backslash, so a regular expression reads
          // as written: matches(phone, '1[3-9]\d{9}').
          value += Object.hasOwn(ESCAPES, next) ? ESCAPES[next] : `\\${next}`;
          i += 2;
        } else {
          value += d;
          i += 1;
        }
      }
      i += 1;
      tokens.push({ kind: 'string', text: source.slice(start, i), value, start, end: i });
      continue;
    }
    const operator = OPERATORS.find((op) => source.startsWith(op, i));
    const lookalike = LOOKALIKES.find(([text]) => source.startsWith(text, i));
    // `===` and `!==` start with a real operator but mean something else.
    if (lookalike && (!operator || lookalike[0].length > operator.length)) {
      return fail('use_operator', start, { found: lookalike[0], suggestion: lookalike[1] });
    }
    if (operator) {
      i += operator.length;
      tokens.push({ kind: 'operator', text: operator, start, end: i });
      continue;
    }
    const found = String.fromCodePoint(source.codePointAt(i) ?? 0);
    return fail('unexpected_character', start, { found });
  }
  tokens.push({ kind: 'end', text: '', start: source.length, end: source.length });
  return { ok: true, tokens };
}
