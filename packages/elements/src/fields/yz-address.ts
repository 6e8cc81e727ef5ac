import { YzAddress } from './yz-address.component';

/** Registers `<yz-address>`. Import this module for its side effect, or define the class under your own name. */
if (!customElements.get('yz-address')) customElements.define('yz-address', YzAddress);

export { YzAddress };

declare global {
  interface HTMLElementTagNameMap {
    'yz-address': YzAddress;
  }
}
