import { defineOnce } from './define-once';
import { YzDate } from './yz-date.component';

/** Registers `<yz-date>`. Import this module for its side effect, or define the class under your own name. */
defineOnce('yz-date', YzDate);

export { YzDate };

declare global {
  interface HTMLElementTagNameMap {
    'yz-date': YzDate;
  }
}
