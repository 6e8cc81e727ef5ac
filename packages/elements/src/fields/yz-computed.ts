import { defineOnce } from './define-once';
import { YzComputed } from './yz-computed.component';

/** Registers `<yz-computed>`. Import this module for its side effect, or define the class under your own name. */
defineOnce('yz-computed', YzComputed);

export { YzComputed };

declare global {
  interface HTMLElementTagNameMap {
    'yz-computed': YzComputed;
  }
}
