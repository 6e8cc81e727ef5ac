import { defineOnce } from './define-once';
import { YzTextarea } from './yz-textarea.component';

/** Registers `<yz-textarea>`. Import this module for its side effect, or define the class under your own name. */
defineOnce('yz-textarea', YzTextarea);

export { YzTextarea };

declare global {
  interface HTMLElementTagNameMap {
    'yz-textarea': YzTextarea;
  }
}
