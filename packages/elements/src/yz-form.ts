// The form renders the field elements, so registering it registers them too.
import './define-fields';
import { YzForm } from './yz-form.component';

/** Registers `<yz-form>` and the field elements it renders. */
if (!customElements.get('yz-form')) customElements.define('yz-form', YzForm);

export { YzForm };

declare global {
  interface HTMLElementTagNameMap {
    'yz-form': YzForm;
  }
}
