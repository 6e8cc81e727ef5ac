import { DEFAULT_LOCALE, type Locale, type LocalizedText, localize } from '@yizhan/core/i18n';
import { css, html, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { hostStyles, themeTokens } from '../theme';

/**
 * Text between fields (field type `static`): an instruction or a notice. It holds no
 * answer. The text is shown as text, line breaks kept; markup is never interpreted.
 *
 * @tag yz-static
 * @csspart content - The paragraph.
 */
export class YzStatic extends LitElement {
  static override styles = [
    themeTokens(':host(:not([embedded]))'),
    hostStyles,
    css`
      p {
        margin: 0;
        white-space: pre-line;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    field: { attribute: false },
    content: {},
    locale: { reflect: true },
    embedded: { type: Boolean, reflect: true },
  };

  /** The static-text item of a definition (`{ type: 'static', key, content }`). */
  declare field: { readonly content?: LocalizedText } | undefined;
  /** The text, when no `field` is given. */
  declare content: LocalizedText | undefined;
  /** The language to show: `zh-CN` (default) or `en`. */
  locale: Locale = DEFAULT_LOCALE;
  /** Set by `<yz-form>`: take the theme from the form. */
  embedded = false;

  protected override render(): TemplateResult {
    return html`<p part="content" lang=${this.locale}>${localize(this.content ?? this.field?.content, this.locale)}</p>`;
  }
}
