import type { Issue } from '@yizhan/core/form';
import { DEFAULT_LOCALE, type Locale } from '@yizhan/core/i18n';
import { volunteerIssue } from '../messages';
import { findRelayAddress, type RelayAddress } from './relay-address';
import { quantityAt } from './relay-quantity';

/** One item of a relay order: 莴笋 3 斤. */
export interface RelayItem {
  readonly name: string;
  readonly quantity: number;
  /** The canonical unit (斤, 公斤, 个, 袋 …), or null when none was written or known. */
  readonly unit: string | null;
}

/** One household's order in a love relay (爱心接龙). */
export interface RelayEntry extends RelayAddress {
  /** The name written before the address (张阿姨 5栋…), when there is one. */
  readonly orderer?: string;
  readonly items: readonly RelayItem[];
  /** Text in brackets: （放门口）, 【下午送】. */
  readonly note?: string;
}

/**
 * What is on sale, so lines can be read better: an item missing its unit gets the
 * catalogue's, and a name one character off (莴荀) or an alias (青笋) becomes the
 * catalogue name.
 */
export interface RelayCatalogItem {
  readonly name: string;
  readonly unit: string;
  readonly aliases?: readonly string[];
}

/** Options of {@link parseRelayLine} and {@link parseRelayText}. */
export interface ParseRelayOptions {
  /** The language of issue messages; zh-CN when not given. */
  readonly locale?: Locale;
  readonly catalog?: readonly RelayCatalogItem[];
}

/**
 * One pasted line, read. `ok` lines carry the entry (and warnings for what was assumed);
 * the others carry what could be read (`partial`) and the issues a person must correct.
 * Issue paths point into the entry (`/room`, `/items/1/quantity`), or are `''` for the line.
 */
export type RelayLine =
  | {
      readonly ok: true;
      /** 1-based line number in the pasted text. */
      readonly line: number;
      readonly raw: string;
      readonly entry: RelayEntry;
      readonly warnings: readonly Issue[];
    }
  | {
      readonly ok: false;
      readonly line: number;
      readonly raw: string;
      readonly partial: Partial<Omit<RelayEntry, 'items'>> & {
        readonly items: readonly Partial<RelayItem>[];
      };
      readonly issues: readonly Issue[];
      readonly warnings: readonly Issue[];
    };

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
const COURTESY =
  /谢谢(?:大家|你们|您|啦)?|感谢(?:大家)?|多谢|辛苦(?:了|啦)?|麻烦(?:了|啦|你们|大家)?/g;
const FILLERS = /^(?:我要|我订|我买|需要|预订|要|订|买|来)(?=.)/;
const EMOJI = /\p{Extended_Pictographic}|[\u{FE0F}\u{200D}]|\[[\p{Script=Han}A-Za-z]{1,4}\]/gu;
const NUMBERING = /^\s*\d{1,3}(?:\.\s+|、\s*|\)\s*)/;
const EXAMPLE = /^\s*(?:例|例如|格式|示例)\s*[:：]?/;

type Token =
  | { kind: 'text'; value: string }
  | { kind: 'quantity'; quantity: number; unit: string | null; unitTyped?: string }
  | { kind: 'ambiguous'; text: string }
  | { kind: 'each' }
  | { kind: 'separator' };

/** Splits the item part of a line into names, quantities, separators and 各 ("each"). */
function tokenize(text: string): Token[] {
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

/** Levenshtein distance, for names one slip away from the catalogue (莴荀 → 莴笋). */
function distance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = right.map((_, index) => index + 1);
  previous.unshift(0);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= right.length; j += 1)
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[right.length] ?? 0;
}

/** The catalogue item a typed name means: exact, an alias, or one character off (unique). */
function lookUp(
  name: string,
  catalog: readonly RelayCatalogItem[],
): { item: RelayCatalogItem; exact: boolean } | undefined {
  const exact = catalog.find((item) => item.name === name || item.aliases?.includes(name));
  if (exact !== undefined) return { item: exact, exact: exact.name === name };
  if ([...name].length < 2) return undefined;
  const near = catalog.filter(
    (item) =>
      [...item.name].length >= 2 &&
      [item.name, ...(item.aliases ?? [])].some((spelling) => distance(spelling, name) === 1),
  );
  return near.length === 1 && near[0] !== undefined ? { item: near[0], exact: false } : undefined;
}

