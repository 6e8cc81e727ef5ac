// The widget renders <yz-form>, so registering it registers the form too.
import '../yz-form';
import { YzSignup } from './yz-signup.component';

/** Registers `<yz-signup>`. */
if (!customElements.get('yz-signup')) customElements.define('yz-signup', YzSignup);

export { YzSignup };

declare global {
  interface HTMLElementTagNameMap {
    'yz-signup': YzSignup;
  }
}
