// <yz-flow-diagram> from its sources in a page whose policy forbids eval and inline
// scripts and styles: it must draw, highlight and resize with no violation.
import { afterEach, expect, it } from 'vitest';
import microWish from '../../volunteer/templates/micro-wish.flow.json';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";

interface CspWindow extends Window {
  __violations: string[];
}

afterEach(() => {
  document.body.replaceChildren();
});

it('draws and highlights under a strict CSP with no violation', async () => {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html lang="zh-CN"><head>
    <meta http-equiv="Content-Security-Policy" content="${POLICY}">
    <script src="/packages/elements/test/fixtures/csp-listen.js"></script>
    <script type="module" src="/packages/elements/src/flow-diagram/yz-flow-diagram.ts"></script>
    </head><body><yz-flow-diagram active="review"></yz-flow-diagram></body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const frame = iframe.contentWindow as CspWindow;
  await frame.customElements.whenDefined('yz-flow-diagram');
  const diagram = frame.document.querySelector('yz-flow-diagram') as HTMLElement & {
    definition: unknown;
    active: readonly string[];
    updateComplete: Promise<boolean>;
    shadowRoot: ShadowRoot;
  };
  diagram.definition = microWish;
  await diagram.updateComplete;
  const svg = diagram.shadowRoot.querySelector('svg') as SVGSVGElement;
  expect(svg.style.minWidth).not.toBe('');
  expect(diagram.shadowRoot.querySelectorAll('g.node.active')).toHaveLength(1);
  diagram.active = ['match', 'serve'];
  await diagram.updateComplete;
  expect(diagram.shadowRoot.querySelectorAll('g.node.active')).toHaveLength(2);
  // A probe: an inline style attribute is reported. Reports arrive in order, so once the
  // probe's is in, any the diagram caused are in too: it must be the only one.
  const probe = frame.document.createElement('div');
  probe.setAttribute('style', 'color: red');
  frame.document.body.append(probe);
  await expect.poll(() => frame.__violations.length).toBeGreaterThan(0);
  expect(frame.__violations).toHaveLength(1);
  expect(frame.__violations[0]).toMatch(/^style-src-attr /);
});
