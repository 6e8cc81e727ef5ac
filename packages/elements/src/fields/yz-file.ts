import { defineOnce } from './define-once';
import { YzFile } from './yz-file.component';

/** Registers `<yz-file>`. Import this module for its side effect, or define the class under your own name. */
defineOnce('yz-file', YzFile);

export { YzFile };

declare global {
  interface HTMLElementTagNameMap {
    'yz-file': YzFile;
  }
}
