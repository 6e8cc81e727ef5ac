import { defineOnce } from './define-once';
import { YzText } from './yz-text.component';

/** Registers `<yz-text>`. Import this module for its side effect, or define the class under your own name. */
defineOnce('yz-text', YzText);

export { YzText };

declare global {
  interface HTMLElementTagNameMap {
    'yz-text': YzText;
  }
}
