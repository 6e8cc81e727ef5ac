import { type ChildPart, Directive, directive } from 'lit/directive.js';

/** What `<yz-form>` sets on a field element it renders, in this order. */
export type FieldBindings = Readonly<Record<string, unknown>>;

/** Parts of the field elements that `yz-form::part(...)` can style. */
export const EXPORTED_PARTS =
  'field, label, help, error, input, choices, star, unit, files, parts, content';

/**
 * Renders a field as the element named by a tag known only at run time (a custom type's
 * tag comes from `registerFieldElement`), without a template per tag: creates
 * `<tag embedded exportparts=…>` once, keeps it while the tag stays the same, and sets
 * `data-pointer`, the `data-invalid` flag and the properties as a Lit template's bindings
 * would: before the element is connected on the first render, and after that each one whose
 * value changed (objects every time, as Lit does; the element compares them itself).
 */
class FieldTag extends Directive {
  private element: HTMLElement | undefined;
  private tag = '';
  private last: FieldBindings = {};

  render(_tag: string, _pointer: string, _invalid: boolean, _properties: FieldBindings): unknown {
    return undefined;
  }

  override update(
    _part: ChildPart,
    [tag, pointer, invalid, properties]: Parameters<FieldTag['render']>,
  ): HTMLElement {
    if (tag !== this.tag || !this.element) {
      this.tag = tag;
      this.last = {};
      this.element = document.createElement(tag);
      this.element.setAttribute('embedded', '');
      this.element.setAttribute('exportparts', EXPORTED_PARTS);
    }
    const element = this.element as HTMLElement & Record<string, unknown>;
    element.dataset.pointer = pointer;
    element.toggleAttribute('data-invalid', invalid);
    for (const name in properties) {
      const value = properties[name];
      if (!(name in this.last) || value !== this.last[name] || Object(value) === value)
        element[name] = value;
    }
    this.last = properties;
    return element;
  }
}

/**
 * `${fieldTag('yz-text', '/name', false, { field, value, … })}` in a Lit template: the
 * element `<yz-text>` with those bindings (see {@link FieldTag}).
 */
export const fieldTag = directive(FieldTag);
