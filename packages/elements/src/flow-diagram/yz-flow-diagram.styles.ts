import { css } from 'lit';

/** Styles of `<yz-flow-diagram>`: the scrolling frame, boxes, edges, labels and the highlight. */
export const yzFlowDiagramStyles = css`
  .scroll {
    overflow-x: auto;
    overflow-y: hidden;
    max-width: 100%;
    border-radius: var(--yz-radius);
    background: var(--yz-color-background);
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    font-family: var(--yz-font-family);
  }
  .node rect.box {
    fill: var(--yz-color-background);
    stroke: var(--yz-color-border);
    stroke-width: 1.5;
  }
  .node.active rect.box {
    fill: var(--yz-color-surface);
    stroke: var(--yz-color-primary);
    stroke-width: 4;
  }
  .node .title {
    fill: var(--yz-color-text);
    font-size: 15px;
    font-weight: 600;
  }
  .node .type {
    fill: var(--yz-color-muted);
    font-size: 12px;
  }
  .node .badge rect {
    fill: var(--yz-color-primary);
  }
  .node .badge text {
    fill: var(--yz-color-on-primary);
    font-size: 12px;
    font-weight: 600;
  }
  .edge polyline {
    fill: none;
    stroke: var(--yz-color-muted);
    stroke-width: 1.5;
  }
  .edge.back polyline {
    stroke-dasharray: 6 4;
  }
  .edge polygon {
    fill: var(--yz-color-muted);
  }
  .edge text {
    fill: var(--yz-color-muted);
    font-size: 12px;
    paint-order: stroke;
    stroke: var(--yz-color-background);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .notice {
    margin: 0;
    padding: var(--yz-space);
    border: var(--yz-border-width) solid var(--yz-color-border);
    border-radius: var(--yz-radius);
    background: var(--yz-color-surface);
  }
  .notice ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .notice code {
    font-family: ui-monospace, monospace;
  }
`;
