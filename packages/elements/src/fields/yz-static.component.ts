import { DEFAULT_LOCALE, type Locale, type LocalizedText, localize } from '@yizhan/core/i18n';
import { css, html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
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

  /** The static-text item of a definition (`{ type: 'static', key, content }`). */
  @property({ attribute: false }) field: { readonly content?: LocalizedText } | undefined;
  /** The text, when no `field` is given. */
  @property() content: LocalizedText | undefined;
  /** The language to show: `zh-CN` (default) or `en`. */
  @property({ reflect: true }) locale: Locale = DEFAULT_LOCALE;
  /** Set by `<yz-form>`: take the theme from the form. */
  @property({ type: Boolean, reflect: true }) embedded = false;

  protected override render(): TemplateResult {
    return html`<p part="content" lang=${this.locale}>${localize(this.content ?? this.field?.content, this.locale)}</p>`;
  }
}
