/**
 * The portal widgets of the script-tag bundle (`dist/yizhan-widgets.js`): registers
 * `<yz-signup>`, `<yz-task>`, `<yz-timeline>`, `<yz-my-tasks>` and exports their classes.
 * `yizhan.js` imports it when the page uses a widget. In that build, lit, the theme, the
 * core's i18n and `<yz-form>` are imports of `./yizhan.js` (see tsup.config.ts), so the page
 * runs one copy of each; loaded on its own, it loads `yizhan.js` first.
 */
import './widgets/define';

export * from './widgets/index';
