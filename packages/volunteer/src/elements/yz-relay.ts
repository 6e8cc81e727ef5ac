import { YzRelay } from './yz-relay.component';

/** Registers `<yz-relay>`, the love-relay (爱心接龙) order list. */
if (!customElements.get('yz-relay')) customElements.define('yz-relay', YzRelay);

export type {
  YzRelayAddDetail,
  YzRelayCorrectDetail,
  YzRelayWithdrawDetail,
} from './yz-relay.component';
export { YzRelay };

declare global {
  interface HTMLElementTagNameMap {
    'yz-relay': YzRelay;
  }
  interface HTMLElementEventMap {
    'yz-relay-add': CustomEvent<import('./relay-events').YzRelayAddDetail>;
    'yz-relay-correct': CustomEvent<import('./relay-events').YzRelayCorrectDetail>;
    'yz-relay-withdraw': CustomEvent<import('./relay-events').YzRelayWithdrawDetail>;
  }
}
