import { YzTime } from './yz-time.component';

/** Registers `<yz-time>`. Import this module for its side effect, or define the class under your own name. */
if (!customElements.get('yz-time')) customElements.define('yz-time', YzTime);

export { YzTime };

declare global {
  interface HTMLElementTagNameMap {
    'yz-time': YzTime;
  }
}
