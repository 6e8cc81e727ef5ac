import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  approve,
  correct,
  type Ledger,
  type LedgerEvent,
  recordService,
  reject,
} from '../../src/hours/ledger';
import { hoursOf } from '../../src/hours/ledger-view';
import { SERVICE } from '../fixtures/ledger';

const VOLUNTEERS = ['v-zhang', 'v-li', 'v-zhao'];
const HOUR = 3_600_000;
const START = Date.parse('2026-12-01T00:00:00Z');

type Op =
  | { kind: 'record'; volunteer: number; quarters: number }
  | { kind: 'approve'; target: number }
  | { kind: 'reject'; target: number }
  | { kind: 'correct'; target: number; quarters: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('record' as const),
    volunteer: fc.nat(2),
    quarters: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({ kind: fc.constantFrom('approve' as const, 'reject' as const), target: fc.nat(30) }),
  fc.record({
    kind: fc.constant('correct' as const),
    target: fc.nat(30),
    quarters: fc.integer({ min: 1, max: 40 }),
  }),
);

/** The plain rule, written another way: per chain root, the newest entry whose notice has passed. */
function referenceHours(
  ledger: Ledger,
  volunteerId: string,
  now: number,
  noticeDays: number,
): number {
  const recorded = ledger.filter(
    (e): e is Extract<LedgerEvent, { type: 'recorded' }> => e.type === 'recorded',
  );
  const rootOf = (id: string): string => {
    const entry = recorded.find((e) => e.id === id);
    return entry?.corrects === undefined ? id : rootOf(entry.corrects);
  };
  const best = new Map<string, { seq: number; hours: number; volunteer: string }>();
  for (const entry of recorded) {
    const approval = ledger.find((e) => e.type === 'approved' && e.entryId === entry.id);
    if (approval === undefined || Date.parse(approval.at) + noticeDays * 24 * HOUR > now) continue;
    const root = rootOf(entry.id);
    const current = best.get(root);
    if (current === undefined || current.seq < entry.seq)
      best.set(root, {
        seq: entry.seq,
        hours: entry.service.hours,
        volunteer: entry.service.volunteerId,
      });
  }
  let quarters = 0;
  for (const { hours, volunteer } of best.values())
    if (volunteer === volunteerId) quarters += hours * 4;
  return quarters / 4;
}

describe('ledger, generated histories', () => {
  it('only ever appends, and counts what the plain rule counts at any time', () => {
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 40 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 200 }),
        (ops, noticeDays, laterHours) => {
          let ledger: Ledger = [];
          ops.forEach((step, index) => {
            const action = { by: 'wang-zhan', at: new Date(START + index * HOUR).toISOString() };
            const recordedIds = ledger.filter((e) => e.type === 'recorded').map((e) => e.id);
            const pick = (step as { target?: number }).target ?? 0;
            const target = recordedIds[pick % Math.max(1, recordedIds.length)] ?? 'none';
            const result =
              step.kind === 'record'
                ? recordService(
                    ledger,
                    {
                      ...SERVICE,
                      volunteerId: VOLUNTEERS[step.volunteer] as string,
                      hours: step.quarters / 4,
                    },
                    action,
                  )
                : step.kind === 'approve'
                  ? approve(ledger, target, action)
                  : step.kind === 'reject'
                    ? reject(ledger, target, '未到岗', action)
                    : correct(ledger, target, { hours: step.quarters / 4 }, '更正时长', action);
            if (result.ok) {
              expect(result.value.slice(0, ledger.length)).toEqual(ledger);
              expect(result.value).toHaveLength(ledger.length + 1);
              ledger = result.value;
            }
          });
          const now = START + (ops.length + laterHours) * HOUR;
          for (const volunteer of VOLUNTEERS)
            expect(
              hoursOf(volunteer, ledger, { now: new Date(now).toISOString(), noticeDays }),
            ).toBe(referenceHours(ledger, volunteer, now, noticeDays));
        },
      ),
      { numRuns: 400 },
    );
  });
});
