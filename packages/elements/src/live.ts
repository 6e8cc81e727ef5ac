import { noChange } from 'lit';
import { Directive, directive, type PropertyPart } from 'lit/directive.js';

/**
 * Lit's `live` for property bindings only, which is all the fields use (`.value`, `.checked`,
 * `.selected`): compares the value with the element's own property, not with the value last
 * rendered, and sets it only when they differ, so the user's typing is never overwritten by
 * the same value and a control the user changed is set back when the answer did not follow.
 * (Lit's own brings its directive helpers into yizhan.js for this.)
 */
class Live extends Directive {
  render(value: unknown): unknown {
    return value;
  }

  override update({ element, name }: PropertyPart, [value]: [unknown]): unknown {
    const target = element as unknown as Record<string, unknown>;
    if (target[name] !== value) target[name] = value;
    return noChange;
  }
}

/** `.value=${live(text)}`: sets the property when the element's own value differs. */
export const live = directive(Live);
