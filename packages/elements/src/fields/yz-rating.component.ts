import { css, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from '../live';
import { uiStrings } from '../locales';
import { YzField } from './field-element';

/**
 * A rating from 1 to `max` stars (field type `rating`, default 5), as in a service
 * evaluation (服务评价). Native radio buttons under the stars: arrow keys change the
 * rating, and each star is read as "3 星（共 5 星）".
 *
 * @tag yz-rating
 * @fires yz-input - The rating changed; detail `{ value }` (a number).
 * @fires change - The user picked a rating.
 * @csspart field - The fieldset (radio group).
 * @csspart label - The legend.
 * @csspart help - The help text.
 * @csspart error - The error message.
 * @csspart star - Each star.
 * @cssprop --yz-color-star - The colour of a chosen star.
 */
export class YzRating extends YzField {
  static override styles = [
    ...YzField.styles,
    css`
      .stars {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
      }
      .star {
        position: relative;
        display: inline-grid;
      }
      /* The radio lies invisibly over its star: a tap or click on the star is a click on it. */
      .star input {
        position: absolute;
        inset: 0;
        width: 100%;
        height: 100%;
        margin: 0;
        opacity: 0;
        cursor: pointer;
      }
      .stars label {
        font-size: 1.75em;
        line-height: 1;
        min-width: var(--yz-control-height);
        min-height: var(--yz-control-height);
        display: inline-grid;
        place-items: center;
        cursor: pointer;
        color: var(--yz-color-muted);
        font-weight: 400;
      }
      .stars label.on {
        color: var(--yz-color-star, var(--yz-color-primary));
      }
      .stars input:focus-visible + label {
        outline: var(--yz-focus-width) solid var(--yz-color-focus);
        outline-offset: 2px;
        border-radius: var(--yz-radius);
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    max: { type: Number },
    /** The rating, 1 to `max`. */
    value: { type: Number },
  };

  /** The most stars (the definition's `max`, default 5). */
  declare max: number | undefined;

  override get fieldType(): string {
    return 'rating';
  }

  private get starCount(): number {
    return this.max ?? (this.field?.max as number | undefined) ?? 5;
  }

  protected override ownConfig(): Record<string, unknown> {
    return this.max === undefined ? {} : { max: this.max };
  }

  protected override renderControl(): TemplateResult {
    return html``;
  }

  protected override render(): TemplateResult {
    const max = this.starCount;
    const current = typeof this.value === 'number' ? this.value : 0;
    const ui = uiStrings(this.locale);
    const stars = Array.from({ length: max }, (_, index) => index + 1);
    return this.renderGroup(
      html`<div class="stars">
        ${stars.map((count) => {
          const id = count === 1 ? 'control' : `star-${count}`;
          return html`<span class="star"><input type="radio" id=${id} name="stars"
              .value=${String(count)} .checked=${live(current === count)}
              ?disabled=${this.isDisabled} @change=${this.onChange} />
            <label part="star" for=${id} class=${count <= current ? 'on' : ''}><span aria-hidden="true">${count <= current ? '★' : '☆'}</span><span class="visually-hidden">${ui.stars(count, max)}</span></label></span>`;
        })}
      </div>`,
      'radiogroup',
    );
  }

  private onChange(event: Event): void {
    if (this.isReadonly) {
      this.requestUpdate();
      return;
    }
    this.setValue(Number((event.target as HTMLInputElement).value), true);
  }
}
