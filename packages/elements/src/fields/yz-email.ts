import { defineOnce } from './define-once';
import { YzEmail } from './yz-email.component';

/** Registers `<yz-email>`. Import this module for its side effect, or define the class under your own name. */
defineOnce('yz-email', YzEmail);

export { YzEmail };

declare global {
  interface HTMLElementTagNameMap {
    'yz-email': YzEmail;
  }
}
