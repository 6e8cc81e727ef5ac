import { YzCheckboxGroup } from './yz-checkbox-group.component';

/** Registers `<yz-checkbox-group>`. Import this module for its side effect, or define the class under your own name. */
if (!customElements.get('yz-checkbox-group'))
  customElements.define('yz-checkbox-group', YzCheckboxGroup);

export { YzCheckboxGroup };

declare global {
  interface HTMLElementTagNameMap {
    'yz-checkbox-group': YzCheckboxGroup;
  }
}
