/**
 * The portal widgets of the script-tag bundle (`dist/yizhan-widgets.js`): registers
 * `<yz-signup>`, `<yz-task>`, `<yz-timeline>`, `<yz-my-tasks>` and the form they render, and
 * exports their classes with the form's. `yizhan.js` imports it when the page uses a widget;
 * it shares the form code with `yizhan.js` (the `yizhan-chunk-*.js` files).
 */
import './widgets/define';

export * from './form-elements';
export * from './widgets/index';
