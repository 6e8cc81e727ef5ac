/**
 * Every element in one self-contained file (`dist/yizhan-all.js`), `<yz-flow-diagram>` and its
 * flow compiler included. `yizhan.js` imports it when a page uses `<yz-flow-diagram>`; it
 * shares nothing with `yizhan.js`, so zod classic (which the flow schemas use) stays out of
 * the form bundle. Registration skips tags that are already defined.
 */
import './define';

export * from './index';
