import { YzDatetime } from './yz-datetime.component';

/** Registers `<yz-datetime>`. Import this module for its side effect, or define the class under your own name. */
if (!customElements.get('yz-datetime')) customElements.define('yz-datetime', YzDatetime);

export { YzDatetime };

declare global {
  interface HTMLElementTagNameMap {
    'yz-datetime': YzDatetime;
  }
}
