// Must stay the first import: zod has to be jitless before the core builds its schemas.
import '@yizhan/core/strict-csp';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@yizhan/core/i18n';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { createClient, type TokenSource, type YizhanClient } from '../client/client';
import type { ClientProblem } from '../client/types';
import { hostStyles, themeTokens } from '../theme';
import { type WidgetStrings, widgetStrings } from './widget-strings';
import { widgetStyles } from './widget-styles';

/**
 * What every portal widget shares: where the server is, who the user is (a token or the
 * host's `getToken`), the language and the theme, and the loading and error states.
 * Subclasses load in {@link YzWidget.load} whenever these change.
 */
export abstract class YzWidget extends LitElement {
  static override styles = [themeTokens(':host'), hostStyles, widgetStyles];

  /** The Yizhan server's base URL. */
  @property() endpoint = '';
  /** A bearer token from the host's login; leave empty for anonymous use. */
  @property() token = '';
  /** Asked before every request for the current token (the host's own login). */
  @property({ attribute: false }) getToken: TokenSource | undefined;
  /** A ready client instead of `endpoint` and `token` (host code that made its own). */
  @property({ attribute: false }) client: YizhanClient | undefined;
  /** The interface language: `zh-CN` (default) or `en`. */
  @property({ reflect: true }) locale: Locale = DEFAULT_LOCALE;
  /** `large` for large text and high contrast. Dark mode follows the system. */
  @property({ reflect: true }) theme: string | undefined;

  private made: YizhanClient | undefined;

  /** The client in use: the one given, or one made from `endpoint` and the token. */
  protected get api(): YizhanClient | undefined {
    if (this.client !== undefined) return this.client;
    if (this.endpoint === '') return undefined;
    this.made ??= createClient({
      endpoint: this.endpoint,
      locale: this.locale,
      ...(this.getToken === undefined
        ? { token: this.token || null }
        : { getToken: this.getToken }),
    });
    return this.made;
  }

  /** The widget strings in the current language. */
  protected get text(): WidgetStrings {
    return widgetStrings(this.locale);
  }

  /** Names the properties whose change reloads the widget. */
  protected reloadOn(changed: PropertyValues<this>): boolean {
    return (['endpoint', 'token', 'getToken', 'client', 'locale'] as const).some((name) =>
      changed.has(name),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && !isLocale(this.locale)) this.locale = DEFAULT_LOCALE;
    if (this.reloadOn(changed)) {
      this.made = undefined;
      if (this.api !== undefined) void this.load();
    }
  }

  /** Loads what the widget shows. */
  protected abstract load(): Promise<void>;

  /** The loading state: announced politely to screen readers. */
  protected renderLoading(): TemplateResult {
    return html`<p class="status" part="status" role="status">${this.text.loading}</p>`;
  }

  /** A problem with what to do next, and a retry button unless retrying cannot help. */
  protected renderProblem(problem: ClientProblem): TemplateResult {
    const signIn = problem.status === 401;
    return html`<div class="status error" part="error" role="alert">
      <p>${signIn ? this.text.signInNeeded : problem.message}</p>
      ${signIn ? '' : html`<button type="button" @click=${() => void this.load()}>${this.text.retry}</button>`}
    </div>`;
  }

  /** Fires a composed event from the widget. */
  protected emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
