import { YzSelect } from './yz-select.component';

/** Registers `<yz-select>`. Import this module for its side effect, or define the class under your own name. */
if (!customElements.get('yz-select')) customElements.define('yz-select', YzSelect);

export { YzSelect };

declare global {
  interface HTMLElementTagNameMap {
    'yz-select': YzSelect;
  }
}
