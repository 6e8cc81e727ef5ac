import { css } from 'lit';

/** The look every field element shares: label, help, error and native controls. */
export const fieldStyles = css`
  .field {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25rem;
  }
  label,
  legend {
    font-weight: 600;
  }
  .choices label,
  .parts label {
    font-weight: 400;
  }
  .required-mark {
    color: var(--yz-color-error);
    margin-inline-start: 0.25em;
  }
  .help {
    color: var(--yz-color-muted);
    margin: 0;
    font-size: 0.9em;
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
  input,
  select,
  textarea {
    font: inherit;
    color: var(--yz-color-text);
    background: var(--yz-color-background);
    border: var(--yz-border-width) solid var(--yz-color-border);
    border-radius: var(--yz-radius);
    padding: 0.5rem 0.625rem;
    min-height: var(--yz-control-height);
    box-sizing: border-box;
    width: 100%;
    max-width: 100%;
  }
  input::placeholder,
  textarea::placeholder {
    color: var(--yz-color-muted);
    opacity: 1;
  }
  input[readonly],
  textarea[readonly] {
    background: var(--yz-color-surface);
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25em;
    height: 1.25em;
    min-height: 0;
    margin: 0.15em 0 0;
    padding: 0;
    accent-color: var(--yz-color-primary);
    flex: none;
  }
  [aria-invalid='true'] {
    border-color: var(--yz-color-error);
    border-width: 2px;
  }
  .choices {
    display: grid;
    gap: 0.25rem;
  }
  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    min-height: var(--yz-control-height);
    align-content: center;
    padding-block: 0.25rem;
    box-sizing: border-box;
  }
  .with-unit {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .unit {
    color: var(--yz-color-muted);
    flex: none;
  }
  textarea {
    resize: vertical;
  }
`;
