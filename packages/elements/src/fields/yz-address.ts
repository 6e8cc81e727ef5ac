import { defineOnce } from './define-once';
import { YzAddress } from './yz-address.component';

/** Registers `<yz-address>`. Import this module for its side effect, or define the class under your own name. */
defineOnce('yz-address', YzAddress);

export { YzAddress };

declare global {
  interface HTMLElementTagNameMap {
    'yz-address': YzAddress;
  }
}
