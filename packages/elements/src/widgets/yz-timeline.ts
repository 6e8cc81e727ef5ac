import { YzTimeline } from './yz-timeline.component';

/** Registers `<yz-timeline>`. */
if (!customElements.get('yz-timeline')) customElements.define('yz-timeline', YzTimeline);

export { YzTimeline };

declare global {
  interface HTMLElementTagNameMap {
    'yz-timeline': YzTimeline;
  }
}
