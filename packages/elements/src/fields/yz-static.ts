import { defineOnce } from './define-once';
import { YzStatic } from './yz-static.component';

/** Registers `<yz-static>`. Import this module for its side effect, or define the class under your own name. */
defineOnce('yz-static', YzStatic);

export { YzStatic };

declare global {
  interface HTMLElementTagNameMap {
    'yz-static': YzStatic;
  }
}
