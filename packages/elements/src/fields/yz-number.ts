import { defineOnce } from './define-once';
import { YzNumber } from './yz-number.component';

/** Registers `<yz-number>`. Import this module for its side effect, or define the class under your own name. */
defineOnce('yz-number', YzNumber);

export { YzNumber };

declare global {
  interface HTMLElementTagNameMap {
    'yz-number': YzNumber;
  }
}
