import { YzFile } from './yz-file.component';

/** Registers `<yz-file>`. Import this module for its side effect, or define the class under your own name. */
if (!customElements.get('yz-file')) customElements.define('yz-file', YzFile);

export { YzFile };

declare global {
  interface HTMLElementTagNameMap {
    'yz-file': YzFile;
  }
}
