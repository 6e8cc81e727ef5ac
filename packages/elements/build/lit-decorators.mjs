/**
 * Lit's `property` and `state` decorators in their legacy (TypeScript `experimentalDecorators`)
 * form only, for `yizhan-widgets.js` (see tsup.config.ts). `yizhan.js` declares its elements
 * with `static properties` and no longer carries Lit's decorators for the widgets to import;
 * this is what `lit/decorators.js` does for a decorated class field, without the standard
 * decorator branch and without importing a second ReactiveElement.
 */

/** `@property(options)` on a class field: declares a reactive property with those options. */
export function property(options) {
  return (proto, name) => {
    const own = Object.hasOwn(proto, name);
    proto.constructor.createProperty(name, options);
    return own ? Object.getOwnPropertyDescriptor(proto, name) : undefined;
  };
}

/** `@state()` on a class field: internal reactive state, never an attribute. */
export function state(options) {
  return property({ ...options, state: true, attribute: false });
}
