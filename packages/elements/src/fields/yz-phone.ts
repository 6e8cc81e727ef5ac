import { defineOnce } from './define-once';
import { YzPhone } from './yz-phone.component';

/** Registers `<yz-phone>`. Import this module for its side effect, or define the class under your own name. */
defineOnce('yz-phone', YzPhone);

export { YzPhone };

declare global {
  interface HTMLElementTagNameMap {
    'yz-phone': YzPhone;
  }
}
