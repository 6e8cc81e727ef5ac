import { type CSSResult, css, unsafeCSS } from 'lit';

// The design tokens as CSS declarations. Kept as constants so the same values serve
// `<yz-form>` (always) and a field element used on its own (only when not embedded in a
// form, so a form's theme and the host page's overrides reach the fields it renders).
const lightTokens = css`
  --yz-font-family: system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif;
  --yz-font-size: 1rem;
  --yz-line-height: 1.5;
  --yz-color-text: #1f2328;
  --yz-color-muted: #57606a;
  --yz-color-background: #ffffff;
  --yz-color-surface: #f6f8fa;
  --yz-color-border: #8c959f;
  --yz-color-primary: #b42318;
  --yz-color-on-primary: #ffffff;
  --yz-color-error: #b3261e;
  --yz-color-focus: #0b57d0;
  --yz-border-width: 1px;
  --yz-focus-width: 3px;
  --yz-radius: 6px;
  --yz-space: 0.75rem;
  --yz-control-height: 2.75rem;
`;
const darkTokens = css`
  --yz-color-text: #e6edf3;
  --yz-color-muted: #b1bac4;
  --yz-color-background: #161b22;
  --yz-color-surface: #21262d;
  --yz-color-border: #8b949e;
  --yz-color-primary: #ff9b93;
  --yz-color-on-primary: #161b22;
  --yz-color-error: #ffaba3;
  --yz-color-focus: #79c0ff;
`;
// Large text and high contrast for elderly residents: 22 px text, black on white (21:1),
// thicker borders and focus rings, larger touch targets.
const largeTokens = css`
  --yz-font-size: 1.375rem;
  --yz-line-height: 1.6;
  --yz-color-text: #000000;
  --yz-color-muted: #1f1f1f;
  --yz-color-background: #ffffff;
  --yz-color-surface: #ffffff;
  --yz-color-border: #000000;
  --yz-color-primary: #8a0f0f;
  --yz-color-on-primary: #ffffff;
  --yz-color-error: #8a0f0f;
  --yz-color-focus: #0033a0;
  --yz-border-width: 2px;
  --yz-focus-width: 4px;
  --yz-control-height: 3.25rem;
`;
const largeDarkTokens = css`
  --yz-color-text: #ffffff;
  --yz-color-muted: #f0f0f0;
  --yz-color-background: #000000;
  --yz-color-surface: #000000;
  --yz-color-border: #ffffff;
  --yz-color-primary: #ffd166;
  --yz-color-on-primary: #000000;
  --yz-color-error: #ffb4ab;
  --yz-color-focus: #8ab4ff;
`;

/**
 * The default, dark (`prefers-color-scheme`) and large high-contrast (`theme="large"`)
 * token values, declared on hosts matching `host` (a `:host(...)` selector).
 */
export function themeTokens(host: string): CSSResult {
  const large = host === ':host' ? ":host([theme~='large'])" : `${host}[theme~='large']`;
  const hostRule = unsafeCSS(host);
  const largeRule = unsafeCSS(large);
  return css`
    ${hostRule} { ${lightTokens} }
    @media (prefers-color-scheme: dark) { ${hostRule} { ${darkTokens} } }
    ${largeRule} { ${largeTokens} }
    @media (prefers-color-scheme: dark) { ${largeRule} { ${largeDarkTokens} } }
  `;
}

/** Base host styles shared by the form and every field element. */
export const hostStyles = css`
  :host {
    display: block;
    font-family: var(--yz-font-family);
    font-size: var(--yz-font-size);
    line-height: var(--yz-line-height);
    color: var(--yz-color-text);
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    min-height: var(--yz-control-height);
    padding: 0.375rem 1rem;
    border: var(--yz-border-width) solid var(--yz-color-primary);
    border-radius: var(--yz-radius);
    background: var(--yz-color-background);
    color: var(--yz-color-primary);
    cursor: pointer;
  }
  button.primary {
    background: var(--yz-color-primary);
    color: var(--yz-color-on-primary);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  :focus-visible {
    outline: var(--yz-focus-width) solid var(--yz-color-focus);
    outline-offset: 2px;
  }
`;
