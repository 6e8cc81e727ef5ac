import { css } from 'lit';

/** The layout of `<yz-form>`; colours and sizes come from the `--yz-*` tokens (see theme.ts). */
export const yzFormStyles = css`
  :host {
    background: var(--yz-color-background);
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
  h3 {
    font-size: 1.1em;
    margin: 0;
  }
  h3:focus {
    outline: none;
  }
  .description,
  .help {
    color: var(--yz-color-muted);
    margin: 0;
    font-size: 0.9em;
  }
  .section,
  .repeat,
  .row-fields {
    display: grid;
    gap: var(--yz-space);
    margin: 0;
    min-width: 0;
    border: var(--yz-border-width) solid var(--yz-color-border);
    border-radius: var(--yz-radius);
    padding: var(--yz-space);
  }
  .section > legend,
  .repeat > legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  .row-fields > legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .rows {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--yz-space);
  }
  .row-actions,
  .actions,
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .add {
    justify-self: start;
  }
  .required-mark {
    color: var(--yz-color-error);
    margin-inline-start: 0.25em;
  }
  .error {
    color: var(--yz-color-error);
    margin: 0;
    font-size: 0.9em;
    font-weight: 600;
  }
  .error:empty {
    display: none;
  }
  .summary,
  .draft {
    border: var(--yz-border-width) solid var(--yz-color-error);
    border-radius: var(--yz-radius);
    padding: 0.5rem 0.75rem;
    margin: 0;
  }
  .summary {
    color: var(--yz-color-error);
  }
  .draft {
    border-color: var(--yz-color-border);
    background: var(--yz-color-surface);
    display: grid;
    gap: 0.5rem;
  }
  .draft p {
    margin: 0;
  }
  .progress {
    display: grid;
    gap: 0.25rem;
  }
  progress {
    width: 100%;
    height: 0.5rem;
    accent-color: var(--yz-color-primary);
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
    color: var(--yz-color-muted);
  }
  .steps .current {
    color: var(--yz-color-text);
    font-weight: 700;
  }
  .steps .done::before {
    content: '✓ ';
  }
  .unsupported {
    color: var(--yz-color-error);
    margin: 0;
  }
  code {
    font-family: ui-monospace, monospace;
  }
  @media (max-width: 24rem) {
    .actions button {
      flex: 1 1 auto;
    }
  }
`;
