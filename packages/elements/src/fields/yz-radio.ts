import { defineOnce } from './define-once';
import { YzRadio } from './yz-radio.component';

/** Registers `<yz-radio>`. Import this module for its side effect, or define the class under your own name. */
defineOnce('yz-radio', YzRadio);

export { YzRadio };

declare global {
  interface HTMLElementTagNameMap {
    'yz-radio': YzRadio;
  }
}