interface DraftItem {
  name?: string;
  quantity?: number;
  unit?: string | null;
  unitTyped?: string;
  ambiguous?: string;
}

/** Turns tokens into items: name then quantity (莴笋3斤), quantity then name (3斤莴笋), 各. */
function itemsOf(tokens: readonly Token[]): DraftItem[] {
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

/** Cleans a pasted line: full-width forms, emoji, numbering (1. / 1、), courtesy words. */
function normalize(raw: string): { text: string; notes: string[] } {
  const notes: string[] = [];
  let text = raw.normalize('NFKC').replace(EMOJI, ' ');
  text = text.replace(/\(([^)]*)\)|【([^】]*)】/g, (_, round: string, square: string) => {
    const note = (round ?? square ?? '').trim();
    if (note.length > 0) notes.push(note);
    return ' ';
  });
  text = text.replace(NUMBERING, '').replace(COURTESY, ' ');
  // A run of dots or ellipses ends the line in chat ("……"), it is not a number.
  text = text.replace(/\.{2,}|…+/g, ' ');
  return { text: text.trim(), notes };
}

/**
 * Reads one chat line of a love relay (爱心接龙) such as `5栋1单元2103莴笋3斤，小白菜2斤`
 * into an entry: building, unit, room and items with quantities and units. Full-width
 * and half-width punctuation, missing units, several items per line, quantities before
 * or after names, Chinese numerals (三斤, 半斤, 两袋, 一斤半), 各 ("each") and common slips
 * (5动 for 5栋, 3金 for 3斤) are understood. What cannot be read is never guessed: the line
 * comes back with `ok: false`, what was read, and issues that say what to correct.
 *
 * @example
 * parseRelayLine('5栋1单元2103莴笋3斤，小白菜2斤');
 * // { ok: true, entry: { building: '5', unit: '1', room: '2103', items: [
 * //   { name: '莴笋', quantity: 3, unit: '斤' }, { name: '小白菜', quantity: 2, unit: '斤' } ] }, … }
 */
