import { YzMyTasks } from './yz-my-tasks.component';

/** Registers `<yz-my-tasks>`. */
if (!customElements.get('yz-my-tasks')) customElements.define('yz-my-tasks', YzMyTasks);

export { YzMyTasks };

declare global {
  interface HTMLElementTagNameMap {
    'yz-my-tasks': YzMyTasks;
  }
}
