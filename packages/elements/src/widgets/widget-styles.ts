import { css } from 'lit';

/** Layout shared by the portal widgets: a card that fits a 360 px phone screen. */
export const widgetStyles = css`
  :host {
    max-width: 40rem;
  }
  .card {
    background: var(--yz-color-background);
    border: var(--yz-border-width) solid var(--yz-color-border);
    border-radius: var(--yz-radius);
    padding: var(--yz-space);
    overflow-wrap: anywhere;
  }
  h2,
  h3 {
    margin: 0 0 var(--yz-space);
    font-size: 1.25em;
    line-height: 1.3;
  }
  h3 {
    font-size: 1.1em;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0 0 var(--yz-space);
  }
  dt {
    color: var(--yz-color-muted);
  }
  dd {
    margin: 0;
  }
  p {
    margin: 0 0 var(--yz-space);
  }
  .status {
    padding: var(--yz-space);
    border-radius: var(--yz-radius);
    background: var(--yz-color-surface);
    border-inline-start: calc(var(--yz-border-width) * 4) solid var(--yz-color-primary);
  }
  .status.error {
    border-inline-start-color: var(--yz-color-error);
    color: var(--yz-color-error);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: var(--yz-space);
  }
  .actions button {
    flex: 1 1 8rem;
  }
  label {
    display: block;
    margin-bottom: 0.25rem;
  }
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 5rem;
    font: inherit;
    color: var(--yz-color-text);
    background: var(--yz-color-background);
    border: var(--yz-border-width) solid var(--yz-color-border);
    border-radius: var(--yz-radius);
    padding: 0.5rem;
  }
  ol,
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    padding: 0.5rem 0;
    border-bottom: var(--yz-border-width) solid var(--yz-color-surface);
  }
  .muted {
    color: var(--yz-color-muted);
    font-size: 0.9em;
  }
  a {
    color: var(--yz-color-primary);
  }

  fieldset.match {
    border: 0;
    margin: 0 0 var(--yz-space);
    padding: 0;
    min-width: 0;
  }
  .match legend {
    padding: 0;
    margin-bottom: 0.5rem;
    font-weight: 600;
  }
  .choices > li {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 0.5rem;
    align-items: start;
  }
  .choices > li > label {
    margin: 0;
  }
  .choices input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.2rem 0 0;
  }
  .why {
    grid-column: 2;
  }
  .why li {
    padding: 0;
    border: 0;
  }
  .by-hand {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: var(--yz-space);
  }
  .by-hand label {
    flex-basis: 100%;
    margin: 0;
  }
  .by-hand input {
    flex: 1 1 10rem;
    min-height: var(--yz-control-height);
    font: inherit;
    color: var(--yz-color-text);
    background: var(--yz-color-background);
    border: var(--yz-border-width) solid var(--yz-color-border);
    border-radius: var(--yz-radius);
    padding: 0 0.5rem;
  }
  details {
    margin-top: var(--yz-space);
  }
  summary {
    cursor: pointer;
    min-height: var(--yz-control-height);
    display: flex;
    align-items: center;
  }
`;
