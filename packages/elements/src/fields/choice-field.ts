import type { OptionDefinition } from '@yizhan/core/form';
import type { PropertyDeclarations } from 'lit';
import { YzField } from './field-element';

/**
 * A field that offers options: select, radio, multiselect, checkbox group. The options
 * come from the `options` property (what a host resolved for `{ "source": … }`), else
 * from the definition's own list.
 */
export abstract class ChoiceField extends YzField {
  static override properties: PropertyDeclarations = {
    options: { attribute: false },
  };

  /** The options, when the host provides them (a named source) or no `field` is given. */
  declare options: readonly OptionDefinition[] | undefined;

  /** The options shown now. */
  protected get choices(): readonly OptionDefinition[] {
    if (this.options) return this.options;
    const own = this.field?.options;
    return Array.isArray(own) ? (own as OptionDefinition[]) : [];
  }

  protected override ownConfig(): Record<string, unknown> {
    return this.options && this.options.length > 0 ? { options: this.options } : {};
  }

  /** The chosen values, for the multiple-choice types. */
  protected get chosen(): readonly string[] {
    return Array.isArray(this.value) ? (this.value as string[]) : [];
  }
}
