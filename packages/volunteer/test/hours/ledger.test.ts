import { describe, expect, it } from 'vitest';
import { approve, correct, type Ledger, recordService, reject } from '../../src/hours/ledger';
import { hoursByVolunteer, hoursOf, ledgerEntries } from '../../src/hours/ledger-view';
import { SERVICE, unwrap } from '../fixtures/ledger';

const RECORDED_AT = '2026-12-01T10:00:00.000Z';
const APPROVED_AT = '2026-12-02T02:00:00.000Z';
const rule = (now: string) => ({ now, noticeDays: 7 });

function recorded(): Ledger {
  return unwrap(recordService([], SERVICE, { by: 'wang-zhan', at: RECORDED_AT }));
}

describe('hours count only after approval and the notice period', () => {
  it('does not count recorded hours that nobody approved, however long they wait', () => {
    expect(hoursOf('v-zhang', recorded(), rule('2027-06-01T00:00:00Z'))).toBe(0);
    expect(ledgerEntries(recorded(), rule('2027-06-01T00:00:00Z')).map((e) => e.status)).toEqual([
      'pending',
    ]);
  });

  it('publishes approved hours for the notice period, then counts them', () => {
    const ledger = unwrap(approve(recorded(), '1', { by: 'wang-zhan', at: APPROVED_AT }));
    expect(hoursOf('v-zhang', ledger, rule('2026-12-09T01:59:59.999Z'))).toBe(0);
    expect(ledgerEntries(ledger, rule('2026-12-09T01:59:59.999Z'))[0]).toMatchObject({
      status: 'in-notice',
      approvedAt: APPROVED_AT,
      approvedBy: 'wang-zhan',
      countsFrom: '2026-12-09T02:00:00.000Z',
    });
    expect(hoursOf('v-zhang', ledger, rule('2026-12-09T02:00:00.000Z'))).toBe(2.5);
    expect(hoursOf('v-li', ledger, rule('2026-12-09T02:00:00.000Z'))).toBe(0);
  });

  it('counts at once with a notice period of 0 days', () => {
    const ledger = unwrap(approve(recorded(), '1', { by: 'wang-zhan', at: APPROVED_AT }));
    expect(hoursOf('v-zhang', ledger, { now: APPROVED_AT, noticeDays: 0 })).toBe(2.5);
  });

  it('never counts rejected hours, and keeps them in the ledger with the reason', () => {
    const ledger = unwrap(
      reject(recorded(), '1', '当天未到岗', { by: 'wang-zhan', at: APPROVED_AT }),
    );
    expect(hoursOf('v-zhang', ledger, rule('2027-01-01T00:00:00Z'))).toBe(0);
    expect(ledger).toHaveLength(2);
    expect(ledgerEntries(ledger, rule('2027-01-01T00:00:00Z'))[0]).toMatchObject({
      status: 'rejected',
      rejectedReason: '当天未到岗',
    });
  });
});

