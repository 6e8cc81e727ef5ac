import { YzForm } from './yz-form.component';

/** Registers `<yz-form>`. Import this module for its side effect, or call `customElements.define` yourself. */
if (!customElements.get('yz-form')) customElements.define('yz-form', YzForm);

export { YzForm };

declare global {
  interface HTMLElementTagNameMap {
    'yz-form': YzForm;
  }
}
