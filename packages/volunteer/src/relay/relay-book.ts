import type { Issue } from '@yizhan/core/form';
import { DEFAULT_LOCALE } from '@yizhan/core/i18n';
import { volunteerIssue } from '../messages';
import { type ParseRelayOptions, parseRelayLine, type RelayEntry } from './parse-relay';
import { deliveryList, type RelayBuildingRun, type RelayTotal, relayTotals } from './relay-summary';

/**
 * An event of a love relay's order list (接龙). The list is append-only: lines are pasted
 * from the chat or entered in the form; a line is corrected by a new text, or withdrawn
 * (a cancelled order, or chatter dismissed), and its earlier texts are kept.
 */
export type RelayEvent =
  | {
      readonly type: 'pasted';
      readonly id: string;
      readonly at: string;
      readonly by: string;
      readonly text: string;
    }
  | {
      readonly type: 'entered';
      readonly id: string;
      readonly at: string;
      readonly by: string;
      readonly entry: RelayEntry;
    }
  | {
      readonly type: 'corrected';
      readonly id: string;
      readonly at: string;
      readonly by: string;
      /** The row corrected (its `key`). */
      readonly row: string;
      readonly text: string;
    }
  | {
      readonly type: 'withdrawn';
      readonly id: string;
      readonly at: string;
      readonly by: string;
      readonly row: string;
      readonly reason?: string;
    };

/** Where a row stands: read, waiting for a correction, or withdrawn. */
export type RelayRowStatus = 'ok' | 'needs-correction' | 'withdrawn';

/** One order line of the list, as it stands after every event. */
export interface RelayRow {
  /** `${eventId}:${line}` for a pasted line, the event id for a form entry. */
  readonly key: string;
  readonly source: 'chat' | 'form';
  readonly by: string;
  readonly at: string;
  /** The current text (chat lines and corrected rows). */
  readonly text?: string;
  readonly entry?: RelayEntry;
  readonly status: RelayRowStatus;
  readonly issues: readonly Issue[];
  readonly warnings: readonly Issue[];
  /** Earlier texts, oldest first, with who replaced them and when. */
  readonly history: readonly { readonly text: string; readonly by: string; readonly at: string }[];
  readonly withdrawnReason?: string;
}

/** The order list: every row, and what volunteers work from. */
export interface RelayBook {
  readonly rows: readonly RelayRow[];
  /** Entries of the rows that are read and not withdrawn, in order. */
  readonly entries: readonly RelayEntry[];
  readonly needsCorrection: readonly RelayRow[];
  readonly totals: readonly RelayTotal[];
  readonly deliveries: readonly RelayBuildingRun[];
  /** Events that named a row that does not exist: reported, not applied. */
  readonly problems: readonly Issue[];
}

type MutableRow = { -readonly [K in keyof RelayRow]: RelayRow[K] };

function read(
  text: string,
  options: ParseRelayOptions,
): Pick<MutableRow, 'entry' | 'status' | 'issues' | 'warnings'> {
  const line = parseRelayLine(text, options);
  return line.ok
    ? { entry: line.entry, status: 'ok', issues: [], warnings: line.warnings }
    : {
        entry: undefined,
        status: 'needs-correction',
        issues: line.issues,
        warnings: line.warnings,
      };
}

/**
 * The relay's order list from its events: pasted chat lines read one by one (blank lines
 * skipped), form entries as they are, corrections re-read, withdrawals kept but not counted;
 * then the totals and the delivery list grouped by building.
 *
 * @example
 * const book = relayBook([{ type: 'pasted', id: 'e1', at, by: 'wang-zhan', text: chat }]);
 * book.needsCorrection; // rows to fix; book.totals; book.deliveries
 */
export function relayBook(
  events: readonly RelayEvent[],
  options: ParseRelayOptions = {},
): RelayBook {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const rows = new Map<string, MutableRow>();
  const problems: Issue[] = [];
  events.forEach((event, index) => {
    if (event.type === 'pasted') {
      event.text.split(/\r\n|\r|\n/).forEach((text, line) => {
        if (text.trim() === '') return;
        const key = `${event.id}:${line + 1}`;
        rows.set(key, {
          key,
          source: 'chat',
          by: event.by,
          at: event.at,
          text,
          history: [],
          ...read(text, options),
        });
      });
      return;
    }
    if (event.type === 'entered') {
      rows.set(event.id, {
        key: event.id,
        source: 'form',
        by: event.by,
        at: event.at,
        entry: event.entry,
        status: 'ok',
        issues: [],
        warnings: [],
        history: [],
      });
      return;
    }
    const row = rows.get(event.row);
    if (row === undefined) {
      problems.push(
        volunteerIssue('relay_unknown_row', `/${index}/row`, { row: event.row }, locale),
      );
      return;
    }
    if (event.type === 'withdrawn') {
      row.status = 'withdrawn';
      if (event.reason !== undefined) row.withdrawnReason = event.reason;
      return;
    }
    if (row.text !== undefined)
      row.history = [...row.history, { text: row.text, by: event.by, at: event.at }];
    row.text = event.text;
    Object.assign(row, read(event.text, options));
    row.withdrawnReason = undefined;
  });
  const all = [...rows.values()].map((row) => {
    const { entry, withdrawnReason, text, ...rest } = row;
    return {
      ...rest,
      ...(text === undefined ? {} : { text }),
      ...(entry === undefined ? {} : { entry }),
      ...(withdrawnReason === undefined ? {} : { withdrawnReason }),
    } as RelayRow;
  });
  const entries = all.flatMap((row) =>
    row.status === 'ok' && row.entry !== undefined ? [row.entry] : [],
  );
  return {
    rows: all,
    entries,
    needsCorrection: all.filter((row) => row.status === 'needs-correction'),
    totals: relayTotals(entries),
    deliveries: deliveryList(entries),
    problems,
  };
}
