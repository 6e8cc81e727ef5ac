import { defineOnce } from './define-once';
import { YzInteger } from './yz-integer.component';

/** Registers `<yz-integer>`. Import this module for its side effect, or define the class under your own name. */
defineOnce('yz-integer', YzInteger);

export { YzInteger };

declare global {
  interface HTMLElementTagNameMap {
    'yz-integer': YzInteger;
  }
}
