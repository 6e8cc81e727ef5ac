/** Registers `element` as `<tag>` unless the tag is taken (a second copy of the bundle, or the host's own class). */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
