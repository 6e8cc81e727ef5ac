import { DEFAULT_LOCALE, type Locale } from '@yizhan/core/i18n';
import type { Ledger } from '../hours/ledger';
import { type CountingRule, countedEntries } from '../hours/ledger-view';
import { starLevel } from '../hours/star-level';
import {
  DEFAULT_PERSONAL_DATA_POLICY,
  type PersonalDataPolicy,
  profileFor,
  type Viewer,
  type VolunteerProfile,
} from './personal-data';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*';

/** ISO 7064 MOD 37-2 check character of letters and digits (catches any one wrong character). */
export function certificateCheckCharacter(body: string): string {
  let product = 0;
  for (const character of body.toUpperCase()) {
    const value = ALPHABET.indexOf(character);
    if (value < 0 || value > 35) continue;
    product = ((product + value) * 2) % 37;
  }
  return ALPHABET[(38 - product) % 37] as string;
}

/**
 * A certificate number: `YZ-<issuer>-<year>-<seq, 6 digits>-<check>`, with a check
 * character so a mistyped number is caught when someone verifies a certificate.
 *
 * @example
 * certificateNumber({ issuer: 'CW', year: 2026, seq: 42 }); // 'YZ-CW-2026-000042-' + check
 */
export function certificateNumber(parts: { issuer: string; year: number; seq: number }): string {
  const body = `YZ-${parts.issuer.toUpperCase()}-${parts.year}-${String(parts.seq).padStart(6, '0')}`;
  return `${body}-${certificateCheckCharacter(body)}`;
}

/** Whether a certificate number is well formed and its check character matches. */
export function verifyCertificateNumber(number: string): boolean {
  const match = /^(YZ-[A-Z0-9]{1,12}-\d{4}-\d{6})-([0-9A-Z*])$/.exec(number.trim().toUpperCase());
  return match !== null && certificateCheckCharacter(match[1] as string) === match[2];
}

/** What a certificate of service (志愿服务记录证明) states. */
export interface Certificate {
  readonly number: string;
  readonly volunteer: VolunteerProfile;
  readonly issuer: string;
  readonly personInCharge: string;
  /** `YYYY-MM-DD`. */
  readonly issuedOn: string;
  /** Counted hours, two decimals. */
  readonly hours: number;
  readonly stars: number;
  /** The counted services, oldest first. */
  readonly services: readonly { project: string; date: string; content: string; hours: number }[];
}

/**
 * A certificate from the ledger: the volunteer's counted services at `rule.now` (only
 * approved hours past their notice period, corrections applied).
 */
