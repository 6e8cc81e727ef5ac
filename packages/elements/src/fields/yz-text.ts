import { YzText } from './yz-text.component';

/** Registers `<yz-text>`. Import this module for its side effect, or define the class under your own name. */
if (!customElements.get('yz-text')) customElements.define('yz-text', YzText);

export { YzText };

declare global {
  interface HTMLElementTagNameMap {
    'yz-text': YzText;
  }
}
