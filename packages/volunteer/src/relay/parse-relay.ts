import type { Issue } from '@yizhan/core/form';
import { DEFAULT_LOCALE, type Locale } from '@yizhan/core/i18n';
import { volunteerIssue } from '../messages';
import { findRelayAddress, type RelayAddress } from './relay-address';
import { lookUp, type RelayCatalogItem } from './relay-catalog';
import { type DraftItem, itemsOf, type Token, tokenize } from './relay-items';

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

export type { RelayCatalogItem } from './relay-catalog';

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

const COURTESY =
  /谢谢(?:大家|你们|您|啦)?|感谢(?:大家)?|多谢|辛苦(?:了|啦)?|麻烦(?:了|啦|你们|大家)?/g;
const FILLERS = /^(?:我要|我订|我买|需要|预订|要|订|买|来)(?=.)/;
const EMOJI = /\p{Extended_Pictographic}|[\u{FE0F}\u{200D}]|\[[\p{Script=Han}A-Za-z]{1,4}\]/gu;
const NUMBERING = /^\s*\d{1,3}(?:\.\s+|、\s*|\)\s*)/;
const EXAMPLE = /^\s*(?:例|例如|格式|示例)\s*[:：]?/;

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
 * Checks one item as read and says what a person must correct (issues) or should check
 * (warnings); the catalogue, when given, names the item and fills a missing unit.
 */
function readItem(
  draft: DraftItem,
  path: string,
  catalog: readonly RelayCatalogItem[],
  locale: Locale,
  issues: Issue[],
  warnings: Issue[],
): Partial<RelayItem> {
  const issue = (code: string, at: string, params: Record<string, unknown> = {}) =>
    issues.push(volunteerIssue(code, `${path}${at}`, params, locale));
  const warn = (code: string, at: string, params: Record<string, unknown>) =>
    warnings.push(volunteerIssue(code, `${path}${at}`, params, locale));
  let name = draft.name?.replace(FILLERS, '');
  let unit = draft.unit;
  if (name === undefined) issue('relay_name_missing', '/name');
  if (draft.ambiguous !== undefined)
    issue('relay_quantity_ambiguous', '/quantity', { text: draft.ambiguous, name: name ?? '' });
  else if (draft.quantity === undefined)
    issue('relay_quantity_missing', '/quantity', { name: name ?? '' });
  else if (draft.quantity <= 0) issue('relay_quantity_zero', '/quantity', { name: name ?? '' });
  if (draft.unitTyped !== undefined && draft.unit)
    warn('relay_unit_corrected', '/unit', { from: draft.unitTyped, to: draft.unit });
  if (name !== undefined && catalog.length > 0) {
    const known = lookUp(name, catalog);
    if (known === undefined) warn('relay_unknown_item', '/name', { name });
    else {
      if (!known.exact) warn('relay_name_corrected', '/name', { from: name, to: known.item.name });
      name = known.item.name;
      if (unit === null && draft.quantity !== undefined) {
        unit = known.item.unit;
        warn('relay_unit_assumed', '/unit', { name, unit });
      }
    }
  }
  if (unit === null && draft.quantity !== undefined && draft.name !== undefined)
    warn('relay_unit_missing', '/unit', { name: name ?? '' });
  return {
    ...(name === undefined ? {} : { name }),
    ...(draft.quantity === undefined ? {} : { quantity: draft.quantity }),
    ...(unit === undefined ? {} : { unit }),
  };
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

  const items = drafts.map((draft, index) =>
    readItem(draft, `/items/${index}`, catalog, locale, issues, warnings),
  );

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
    entry: { ...(shared as RelayAddress & Omit<RelayEntry, 'items'>), items: items as RelayItem[] },
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
