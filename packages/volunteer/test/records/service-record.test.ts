import { describe, expect, it } from 'vitest';
import { correct, type Ledger } from '../../src/hours/ledger';
import {
  disclose,
  profileFor,
  profileFromRegistration,
  type VolunteerProfile,
} from '../../src/records/personal-data';
import { serviceRecordCsv, serviceRecordRows } from '../../src/records/service-record';
import { ADULT_ID } from '../fixtures/form-answers';
import { approvedService, SERVICE, unwrap } from '../fixtures/ledger';

const zhang: VolunteerProfile = profileFromRegistration(
  {
    name: '张伟',
    idNumber: ADULT_ID.toLowerCase(),
    phone: '13907960001',
    skills: ['理发', '家电维修'],
  },
  { id: 'v-zhang', volunteerNumber: 'JX3608-2026-000123', orgId: 'chongwen-station' },
);
const profiles = new Map([[zhang.id, zhang]]);
const NOW = '2026-12-20T00:00:00Z';

function ledger(): Ledger {
  let result = approvedService([], SERVICE, '2026-12-01T10:00:00Z');
  result = approvedService(
    result,
    { ...SERVICE, volunteerId: 'v-unknown', content: '=HYPERLINK("http://evil")' },
    '2026-12-02T10:00:00Z',
  );
  return result;
}

describe('personal data', () => {
  it('reads sex and birth month from the ID number of a registration', () => {
    expect(zhang).toEqual({
      id: 'v-zhang',
      name: '张伟',
      sex: 'male',
      birthMonth: '1985-03',
      idType: '居民身份证',
      idNumber: ADULT_ID,
      volunteerNumber: 'JX3608-2026-000123',
      phone: '13907960001',
      skills: ['理发', '家电维修'],
      orgId: 'chongwen-station',
    });
  });

  it('shows each viewer only what it needs', () => {
    const seen = (viewer: Parameters<typeof profileFor>[1]) => {
      const p = profileFor(zhang, viewer);
      return [p.name, p.idNumber, p.phone, p.birthMonth];
    };
    expect(seen('self')).toEqual(['张伟', ADULT_ID, '13907960001', '1985-03']);
    expect(seen('issuer')).toEqual(['张伟', ADULT_ID, '139****0001', '1985-03']);
    expect(seen('coordinator')).toEqual(['张伟', '3608**********123X', '13907960001', '1985-03']);
    expect(seen('admin')).toEqual(['张伟', '3608**********123X', '139****0001', undefined]);
    expect(seen('public')).toEqual(['张*', undefined, undefined, undefined]);
    expect(disclose('phone', '13907960001', 'public')).toBeUndefined();
  });
});

describe('service record export', () => {
  it('writes the national record fields, counted entries only, masked for an administrator', () => {
    const rows = serviceRecordRows(ledger(), profiles, {
      rule: { now: NOW, noticeDays: 7 },
      viewer: 'admin',
    });
    expect(rows).toEqual([
      [
        '志愿者姓名',
        '性别',
        '出生年月',
        '证件类型',
        '证件号码',
        '志愿者编号',
        '联系方式',
        '特长',
        '项目名称',
        '服务日期',
        '服务地点',
        '服务对象',
        '服务内容',
        '服务时长（小时）',
        '服务质量',
        '负责人',
        '记录人',
        '记录编号',
        '状态',
        '更正说明',
      ],
      [
        '张伟',
        '男',
        undefined,
        '居民身份证',
        '3608**********123X',
        'JX3608-2026-000123',
        '139****0001',
        '理发、家电维修',
        '五彩益家·幸福邻里',
        '2026-12-01',
        '崇文社区新时代文明实践站',
        '独居老人 涂仁华',
        '上门理发、打扫卫生',
        2.5,
        5,
        '王站长',
        'wang-zhan',
        '1',
        '已计入',
        '',
      ],
      [
        'v-unknown',
        '',
        undefined,
        '',
        undefined,
        undefined,
        undefined,
        undefined,
        '五彩益家·幸福邻里',
        '2026-12-01',
        '崇文社区新时代文明实践站',
        '独居老人 涂仁华',
        '=HYPERLINK("http://evil")',
        2.5,
        5,
        '王站长',
        'wang-zhan',
        '3',
        '已计入',
        '',
      ],
    ]);
  });

  it('never puts a full ID number or phone in an administrator’s CSV, and defuses formulas', () => {
    const csv = serviceRecordCsv(ledger(), profiles, {
      rule: { now: NOW, noticeDays: 7 },
      viewer: 'admin',
    });
    expect(csv.startsWith('\uFEFF志愿者姓名,性别,')).toBe(true);
    expect(csv).not.toContain(ADULT_ID);
    expect(csv).not.toContain('13907960001');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('lists every entry with its status and corrections when asked, in English', () => {
    const corrected = unwrap(
      correct(ledger(), '1', { hours: 3 }, 'Forgot the cleaning hour', {
        by: 'wang-zhan',
        at: '2026-12-05T00:00:00Z',
      }),
    );
    const rows = serviceRecordRows(corrected, profiles, {
      rule: { now: NOW, noticeDays: 7 },
      viewer: 'self',
      include: 'all',
      volunteerIds: ['v-zhang'],
      locale: 'en',
    });
    expect(rows.map((row) => [row[0], row[1], row[4], row[13], row[17], row[18], row[19]])).toEqual(
      [
        ['Volunteer', 'Sex', 'ID number', 'Hours', 'Entry', 'Status', 'Correction'],
        ['张伟', 'Male', ADULT_ID, 2.5, '1', 'Counted', ''],
        ['张伟', 'Male', ADULT_ID, 3, '5', 'Pending', '1 → 5: Forgot the cleaning hour'],
      ],
    );
  });
});