describe('corrections are new entries', () => {
  const approvedLedger = () =>
    unwrap(approve(recorded(), '1', { by: 'wang-zhan', at: APPROVED_AT }));

  it('changes the total once the correction counts, without removing the original entry', () => {
    const before = approvedLedger();
    const corrected = unwrap(
      correct(before, '1', { hours: 3.5 }, '签退时间记早了一小时', {
        by: 'wang-zhan',
        at: '2026-12-10T00:00:00Z',
      }),
    );
    expect(corrected.slice(0, before.length)).toEqual(before);
    expect(corrected).toHaveLength(3);
    // Until the correction is approved and published, the original still counts.
    expect(hoursOf('v-zhang', corrected, rule('2026-12-20T00:00:00Z'))).toBe(2.5);

    const approvedCorrection = unwrap(
      approve(corrected, '3', { by: 'wang-zhan', at: '2026-12-10T01:00:00Z' }),
    );
    expect(hoursOf('v-zhang', approvedCorrection, rule('2026-12-17T00:59:59Z'))).toBe(2.5);
    expect(hoursOf('v-zhang', approvedCorrection, rule('2026-12-17T01:00:00Z'))).toBe(3.5);
    expect(ledgerEntries(approvedCorrection, rule('2026-12-17T01:00:00Z'))).toEqual([
      expect.objectContaining({ id: '1', status: 'superseded', original: '1' }),
      expect.objectContaining({
        id: '3',
        status: 'counted',
        corrects: '1',
        correctionReason: '签退时间记早了一小时',
        original: '1',
        service: { ...SERVICE, hours: 3.5 },
      }),
    ]);
  });

  it('corrects a correction, and only the latest of a chain', () => {
    let ledger = approvedLedger();
    ledger = unwrap(
      correct(ledger, '1', { hours: 2 }, '实际 2 小时', {
        by: 'wang-zhan',
        at: '2026-12-10T00:00:00Z',
      }),
    );
    const stale = correct(ledger, '1', { hours: 1 }, '再次更正', {
      by: 'wang-zhan',
      at: '2026-12-11T00:00:00Z',
    });
    expect(stale.ok ? [] : stale.issues.map((i) => [i.path, i.code, i.message])).toEqual([
      ['/entryId', 'ledger_superseded', '记录 "1" 已有更正，请更正最新的记录 "3"。'],
    ]);
    ledger = unwrap(
      correct(ledger, '3', { hours: 1.75, content: '上门理发' }, '只理了发', {
        by: 'wang-zhan',
        at: '2026-12-11T00:00:00Z',
      }),
    );
    ledger = unwrap(approve(ledger, '3', { by: 'wang-zhan', at: '2026-12-11T01:00:00Z' }));
    ledger = unwrap(approve(ledger, '4', { by: 'wang-zhan', at: '2026-12-11T02:00:00Z' }));
    const view = ledgerEntries(ledger, rule('2026-12-30T00:00:00Z'));
    expect(view.map((e) => [e.id, e.status, e.original, e.service.hours])).toEqual([
      ['1', 'superseded', '1', 2.5],
      ['3', 'superseded', '1', 2],
      ['4', 'counted', '1', 1.75],
    ]);
    expect(hoursOf('v-zhang', ledger, rule('2026-12-30T00:00:00Z'))).toBe(1.75);
  });

  it('refuses to move hours to another volunteer or to correct without a reason', () => {
    const result = correct(approvedLedger(), '1', { volunteerId: 'v-li' } as never, ' ', {
      by: 'wang-zhan',
      at: '2026-12-10T00:00:00Z',
      locale: 'en',
    });
    expect(result.ok ? [] : result.issues.map((i) => [i.path, i.code, i.message])).toEqual([
      [
        '/reason',
        'ledger_reason_missing',
        'Give the reason, such as "check-out time was wrong; served 2 hours".',
      ],
      [
        '/volunteerId',
        'ledger_volunteer_fixed',
        'A correction cannot change the volunteer. Reject the entry and record a new one for the right volunteer.',
      ],
    ]);
  });
});

