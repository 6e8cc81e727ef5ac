import { defineOnce } from './define-once';
import { YzCheckbox } from './yz-checkbox.component';

/** Registers `<yz-checkbox>`. Import this module for its side effect, or define the class under your own name. */
defineOnce('yz-checkbox', YzCheckbox);

export { YzCheckbox };

declare global {
  interface HTMLElementTagNameMap {
    'yz-checkbox': YzCheckbox;
  }
}
