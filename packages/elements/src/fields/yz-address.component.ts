import type { OptionDefinition } from '@yizhan/core/form';
import { css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from '../live';
import { uiStrings } from '../locales';
import { YzField } from './field-element';

const ALL_PARTS = ['region', 'building', 'unit', 'room', 'detail'] as const;
type Part = (typeof ALL_PARTS)[number];

/**
 * A structured address (field type `address`) such as 5栋1单元2103: one labelled input
 * per part the definition asks for (default building, unit, room). The region is a
 * drop-down when the host provides its choices (`options`, from `regionSource`).
 * The answer is an object such as `{ building: '5', unit: '1', room: '2103' }`.
 *
 * @tag yz-address
 * @fires yz-input - A part changed; detail `{ value }` (the address object).
 * @fires change - The user committed a part.
 * @csspart field - The fieldset.
 * @csspart label - The legend.
 * @csspart help - The help text.
 * @csspart error - The error message.
 * @csspart input - Each part's input.
 */
export class YzAddress extends YzField {
  static override styles = [
    ...YzField.styles,
    css`
      .parts {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(6rem, 1fr));
        gap: 0.5rem;
      }
      .part {
        display: grid;
        gap: 0.125rem;
      }
      .part.wide {
        grid-column: 1 / -1;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    options: { attribute: false },
  };

  /** The region choices, when the host provides them. */
  declare options: readonly OptionDefinition[] | undefined;

  override get fieldType(): string {
    return 'address';
  }

  private get parts(): readonly Part[] {
    const asked = this.field?.parts;
    return Array.isArray(asked) ? (asked as Part[]) : ['building', 'unit', 'room'];
  }

  private get address(): Readonly<Record<string, string>> {
    return this.value && typeof this.value === 'object'
      ? (this.value as Record<string, string>)
      : {};
  }

  protected override renderControl(): TemplateResult {
    return html``;
  }

  protected override render(): TemplateResult {
    const ui = uiStrings(this.locale);
    return this.renderGroup(
      html`<div class="parts" part="parts">
        ${this.parts.map((part, index) => {
          const id = index === 0 ? 'control' : `part-${part}`;
          const wide = part === 'region' || part === 'detail';
          return html`<div class=${wide ? 'part wide' : 'part'}>
            <label for=${id}>${ui.addressPart[part]}</label>
            ${this.renderPart(part, id)}
          </div>`;
        })}
      </div>`,
    );
  }

  private renderPart(part: Part, id: string): TemplateResult {
    const current = this.address[part] ?? '';
    const common = {
      required: this.isRequired ? 'true' : 'false',
    };
    if (part === 'region' && this.options && !this.isReadonly) {
      return html`<select part="input" id=${id} data-part=${part}
        ?disabled=${this.isDisabled}
        aria-required=${common.required} aria-invalid=${this.invalid} aria-describedby=${this.describedBy}
        @change=${this.onPart}>
        <option value="" .selected=${live(current === '')}>${uiStrings(this.locale).choose}</option>
        ${this.options.map(
          (option) =>
            html`<option value=${option.value} .selected=${live(current === option.value)}>${this.text(option.label)}</option>`,
        )}
      </select>`;
    }
    return html`<input part="input" id=${id} type="text" data-part=${part}
      .value=${live(current)}
      inputmode=${part === 'building' || part === 'unit' || part === 'room' ? 'numeric' : nothing}
      maxlength="100"
      ?readonly=${this.isReadonly}
      ?disabled=${this.isDisabled}
      aria-required=${common.required} aria-invalid=${this.invalid} aria-describedby=${this.describedBy}
      @input=${this.onPart}
      @change=${() => this.markChanged()}
      @keydown=${this.submitOnEnter} />`;
  }

  private onPart(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const part = control.dataset.part as Part;
    const next: Record<string, string> = { ...this.address };
    if (control.value.trim() === '') delete next[part];
    else next[part] = control.value;
    this.setValue(Object.keys(next).length > 0 ? next : undefined, event.type === 'change');
  }
}
