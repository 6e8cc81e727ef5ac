import { YzComputed } from './yz-computed.component';

/** Registers `<yz-computed>`. Import this module for its side effect, or define the class under your own name. */
if (!customElements.get('yz-computed')) customElements.define('yz-computed', YzComputed);

export { YzComputed };

declare global {
  interface HTMLElementTagNameMap {
    'yz-computed': YzComputed;
  }
}
