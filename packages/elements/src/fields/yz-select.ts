import { defineOnce } from './define-once';
import { YzSelect } from './yz-select.component';

/** Registers `<yz-select>`. Import this module for its side effect, or define the class under your own name. */
defineOnce('yz-select', YzSelect);

export { YzSelect };

declare global {
  interface HTMLElementTagNameMap {
    'yz-select': YzSelect;
  }
}