describe('ledger rules', () => {
  it('checks every field of a service and says how to fix it', () => {
    const result = recordService(
      [],
      { ...SERVICE, project: '', date: '2026-13-01', hours: 25, rating: 6, recorder: ' ' },
      { by: 'wang-zhan', at: RECORDED_AT },
    );
    expect(result.ok ? [] : result.issues.map((i) => [i.path, i.code, i.message])).toEqual([
      ['/project', 'ledger_field_missing', '请填写项目名称。'],
      ['/recorder', 'ledger_field_missing', '请填写记录人。'],
      [
        '/date',
        'ledger_bad_date',
        '服务日期 "2026-13-01" 无效，请写成 年-月-日，例如 2026-12-01。',
      ],
      [
        '/hours',
        'ledger_bad_hours',
        '服务时长 25 无效：须大于 0 且不超过 24 小时，请按签到签退时间核对。',
      ],
      ['/rating', 'ledger_bad_rating', '服务质量评价 6 无效，请填 1 到 5 的整数。'],
    ]);
    const precise = recordService(
      [],
      { ...SERVICE, hours: 1.333 },
      { by: 'wang-zhan', at: RECORDED_AT },
    );
    expect(precise.ok ? [] : precise.issues.map((i) => i.code)).toEqual(['ledger_hours_precision']);
  });

  it('refuses to approve twice, an unknown entry, or one’s own hours', () => {
    const ledger = unwrap(approve(recorded(), '1', { by: 'wang-zhan', at: APPROVED_AT }));
    const twice = approve(ledger, '1', { by: 'li-admin', at: APPROVED_AT });
    expect(twice.ok ? [] : twice.issues.map((i) => [i.code, i.message])).toEqual([
      [
        'ledger_already_decided',
        '记录 "1" 已由 wang-zhan 审核通过，不能再次审核；如有错误请提交更正。',
      ],
    ]);
    const unknown = approve(ledger, '9', { by: 'wang-zhan', at: APPROVED_AT });
    expect(unknown.ok ? [] : unknown.issues.map((i) => i.code)).toEqual(['ledger_unknown_entry']);
    const own = approve(recorded(), '1', { by: 'v-zhang', at: APPROVED_AT });
    expect(own.ok ? [] : own.issues.map((i) => i.code)).toEqual(['ledger_self_approval']);
    const noReason = reject(recorded(), '1', '', { by: 'wang-zhan', at: APPROVED_AT });
    expect(noReason.ok ? [] : noReason.issues.map((i) => i.code)).toEqual([
      'ledger_reason_missing',
    ]);
  });

  it('numbers events by their place in the ledger unless given an id, and refuses a duplicate id', () => {
    const ledger = unwrap(
      recordService(recorded(), SERVICE, { by: 'wang-zhan', at: RECORDED_AT, id: 'cw-2026-0002' }),
    );
    expect(ledger.map((e) => [e.seq, e.id])).toEqual([
      [1, '1'],
      [2, 'cw-2026-0002'],
    ]);
    const duplicate = recordService(ledger, SERVICE, { by: 'wang-zhan', at: RECORDED_AT, id: '1' });
    expect(duplicate.ok ? [] : duplicate.issues.map((i) => i.code)).toEqual([
      'ledger_duplicate_id',
    ]);
    const badTime = recordService([], SERVICE, { by: 'wang-zhan', at: 'yesterday' });
    expect(badTime.ok ? [] : badTime.issues.map((i) => i.code)).toEqual(['ledger_bad_time']);
  });

  it('sums counted hours per volunteer in hundredths, so 0.1-hour steps add up exactly', () => {
    let ledger: Ledger = [];
    for (let i = 0; i < 10; i += 1) {
      ledger = unwrap(
        recordService(ledger, { ...SERVICE, hours: 0.1 }, { by: 'wang-zhan', at: RECORDED_AT }),
      );
      ledger = unwrap(approve(ledger, String(ledger.length), { by: 'wang-zhan', at: APPROVED_AT }));
    }
    ledger = unwrap(
      recordService(
        ledger,
        { ...SERVICE, volunteerId: 'v-li', hours: 0.2 },
        { by: 'wang-zhan', at: RECORDED_AT },
      ),
    );
    ledger = unwrap(approve(ledger, String(ledger.length), { by: 'wang-zhan', at: APPROVED_AT }));
    expect(hoursOf('v-zhang', ledger, rule('2027-01-01T00:00:00Z'))).toBe(1);
    expect([...hoursByVolunteer(ledger, rule('2027-01-01T00:00:00Z'))]).toEqual([
      ['v-zhang', 1],
      ['v-li', 0.2],
    ]);
  });
});
