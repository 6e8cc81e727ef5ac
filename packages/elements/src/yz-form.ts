// The form renders the field elements, so registering it registers them too.
import './define-fields';
import { defineOnce } from './fields/define-once';
import { YzForm } from './yz-form.component';

/** Registers `<yz-form>` and the field elements it renders. */
defineOnce('yz-form', YzForm);

export { YzForm };

declare global {
  interface HTMLElementTagNameMap {
    'yz-form': YzForm;
  }
}
