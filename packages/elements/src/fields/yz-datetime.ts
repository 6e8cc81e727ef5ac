import { defineOnce } from './define-once';
import { YzDatetime } from './yz-datetime.component';

/** Registers `<yz-datetime>`. Import this module for its side effect, or define the class under your own name. */
defineOnce('yz-datetime', YzDatetime);

export { YzDatetime };

declare global {
  interface HTMLElementTagNameMap {
    'yz-datetime': YzDatetime;
  }
}
