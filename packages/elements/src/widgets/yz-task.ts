// The widget renders <yz-form>, so registering it registers the form too.
import '../yz-form';
import { YzTask } from './yz-task.component';

/** Registers `<yz-task>`. */
if (!customElements.get('yz-task')) customElements.define('yz-task', YzTask);

export { YzTask };

declare global {
  interface HTMLElementTagNameMap {
    'yz-task': YzTask;
  }
}
