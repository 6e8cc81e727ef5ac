import type { Ledger, LedgerEvent, ServiceDetails } from './ledger';

/** The clock and rule that decide whether approved hours count yet. */
export interface CountingRule {
  /** The time to count at (ISO 8601). */
  readonly now: string;
  /** Days approved hours are published (公示) before they count; 0 counts them at once. */
  readonly noticeDays: number;
}

/** Where an entry stands at a time. */
export type EntryStatus = 'pending' | 'rejected' | 'in-notice' | 'counted' | 'superseded';

/** One recorded entry with its standing, for lists, exports and the volunteer's own view. */
export interface LedgerEntryView {
  readonly id: string;
  readonly service: ServiceDetails;
  readonly recordedAt: string;
  readonly status: EntryStatus;
  readonly approvedAt?: string;
  readonly approvedBy?: string;
  /** When the notice period ends and the hours count. */
  readonly countsFrom?: string;
  readonly rejectedReason?: string;
  readonly corrects?: string;
  readonly correctionReason?: string;
  /** The first entry of the chain of corrections this entry belongs to. */
  readonly original: string;
}

const DAY = 86_400_000;

/**
 * Every recorded entry with where it stands at `rule.now`: pending, rejected, in its
 * notice period, counted, or superseded by a correction that counts. In ledger order.
 */
export function ledgerEntries(ledger: Ledger, rule: CountingRule): LedgerEntryView[] {
  const now = Date.parse(rule.now);
  const decisions = new Map<string, Extract<LedgerEvent, { type: 'approved' | 'rejected' }>>();
  const originals = new Map<string, string>();
  const recorded: Extract<LedgerEvent, { type: 'recorded' }>[] = [];
  for (const event of ledger) {
    if (event.type === 'recorded') {
      recorded.push(event);
      originals.set(
        event.id,
        event.corrects === undefined ? event.id : (originals.get(event.corrects) ?? event.corrects),
      );
    } else if (!decisions.has(event.entryId)) decisions.set(event.entryId, event);
  }
  const base = recorded.map((event) => {
    const decision = decisions.get(event.id);
    const countsFrom =
      decision?.type === 'approved'
        ? new Date(Date.parse(decision.at) + rule.noticeDays * DAY).toISOString()
        : undefined;
    const status: EntryStatus =
      decision === undefined
        ? 'pending'
        : decision.type === 'rejected'
          ? 'rejected'
          : Date.parse(countsFrom as string) <= now
            ? 'counted'
            : 'in-notice';
    return { event, decision, countsFrom, status };
  });
  // In each chain, only the latest counted entry counts; earlier counted ones are superseded.
  const latestCounted = new Map<string, number>();
  base.forEach(({ event, status }, index) => {
    if (status === 'counted') latestCounted.set(originals.get(event.id) as string, index);
  });
  return base.map(({ event, decision, countsFrom, status }, index) => {
    const original = originals.get(event.id) as string;
    const superseded = status === 'counted' && latestCounted.get(original) !== index;
    return {
      id: event.id,
      service: event.service,
      recordedAt: event.at,
      status: superseded ? 'superseded' : status,
      ...(decision?.type === 'approved'
        ? { approvedAt: decision.at, approvedBy: decision.by }
        : {}),
      ...(countsFrom === undefined ? {} : { countsFrom }),
      ...(decision?.type === 'rejected' ? { rejectedReason: decision.reason } : {}),
      ...(event.corrects === undefined ? {} : { corrects: event.corrects }),
      ...(event.reason === undefined ? {} : { correctionReason: event.reason }),
      original,
    };
  });
}

/** The entries that count at `rule.now`: one per chain of corrections at most. */
export function countedEntries(ledger: Ledger, rule: CountingRule): LedgerEntryView[] {
  return ledgerEntries(ledger, rule).filter((entry) => entry.status === 'counted');
}

/**
 * The hours that count for a volunteer at `rule.now`: approved, past the notice period,
 * and for a corrected service the latest correction that counts. Rounded to two decimals.
 *
 * @example
 * hoursOf('v-zhang', ledger, { now: '2026-12-20T00:00:00Z', noticeDays: 7 }); // 12.5
 */
export function hoursOf(volunteerId: string, ledger: Ledger, rule: CountingRule): number {
  let hundredths = 0;
  for (const entry of countedEntries(ledger, rule))
    if (entry.service.volunteerId === volunteerId)
      hundredths += Math.round(entry.service.hours * 100);
  return hundredths / 100;
}

/** Counted hours of every volunteer in the ledger, rounded to two decimals. */
export function hoursByVolunteer(ledger: Ledger, rule: CountingRule): Map<string, number> {
  const hundredths = new Map<string, number>();
  for (const entry of countedEntries(ledger, rule))
    hundredths.set(
      entry.service.volunteerId,
      (hundredths.get(entry.service.volunteerId) ?? 0) + Math.round(entry.service.hours * 100),
    );
  return new Map([...hundredths].map(([id, value]) => [id, value / 100]));
}
