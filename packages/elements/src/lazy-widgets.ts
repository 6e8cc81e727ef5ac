/**
 * The portal widgets load on demand from the one-file bundle: `yizhan.js` holds the form and
 * the fields, and imports `yizhan-widgets.js` (next to it, same origin, so it loads under
 * `script-src 'self'`) the first time the page holds a widget tag. A page that only shows
 * forms never downloads the widgets and their client. `<yz-flow-diagram>` needs the flow
 * compiler (and zod classic), so it comes from the self-contained `yizhan-all.js` instead.
 */

/** The portal widget tags, registered by `yizhan-widgets.js`. */
export const WIDGET_TAGS = ['yz-signup', 'yz-task', 'yz-timeline', 'yz-my-tasks'];
/** Tags registered by `yizhan-all.js` (every element, self-contained). */
export const FULL_TAGS = ['yz-flow-diagram'];

const widgetSelector = WIDGET_TAGS.join(',');
const fullSelector = FULL_TAGS.join(',');
let loadingWidgets: Promise<void> | undefined;
let loadingFull: Promise<void> | undefined;

/**
 * Loads and registers the portal widgets now (once; later calls share the first load). For
 * widgets the watcher cannot see, such as those created inside another element's shadow root.
 *
 * @example
 * import { loadWidgets } from 'https://yizhan.luling.example/yizhan.js';
 * await loadWidgets();
 * shadowRoot.append(document.createElement('yz-task'));
 */
export function loadWidgets(): Promise<void> {
  loadingWidgets ??= import('./yizhan-widgets').then(() => undefined);
  return loadingWidgets;
}

/** Loads and registers `<yz-flow-diagram>` (and every other element) now, once. */
export function loadFlowDiagram(): Promise<void> {
  loadingFull ??= import('./yizhan-all').then(() => undefined);
  return loadingFull;
}

function report(file: string) {
  return (error: unknown) => {
    console.error(`Yizhan: ${file} could not be loaded.`, error);
  };
}

function holds(node: Node | Document, selector: string): boolean {
  if (node instanceof Element && node.matches(selector)) return true;
  return 'querySelector' in node && (node as ParentNode).querySelector(selector) !== null;
}

/** Starts the loads `node` asks for; true when nothing is left to watch for. */
function loadFor(node: Node | Document, pending: { widgets: boolean; full: boolean }): boolean {
  if (pending.widgets && holds(node, widgetSelector)) {
    pending.widgets = false;
    loadWidgets().catch(report('yizhan-widgets.js'));
  }
  if (pending.full && holds(node, fullSelector)) {
    pending.full = false;
    loadFlowDiagram().catch(report('yizhan-all.js'));
  }
  return !pending.widgets && !pending.full;
}

/**
 * Loads the widgets as soon as `root` holds a widget tag: at once if it already does, else when
 * one is added (a MutationObserver that stops once everything is loaded). Shadow roots are not
 * watched: call {@link loadWidgets} for widgets made there.
 */
export function loadWidgetsWhenUsed(root: Document | Element = document): void {
  const pending = { widgets: true, full: true };
  if (loadFor(root, pending)) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (loadFor(node, pending)) {
          observer.disconnect();
          return;
        }
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
}