export function buildCertificate(
  ledger: Ledger,
  volunteer: VolunteerProfile,
  details: {
    number: string;
    issuer: string;
    personInCharge: string;
    issuedOn: string;
    rule: CountingRule;
    thresholds?: readonly number[];
  },
): Certificate {
  const services = countedEntries(ledger, details.rule)
    .filter((entry) => entry.service.volunteerId === volunteer.id)
    .map(({ service }) => ({
      project: service.project,
      date: service.date,
      content: service.content,
      hours: service.hours,
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const hours = services.reduce((sum, service) => sum + Math.round(service.hours * 100), 0) / 100;
  return {
    number: details.number,
    volunteer,
    issuer: details.issuer,
    personInCharge: details.personInCharge,
    issuedOn: details.issuedOn,
    hours,
    stars: starLevel(hours, details.thresholds),
    services,
  };
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** The certificate page's style sheet, A4 portrait, also for hosts that serve it as a file. */
export const CERTIFICATE_CSS = `@page { size: A4 portrait; margin: 18mm; }
body { font-family: "Songti SC", "SimSun", "Noto Serif CJK SC", serif; color: #111; margin: 0; }
.yz-certificate { max-width: 170mm; margin: 0 auto; padding: 12mm 0; }
.yz-certificate h1 { text-align: center; font-size: 22pt; letter-spacing: 0.3em; margin: 0 0 4mm; }
.yz-certificate .number { text-align: right; font-size: 10pt; margin: 0 0 8mm; }
.yz-certificate dl { display: grid; grid-template-columns: 32mm 1fr; gap: 2mm 4mm; margin: 0 0 6mm; }
.yz-certificate dt { font-weight: bold; }
.yz-certificate dd { margin: 0; }
.yz-certificate table { width: 100%; border-collapse: collapse; font-size: 10pt; }
.yz-certificate th, .yz-certificate td { border: 1px solid #333; padding: 1.5mm 2mm; text-align: left; }
.yz-certificate td.hours { text-align: right; }
.yz-certificate .issuer { margin-top: 14mm; text-align: right; line-height: 2; }
@media print { .yz-certificate { padding: 0; } tr { break-inside: avoid; } }
`;

const TEXT = {
  'zh-CN': {
    title: '志愿服务记录证明',
    number: '证明编号',
    name: '姓名',
    idType: '证件类型',
    idNumber: '证件号码',
    volunteerNumber: '志愿者编号',
    hours: '累计服务时长',
    hoursUnit: '小时',
    stars: '星级',
    project: '项目',
    date: '日期',
    content: '服务内容',
    serviceHours: '时长（小时）',
    statement: (name: string, hours: string) =>
      `兹证明 ${name} 经本组织记录并审核、公示的志愿服务时长累计 ${hours} 小时，服务内容如下。`,
    issuer: '出具单位',
    personInCharge: '负责人',
    issuedOn: '出具日期',
    none: '（无）',
  },
  en: {
    title: 'Certificate of Volunteer Service',
    number: 'Certificate number',
    name: 'Name',
    idType: 'ID type',
    idNumber: 'ID number',
    volunteerNumber: 'Volunteer number',
    hours: 'Total hours',
    hoursUnit: 'hours',
    stars: 'Star level',
    project: 'Project',
    date: 'Date',
    content: 'Service',
    serviceHours: 'Hours',
    statement: (name: string, hours: string) =>
      `This certifies that ${name} has served ${hours} hours of volunteer service, recorded, approved and published by this organisation, as listed below.`,
    issuer: 'Issued by',
    personInCharge: 'Person in charge',
    issuedOn: 'Issued on',
    none: '(none)',
  },
} as const;

/** Options of {@link certificateHtml}. */
export interface CertificateHtmlOptions {
  /** Who the page is printed for; the ID number is masked unless they may see it. */
  readonly viewer: Viewer;
  readonly policy?: PersonalDataPolicy;
  readonly locale?: Locale;
  /**
   * Where the style sheet comes from: inline `<style>` (default), or a URL of a file with
   * {@link CERTIFICATE_CSS}, for pages under a CSP without 'unsafe-inline' styles.
   */
  readonly stylesheetHref?: string;
}

/**
 * A printable certificate page (a whole HTML document with print CSS): the volunteer, ID
 * type and number (masked for viewers who do not need it), volunteer number, hours and
 * star level, the services, issuer, person in charge and certificate number. Every value
 * is escaped; there is no script.
 */
export function certificateHtml(certificate: Certificate, options: CertificateHtmlOptions): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const t = TEXT[locale];
  const e = escapeHtml;
  const volunteer = profileFor(
    certificate.volunteer,
    options.viewer,
    options.policy ?? DEFAULT_PERSONAL_DATA_POLICY,
  );
  const colon = locale === 'en' ? ': ' : '：';
  const hours = String(Math.round(certificate.hours * 100) / 100);
  const facts: [string, string | undefined][] = [
    [t.name, volunteer.name],
    [
      t.idType,
      volunteer.idNumber === undefined ? undefined : (volunteer.idType ?? TEXT[locale].idType),
    ],
    [t.idNumber, volunteer.idNumber],
    [t.volunteerNumber, volunteer.volunteerNumber],
    [t.hours, `${hours} ${t.hoursUnit}`],
    [t.stars, certificate.stars > 0 ? '★'.repeat(certificate.stars) : t.none],
  ];
  const rows = certificate.services
    .map(
      (service) =>
        `<tr><td>${e(service.date)}</td><td>${e(service.project)}</td><td>${e(service.content)}</td><td class="hours">${e(String(service.hours))}</td></tr>`,
    )
    .join('\n');
  const style =
    options.stylesheetHref === undefined
      ? `<style>\n${CERTIFICATE_CSS}</style>`
      : `<link rel="stylesheet" href="${e(options.stylesheetHref)}">`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<title>${e(t.title)} ${e(certificate.number)}</title>
${style}
</head>
<body>
<main class="yz-certificate">
<h1>${e(t.title)}</h1>
<p class="number">${e(t.number)}${colon}${e(certificate.number)}</p>
<dl>
${facts
  .filter((fact): fact is [string, string] => fact[1] !== undefined && fact[1] !== '')
  .map(([term, value]) => `<dt>${e(term)}</dt><dd>${e(value)}</dd>`)
  .join('\n')}
</dl>
<p>${e(t.statement(volunteer.name, hours))}</p>
<table>
<thead><tr><th>${e(t.date)}</th><th>${e(t.project)}</th><th>${e(t.content)}</th><th>${e(t.serviceHours)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p class="issuer">${e(t.issuer)}${colon}${e(certificate.issuer)}<br>${e(t.personInCharge)}${colon}${e(certificate.personInCharge)}<br>${e(t.issuedOn)}${colon}${e(certificate.issuedOn)}</p>
</main>
</body>
</html>
`;
}
