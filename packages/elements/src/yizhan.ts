/**
 * The one-file bundle for `<script type="module" src=".../yizhan.js">`: registers `<yz-form>`
 * and the field elements, exports their classes, and loads the portal widgets
 * (`yizhan-widgets.js`) only when the page uses one (see `lazy-widgets.ts`).
 */
import './define-fields';
import './yz-form';
import { loadWidgetsWhenUsed } from './lazy-widgets';

// What yizhan-widgets.js takes from this file instead of bundling its own copy.
export { DEFAULT_LOCALE, isLocale, localize } from '@yizhan/core/i18n';
export { css, html, LitElement, nothing } from 'lit';
export * from './form-elements';
export { FULL_TAGS, loadFlowDiagram, loadWidgets, WIDGET_TAGS } from './lazy-widgets';

loadWidgetsWhenUsed(document);
