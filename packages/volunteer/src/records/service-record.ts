import { DEFAULT_LOCALE, type Locale } from '@yizhan/core/i18n';
import type { Ledger } from '../hours/ledger';
import { type CountingRule, type EntryStatus, ledgerEntries } from '../hours/ledger-view';
import { type CsvCell, toCsv } from './csv';
import {
  DEFAULT_PERSONAL_DATA_POLICY,
  type PersonalDataPolicy,
  profileFor,
  type Viewer,
  type VolunteerProfile,
} from './personal-data';

/** Options of {@link serviceRecordRows} and {@link serviceRecordCsv}. */
export interface ServiceRecordOptions {
  /** When hours count. */
  readonly rule: CountingRule;
  /** Who the export is for; personal data is masked for them (see `Viewer`). */
  readonly viewer: Viewer;
  readonly policy?: PersonalDataPolicy;
  readonly locale?: Locale;
  /** `counted` (default): entries that count now. `all`: every entry, with its status. */
  readonly include?: 'counted' | 'all';
  /** Only these volunteers (all when not given). */
  readonly volunteerIds?: readonly string[];
}

const HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  'zh-CN': [
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
  en: [
    'Volunteer',
    'Sex',
    'Birth month',
    'ID type',
    'ID number',
    'Volunteer number',
    'Contact',
    'Skills',
    'Project',
    'Date',
    'Place',
    'Beneficiary',
    'Content',
    'Hours',
    'Quality',
    'Person in charge',
    'Recorder',
    'Entry',
    'Status',
    'Correction',
  ],
};

const SEX: Readonly<Record<Locale, Record<'male' | 'female', string>>> = {
  'zh-CN': { male: '男', female: '女' },
  en: { male: 'Male', female: 'Female' },
};

const STATUS: Readonly<Record<Locale, Record<EntryStatus, string>>> = {
  'zh-CN': {
    pending: '待审核',
    rejected: '已驳回',
    'in-notice': '公示中',
    counted: '已计入',
    superseded: '已被更正',
  },
  en: {
    pending: 'Pending',
    rejected: 'Rejected',
    'in-notice': 'In notice',
    counted: 'Counted',
    superseded: 'Superseded',
  },
};

/**
 * The service record (志愿服务记录) as rows: a header, then one row per ledger entry with
 * the national record fields, personal data shown as `options.viewer` may see it.
 * Entries of volunteers without a profile show the volunteer id as the name.
 */
export function serviceRecordRows(
  ledger: Ledger,
  profiles: ReadonlyMap<string, VolunteerProfile>,
  options: ServiceRecordOptions,
): CsvCell[][] {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const policy = options.policy ?? DEFAULT_PERSONAL_DATA_POLICY;
  const wanted = options.volunteerIds === undefined ? undefined : new Set(options.volunteerIds);
  const entries = ledgerEntries(ledger, options.rule).filter(
    (entry) =>
      (options.include === 'all' || entry.status === 'counted') &&
      (wanted === undefined || wanted.has(entry.service.volunteerId)),
  );
  const rows: CsvCell[][] = [[...HEADERS[locale]]];
  for (const entry of entries) {
    const { service } = entry;
    const known = profiles.get(service.volunteerId);
    const profile = profileFor(
      known ?? { id: service.volunteerId, name: service.volunteerId },
      options.viewer,
      policy,
    );
    rows.push([
      profile.name,
      profile.sex === undefined ? '' : SEX[locale][profile.sex],
      profile.birthMonth,
      profile.idNumber === undefined
        ? ''
        : (profile.idType ?? (locale === 'en' ? 'Resident ID' : '居民身份证')),
      profile.idNumber,
      profile.volunteerNumber,
      profile.phone,
      profile.skills?.join(locale === 'en' ? '; ' : '、'),
      service.project,
      service.date,
      service.place,
      service.beneficiary,
      service.content,
      service.hours,
      service.rating,
      service.personInCharge,
      service.recorder,
      entry.id,
      STATUS[locale][entry.status],
      entry.corrects === undefined
        ? ''
        : `${entry.corrects} → ${entry.id}: ${entry.correctionReason ?? ''}`,
    ]);
  }
  return rows;
}

/**
 * The service record as CSV for Excel (RFC 4180, UTF-8 with BOM, formula injection made
 * inert), personal data masked for `options.viewer`.
 *
 * @example
 * const csv = serviceRecordCsv(ledger, profiles, { rule: { now, noticeDays: 7 }, viewer: 'admin' });
 */
export function serviceRecordCsv(
  ledger: Ledger,
  profiles: ReadonlyMap<string, VolunteerProfile>,
  options: ServiceRecordOptions,
): string {
  return toCsv(serviceRecordRows(ledger, profiles, options));
}
