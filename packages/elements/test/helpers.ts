import '../src/yz-form';
import type { YzForm } from '../src/yz-form';

/** Puts a `<yz-form>` with `definition` in the page and waits for its first render. */
export async function mountForm(
  definition: unknown,
  setup: (form: YzForm) => void = () => undefined,
): Promise<YzForm> {
  const form = document.createElement('yz-form');
  form.definition = definition;
  setup(form);
  document.body.append(form);
  await form.updateComplete;
  return form;
}

/** The shadow root of an element (throws when it has none). */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.tagName} has no shadow root`);
  return element.shadowRoot;
}

/** Resolves with the next event of `type` on `target`. */
export function nextEvent<T>(target: EventTarget, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) =>
    target.addEventListener(type, (event) => resolve(event as CustomEvent<T>), { once: true }),
  );
}

/** The element that really has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
