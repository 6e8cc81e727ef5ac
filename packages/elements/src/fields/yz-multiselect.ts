import { YzMultiselect } from './yz-multiselect.component';

/** Registers `<yz-multiselect>`. Import this module for its side effect, or define the class under your own name. */
if (!customElements.get('yz-multiselect')) customElements.define('yz-multiselect', YzMultiselect);

export { YzMultiselect };

declare global {
  interface HTMLElementTagNameMap {
    'yz-multiselect': YzMultiselect;
  }
}
