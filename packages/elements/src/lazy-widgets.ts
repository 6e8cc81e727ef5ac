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

/** Whether `node` is, or holds, an element matching `selector`. */
function holds(node: Node, selector: string): boolean {
  return (
    (node instanceof Element && node.matches(selector)) ||
    !!(node as Partial<ParentNode>).querySelector?.(selector)
  );
}

/**
 * Loads the widgets as soon as `root` holds a widget tag: at once if it already does, else when
 * one is added (a MutationObserver that stops once everything is loaded). Shadow roots are not
 * watched: call {@link loadWidgets} for widgets made there.
 */
export function loadWidgetsWhenUsed(root: Document | Element = document): void {
  // Each file still to load: the tags that need it, how to load it, its name for the console.
  let pending: (readonly [string[], () => Promise<void>, string])[] = [
    [WIDGET_TAGS, loadWidgets, 'yizhan-widgets.js'],
    [FULL_TAGS, loadFlowDiagram, 'yizhan-all.js'],
  ];
  // Starts the loads `node` asks for; true when nothing is left to watch for.
  const loadFor = (node: Node): boolean => {
    pending = pending.filter(([tags, load, file]) => {
      if (!holds(node, tags.join())) return true;
      load().catch((error: unknown) =>
        console.error(`Yizhan: ${file} could not be loaded.`, error),
      );
      return false;
    });
    return pending.length === 0;
  };
  if (loadFor(root)) return;
  const observer = new MutationObserver((records) => {
    if (records.some((record) => [...record.addedNodes].some(loadFor))) observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
}
