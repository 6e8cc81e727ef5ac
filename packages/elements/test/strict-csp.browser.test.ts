// The one-file bundle (dist/yizhan.js, built by `pnpm --filter @yizhan/elements build`)
// in a page whose policy forbids eval and inline scripts and styles: it must render,
// validate and submit every field type without a single violation.
import { afterEach, expect, it } from 'vitest';
import everyField from './fixtures/every-field.json';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";

afterEach(() => {
  document.body.replaceChildren();
});

interface CspWindow extends Window {
  __violations: string[];
}

async function strictPage(): Promise<CspWindow> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html lang="zh-CN"><head>
    <meta http-equiv="Content-Security-Policy" content="${POLICY}">
    <script src="/packages/elements/test/fixtures/csp-listen.js"></script>
    <script type="module" src="/packages/elements/dist/yizhan.js"></script>
    </head><body><yz-form></yz-form></body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const frame = iframe.contentWindow as CspWindow;
  await frame.customElements.whenDefined('yz-form');
  return frame;
}

it('renders, validates and submits every field type under a strict CSP with no violation', async () => {
  const frame = await strictPage();
  const form = frame.document.querySelector('yz-form') as HTMLElement & {
    definition: unknown;
    value: Record<string, unknown>;
    optionSources: unknown;
    updateComplete: Promise<boolean>;
    requestSubmit(): void;
    shadowRoot: ShadowRoot;
  };
  form.optionSources = { streets: [{ value: 'hedong', label: '河东街道' }] };
  form.definition = everyField;
  await form.updateComplete;
  expect(form.shadowRoot.querySelectorAll('[data-pointer]')).toHaveLength(18);
  const outcomes: string[] = [];
  form.addEventListener('yz-invalid', () => outcomes.push('invalid'));
  form.addEventListener('yz-submit', (event) =>
    outcomes.push(`submit ${JSON.stringify((event as CustomEvent).detail.data)}`),
  );
  form.requestSubmit();
  await form.updateComplete;
  const name = form.shadowRoot.querySelector('yz-text')?.shadowRoot?.querySelector('input');
  if (!name) throw new Error('no name input');
  name.value = '李梅';
  name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  form.value = { name: '李梅', phone: '13812345678', consent: true };
  await form.updateComplete;
  form.requestSubmit();
  await form.updateComplete;
  expect(outcomes).toEqual([
    'invalid',
    'submit {"name":"李梅","phone":"13812345678","consent":true}',
  ]);
  expect(frame.__violations).toEqual([]);
  // An inline style attribute is reported: the probe works, so the empty list above means something.
  const probe = frame.document.createElement('div');
  probe.setAttribute('style', 'color: red');
  frame.document.body.append(probe);
  await expect.poll(() => frame.__violations.length).toBe(1);
});
