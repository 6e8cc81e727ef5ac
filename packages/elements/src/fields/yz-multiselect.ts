import { defineOnce } from './define-once';
import { YzMultiselect } from './yz-multiselect.component';

/** Registers `<yz-multiselect>`. Import this module for its side effect, or define the class under your own name. */
defineOnce('yz-multiselect', YzMultiselect);

export { YzMultiselect };

declare global {
  interface HTMLElementTagNameMap {
    'yz-multiselect': YzMultiselect;
  }
}