export function parseRelayLine(raw: string, options: ParseRelayOptions = {}, line = 1): RelayLine {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const catalog = options.catalog ?? [];
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const fail = (partial: Extract<RelayLine, { ok: false }>['partial']): RelayLine => ({
    ok: false,
    line,
    raw,
    partial,
    issues,
    warnings,
  });

  if (EXAMPLE.test(raw.normalize('NFKC'))) {
    issues.push(volunteerIssue('relay_example_line', '', {}, locale));
    return fail({ items: [] });
  }
  const { text, notes } = normalize(raw);
  const address = findRelayAddress(text);
  const before = address === undefined ? text : text.slice(0, address.start);
  const after = address === undefined ? '' : text.slice(address.end);
  // Text before the address is the orderer's name (张阿姨 5栋…) unless it holds quantities.
  const beforeTokens = tokenize(before);
  const beforeHasQuantity = beforeTokens.some(
    (t) => t.kind === 'quantity' || t.kind === 'ambiguous',
  );
  const ordererName =
    address !== undefined && !beforeHasQuantity
      ? beforeTokens
          .filter((t): t is Token & { kind: 'text' } => t.kind === 'text')
          .map((t) => t.value)
          .join(' ')
      : '';
  const drafts = itemsOf(
    address !== undefined && !beforeHasQuantity
      ? tokenize(after)
      : [...beforeTokens, { kind: 'separator' }, ...tokenize(after)],
  );

  if (address === undefined && drafts.every((draft) => draft.quantity === undefined)) {
    issues.push(volunteerIssue('relay_not_an_order', '', {}, locale));
    return fail({ items: [], ...(notes.length > 0 ? { note: notes.join('；') } : {}) });
  }
  if (address === undefined)
    issues.push(volunteerIssue('relay_address_missing', '/building', {}, locale));
  else if (address.room === undefined)
    issues.push(
      volunteerIssue('relay_room_missing', '/room', { building: address.building }, locale),
    );
  if (drafts.length === 0) issues.push(volunteerIssue('relay_items_missing', '/items', {}, locale));

  const items: Partial<RelayItem>[] = drafts.map((draft, index) => {
    const path = `/items/${index}`;
    let name = draft.name?.replace(FILLERS, '');
    let unit = draft.unit;
    if (name === undefined)
      issues.push(volunteerIssue('relay_name_missing', `${path}/name`, {}, locale));
    if (draft.ambiguous !== undefined)
      issues.push(
        volunteerIssue(
          'relay_quantity_ambiguous',
          `${path}/quantity`,
          { text: draft.ambiguous, name: name ?? '' },
          locale,
        ),
      );
    else if (draft.quantity === undefined)
      issues.push(
        volunteerIssue('relay_quantity_missing', `${path}/quantity`, { name: name ?? '' }, locale),
      );
    else if (draft.quantity <= 0)
      issues.push(
        volunteerIssue('relay_quantity_zero', `${path}/quantity`, { name: name ?? '' }, locale),
      );
    if (draft.unitTyped !== undefined && draft.unit)
      warnings.push(
        volunteerIssue(
          'relay_unit_corrected',
          `${path}/unit`,
          { from: draft.unitTyped, to: draft.unit },
          locale,
        ),
      );
    if (name !== undefined && catalog.length > 0) {
      const known = lookUp(name, catalog);
      if (known === undefined)
        warnings.push(volunteerIssue('relay_unknown_item', `${path}/name`, { name }, locale));
      else {
        if (!known.exact)
          warnings.push(
            volunteerIssue(
              'relay_name_corrected',
              `${path}/name`,
              { from: name, to: known.item.name },
              locale,
            ),
          );
        name = known.item.name;
        if (unit === null && draft.quantity !== undefined) {
          unit = known.item.unit;
          warnings.push(
            volunteerIssue('relay_unit_assumed', `${path}/unit`, { name, unit }, locale),
          );
        }
      }
    }
    if (unit === null && draft.quantity !== undefined && draft.name !== undefined)
      warnings.push(
        volunteerIssue('relay_unit_missing', `${path}/unit`, { name: name ?? '' }, locale),
      );
    return {
      ...(name === undefined ? {} : { name }),
      ...(draft.quantity === undefined ? {} : { quantity: draft.quantity }),
      ...(unit === undefined ? {} : { unit }),
    };
  });

  const shared = {
    ...(address?.building === undefined ? {} : { building: address.building }),
    ...(address?.unit === undefined ? {} : { unit: address.unit }),
    ...(address?.room === undefined ? {} : { room: address.room }),
    ...(ordererName.length > 0 ? { orderer: ordererName } : {}),
    ...(notes.length > 0 ? { note: notes.join('；') } : {}),
  };
  if (issues.length > 0) return fail({ ...shared, items });
  return {
    ok: true,
    line,
    raw,
    entry: { ...(shared as RelayAddress), ...shared, items: items as RelayItem[] },
    warnings,
  };
}

/** Every non-blank line of a pasted chat, read; see {@link parseRelayLine}. */
export interface RelayText {
  /** Each non-blank line in order, read or not: nothing pasted is dropped. */
  readonly lines: readonly RelayLine[];
  /** The entries of the lines that were read. */
  readonly entries: readonly RelayEntry[];
  /** The lines a person must correct (or dismiss, for chatter). */
  readonly needsCorrection: readonly Extract<RelayLine, { ok: false }>[];
}

/**
 * Reads a pasted relay (several chat lines). Blank lines are skipped; every other line is
 * in `lines` with its 1-based number, read or needing correction.
 */
export function parseRelayText(text: string, options: ParseRelayOptions = {}): RelayText {
  const lines: RelayLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    if (raw.trim().length > 0) lines.push(parseRelayLine(raw, options, index + 1));
  });
  return {
    lines,
    entries: lines.flatMap((line) => (line.ok ? [line.entry] : [])),
    needsCorrection: lines.filter((line): line is Extract<RelayLine, { ok: false }> => !line.ok),
  };
}
