import { defineOnce } from './define-once';
import { YzCheckboxGroup } from './yz-checkbox-group.component';

/** Registers `<yz-checkbox-group>`. Import this module for its side effect, or define the class under your own name. */
defineOnce('yz-checkbox-group', YzCheckboxGroup);

export { YzCheckboxGroup };

declare global {
  interface HTMLElementTagNameMap {
    'yz-checkbox-group': YzCheckboxGroup;
  }
}
