import { defineOnce } from './define-once';
import { YzTime } from './yz-time.component';

/** Registers `<yz-time>`. Import this module for its side effect, or define the class under your own name. */
defineOnce('yz-time', YzTime);

export { YzTime };

declare global {
  interface HTMLElementTagNameMap {
    'yz-time': YzTime;
  }
}
