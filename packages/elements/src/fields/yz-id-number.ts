import { defineOnce } from './define-once';
import { YzIdNumber } from './yz-id-number.component';

/** Registers `<yz-id-number>`. Import this module for its side effect, or define the class under your own name. */
defineOnce('yz-id-number', YzIdNumber);

export { YzIdNumber };

declare global {
  interface HTMLElementTagNameMap {
    'yz-id-number': YzIdNumber;
  }
}
