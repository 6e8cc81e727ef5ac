import { describe, expect, it } from 'vitest';
import {
  buildCertificate,
  certificateHtml,
  certificateNumber,
  escapeHtml,
  verifyCertificateNumber,
} from '../../src/records/certificate';
import { profileFromRegistration } from '../../src/records/personal-data';
import { ADULT_ID } from '../fixtures/form-answers';
import { approvedService, SERVICE } from '../fixtures/ledger';

const volunteer = profileFromRegistration(
  { name: '张<script>伟', idNumber: ADULT_ID, phone: '13907960001' },
  { id: 'v-zhang', volunteerNumber: 'JX3608-2026-000123' },
);

function certificate() {
  let ledger = approvedService([], SERVICE, '2026-12-01T10:00:00Z');
  // Four full days of the 文艺汇演 and a morning of community building: 98 hours.
  for (const day of ['01', '02', '03', '04'])
    ledger = approvedService(
      ledger,
      { ...SERVICE, date: `2026-11-${day}`, hours: 24, content: '文艺汇演' },
      '2026-11-20T10:00:00Z',
    );
  ledger = approvedService(
    ledger,
    { ...SERVICE, date: '2026-11-20', hours: 2, content: '"五彩益家" & <b>社区营造</b>' },
    '2026-11-20T10:00:00Z',
  );
  // Approved yesterday: still in its notice period, so not on the certificate.
  ledger = approvedService(
    ledger,
    { ...SERVICE, date: '2026-12-19', hours: 4 },
    '2026-12-19T00:00:00Z',
  );
  return buildCertificate(ledger, volunteer, {
    number: certificateNumber({ issuer: 'cw', year: 2026, seq: 42 }),
    issuer: '崇文社区新时代文明实践站',
    personInCharge: '王站长',
    issuedOn: '2026-12-20',
    rule: { now: '2026-12-20T00:00:00Z', noticeDays: 7 },
  });
}

describe('certificate numbers', () => {
  it('carry a check character that catches a mistyped character', () => {
    const number = certificateNumber({ issuer: 'cw', year: 2026, seq: 42 });
    expect(number).toMatch(/^YZ-CW-2026-000042-[0-9A-Z*]$/);
    expect(verifyCertificateNumber(number)).toBe(true);
    expect(verifyCertificateNumber(number.toLowerCase())).toBe(true);
    expect(verifyCertificateNumber(number.replace('000042', '000043'))).toBe(false);
    expect(verifyCertificateNumber(number.replace('CW', 'CX'))).toBe(false);
    expect(verifyCertificateNumber('YZ-CW-2026-42-1')).toBe(false);
  });
});

describe('certificate', () => {
  it('states counted hours and services only, oldest first, with the star level', () => {
    const cert = certificate();
    expect(cert.hours).toBe(100.5);
    expect(cert.stars).toBe(1);
    expect(cert.services.map((s) => [s.date, s.hours])).toEqual([
      ['2026-11-01', 24],
      ['2026-11-02', 24],
      ['2026-11-03', 24],
      ['2026-11-04', 24],
      ['2026-11-20', 2],
      ['2026-12-01', 2.5],
    ]);
  });

  it('prints a page with print CSS and every value escaped; the ID number in full only for the issuer', () => {
    const html = certificateHtml(certificate(), { viewer: 'issuer' });
    expect(html).toContain('@page { size: A4 portrait; margin: 18mm; }');
    expect(html).toContain('@media print');
    expect(html).toContain('<dt>证件号码</dt><dd>36080219850312123X</dd>');
    expect(html).toContain('<dt>姓名</dt><dd>张&lt;script&gt;伟</dd>');
    expect(html).toContain('<td>&quot;五彩益家&quot; &amp; &lt;b&gt;社区营造&lt;/b&gt;</td>');
    expect(html).toContain('<dt>累计服务时长</dt><dd>100.5 小时</dd>');
    expect(html).toContain('<dt>星级</dt><dd>★</dd>');
    expect(html).toMatch(/<p class="number">证明编号：YZ-CW-2026-000042-[0-9A-Z*]<\/p>/);
    expect(html).toContain('负责人：王站长');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('13907960001');

    const forAdmin = certificateHtml(certificate(), {
      viewer: 'admin',
      locale: 'en',
      stylesheetHref: '/css/cert.css?a=1&b="2"',
    });
    expect(forAdmin).toContain('<dt>ID number</dt><dd>3608**********123X</dd>');
    expect(forAdmin).not.toContain(ADULT_ID);
    expect(forAdmin).toContain(
      '<link rel="stylesheet" href="/css/cert.css?a=1&amp;b=&quot;2&quot;">',
    );
    expect(forAdmin).not.toContain('<style>');
    expect(forAdmin).toContain('Issued by: 崇文社区新时代文明实践站');
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
