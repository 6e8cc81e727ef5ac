import { quantityAt } from './relay-quantity';

const SEPARATORS = new Set([
  ',',
  '，',
  '、',
  ';',
  '；',
  '/',
  '|',
  '。',
  '.',
  ':',
  '：',
  '+',
  '&',
  '!',
  '?',
  '~',
]);
const JOINING_WORDS = ['还有', '另外', '以及', '和', '及'];
/** A piece of the item part of a line. */
export type Token =
  | { kind: 'text'; value: string }
  | { kind: 'quantity'; quantity: number; unit: string | null; unitTyped?: string }
  | { kind: 'ambiguous'; text: string }
  | { kind: 'each' }
  | { kind: 'separator' };

/** Splits the item part of a line into names, quantities, separators and 各 ("each"). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let name = '';
  const flush = () => {
    if (name.length > 0) tokens.push({ kind: 'text', value: name });
    name = '';
  };
  for (let index = 0; index < text.length; ) {
    const rest = text.slice(index);
    const character = text[index] as string;
    if (/\s/.test(character) || SEPARATORS.has(character)) {
      flush();
      tokens.push({ kind: 'separator' });
      index += 1;
      continue;
    }
    const joining = JOINING_WORDS.find((word) => rest.startsWith(word));
    if (joining !== undefined && (name.length > 0 || tokens.length > 0)) {
      flush();
      tokens.push({ kind: 'separator' });
      index += joining.length;
      continue;
    }
    if (character === '各' && quantityAt(rest.slice(1).trimStart()) !== undefined) {
      flush();
      tokens.push({ kind: 'each' });
      index += 1;
      continue;
    }
    const quantity = quantityAt(rest);
    if (quantity !== undefined) {
      flush();
      if (quantity.kind === 'ambiguous') tokens.push({ kind: 'ambiguous', text: quantity.text });
      else
        tokens.push({
          kind: 'quantity',
          quantity: quantity.quantity,
          unit: quantity.unit,
          ...(quantity.unitTyped === undefined ? {} : { unitTyped: quantity.unitTyped }),
        });
      index += quantity.length;
      continue;
    }
    name += character;
    index += 1;
  }
  flush();
  return tokens;
}

/** An item as read, before it is checked: any part may be missing. */
export interface DraftItem {
  name?: string;
  quantity?: number;
  unit?: string | null;
  unitTyped?: string;
  ambiguous?: string;
}

/** Turns tokens into items: name then quantity (莴笋3斤), quantity then name (3斤莴笋), 各. */
export function itemsOf(tokens: readonly Token[]): DraftItem[] {
  const items: DraftItem[] = [];
  let waitingNames: string[] = [];
  let each = false;
  let quantityFirst: DraftItem | undefined;
  const measure = (token: Token & { kind: 'quantity' | 'ambiguous' }): DraftItem =>
    token.kind === 'ambiguous'
      ? { ambiguous: token.text }
      : {
          quantity: token.quantity,
          unit: token.unit,
          ...(token.unitTyped === undefined ? {} : { unitTyped: token.unitTyped }),
        };
  for (const token of tokens) {
    if (token.kind === 'separator') continue;
    if (token.kind === 'each') {
      each = true;
      continue;
    }
    if (token.kind === 'text') {
      if (quantityFirst !== undefined) {
        items.push({ ...quantityFirst, name: token.value });
        quantityFirst = undefined;
      } else waitingNames.push(token.value);
      continue;
    }
    if (waitingNames.length === 0) {
      if (quantityFirst !== undefined) items.push(quantityFirst);
      quantityFirst = measure(token);
      continue;
    }
    const named = each ? waitingNames : waitingNames.slice(-1);
    for (const name of waitingNames.slice(0, waitingNames.length - named.length))
      items.push({ name });
    for (const name of named) items.push({ name, ...measure(token) });
    waitingNames = [];
    each = false;
  }
  for (const name of waitingNames) items.push({ name });
  if (quantityFirst !== undefined) items.push(quantityFirst);
  return items;
}
