import { css } from 'lit';

/** The layout of `<yz-relay>`; colours and sizes come from the `--yz-*` tokens. */
export const relayStyles = css`
  :host {
    background: var(--yz-color-background);
    max-width: 48rem;
  }
  .relay {
    display: grid;
    gap: calc(var(--yz-space) * 1.5);
  }
  section {
    display: grid;
    gap: var(--yz-space);
    min-width: 0;
  }
  h2 {
    font-size: 1.2em;
    margin: 0;
  }
  h3 {
    font-size: 1.05em;
    margin: 0;
  }
  p {
    margin: 0;
  }
  label {
    font-weight: 600;
  }
  .help,
  .meta {
    color: var(--yz-color-muted);
    font-size: 0.9em;
  }
  textarea,
  input {
    font: inherit;
    color: var(--yz-color-text);
    background: var(--yz-color-background);
    border: var(--yz-border-width) solid var(--yz-color-border);
    border-radius: var(--yz-radius);
    padding: 0.5rem 0.625rem;
    min-height: var(--yz-control-height);
    box-sizing: border-box;
    width: 100%;
  }
  textarea {
    min-height: 8rem;
    resize: vertical;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  ol,
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--yz-space) / 2);
  }
  .card {
    display: grid;
    gap: 0.25rem;
    padding: calc(var(--yz-space) * 0.75);
    border: var(--yz-border-width) solid var(--yz-color-border);
    border-radius: var(--yz-radius);
    background: var(--yz-color-surface);
    overflow-wrap: anywhere;
  }
  .card.failing {
    border-color: var(--yz-color-error);
    border-inline-start-width: 0.375rem;
  }
  .card.withdrawn .items {
    text-decoration: line-through;
  }
  .address {
    font-weight: 700;
  }
  .status-bad {
    color: var(--yz-color-error);
    font-weight: 600;
  }
  .status-ok {
    color: var(--yz-color-muted);
  }
  .issue {
    color: var(--yz-color-error);
    font-weight: 600;
  }
  .warning {
    color: var(--yz-color-muted);
  }
  .raw {
    font-family: inherit;
    white-space: pre-wrap;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--yz-space) / 2);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.2em;
    padding-bottom: 0.5rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.375rem 0.5rem;
    border-bottom: var(--yz-border-width) solid var(--yz-color-border);
    overflow-wrap: anywhere;
  }
  td.number,
  th.number {
    text-align: end;
    white-space: nowrap;
  }
  details > summary {
    cursor: pointer;
    min-height: var(--yz-control-height);
    display: flex;
    align-items: center;
  }
`;
