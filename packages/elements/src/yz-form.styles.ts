import { css } from 'lit';

/** The default theme of `<yz-form>`, themable through `--yz-*` custom properties. */
export const yzFormStyles = css`
  :host {
    --yz-font-family: system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif;
    --yz-font-size: 1rem;
    --yz-color-text: #1f2328;
    --yz-color-muted: #57606a;
    --yz-color-background: #ffffff;
    --yz-color-border: #8c959f;
    --yz-color-primary: #b42318;
    --yz-color-on-primary: #ffffff;
    --yz-color-error: #b3261e;
    --yz-radius: 6px;
    --yz-space: 0.75rem;
    display: block;
    font-family: var(--yz-font-family);
    font-size: var(--yz-font-size);
    color: var(--yz-color-text);
    background: var(--yz-color-background);
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --yz-color-text: #e6edf3;
      --yz-color-muted: #b1bac4;
      --yz-color-background: #161b22;
      --yz-color-border: #6e7681;
      --yz-color-primary: #ff7b72;
      --yz-color-on-primary: #161b22;
      --yz-color-error: #ffa198;
    }
  }
  form {
    display: grid;
    gap: var(--yz-space);
    max-width: 40rem;
  }
  h2 {
    font-size: 1.25em;
    margin: 0;
  }
  .description,
  .help {
    color: var(--yz-color-muted);
    margin: 0;
    font-size: 0.9em;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field.checkbox {
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.5rem;
  }
  .field.checkbox .help,
  .field.checkbox .error {
    grid-column: 2;
  }
  label {
    font-weight: 600;
  }
  .required-mark {
    color: var(--yz-color-error);
    margin-inline-start: 0.25em;
  }
  input[type='text'],
  select {
    font: inherit;
    color: inherit;
    background: var(--yz-color-background);
    border: 1px solid var(--yz-color-border);
    border-radius: var(--yz-radius);
    padding: 0.5rem 0.625rem;
    min-height: 2.75rem;
    box-sizing: border-box;
    width: 100%;
  }
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
  }
  input:focus-visible,
  select:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--yz-color-primary);
    outline-offset: 2px;
  }
  [aria-invalid='true'] {
    border-color: var(--yz-color-error);
  }
  .error {
    color: var(--yz-color-error);
    margin: 0;
    font-size: 0.9em;
  }
  .error:empty {
    display: none;
  }
  .summary {
    border: 1px solid var(--yz-color-error);
    border-radius: var(--yz-radius);
    padding: 0.5rem 0.75rem;
    color: var(--yz-color-error);
    margin: 0;
  }
  button {
    font: inherit;
    justify-self: start;
    min-height: 2.75rem;
    padding: 0.5rem 1.5rem;
    border: none;
    border-radius: var(--yz-radius);
    background: var(--yz-color-primary);
    color: var(--yz-color-on-primary);
    cursor: pointer;
  }
`;
