import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { LocalizedElement } from '../core/element/localized-element.js';
import { supportedLocale, type Locale } from '../core/i18n/locale.js';
import { LOCALE_CHANGE_EVENT, changeLocale, getLocale, rememberLocale, type LocaleChangeDetail } from '../core/i18n/localization.js';
import { baseStyles } from '../core/element/styles.js';
import { languageToggleStyles } from './nsiw-language-toggle.styles.js';
import { lazyModule } from '../core/lazy-module.js';

const contrastCheck = lazyModule(() => import('../core/element/contrast.js'));

/** The `detail` types of this element's events, for handlers written apart from `addEventListener`. */
export type { LocaleChangeDetail } from '../core/i18n/localization.js';

const DEFAULT_LOCALES: readonly Locale[] = ['nb', 'en'];

/** Each language's own name for itself: a visitor looks for the language they read, not its name in ours. */
const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  nb: 'Norsk',
  en: 'English',
  sv: 'Svenska',
  da: 'Dansk',
};

/** The offer to switch, written in the language it offers, as the network's own page does. */
const SWITCH_LABELS: Readonly<Record<Locale, string>> = {
  nb: 'Til norsk versjon',
  en: 'To English version',
  sv: 'Till svensk version',
  da: 'Til dansk version',
};

/**
 * Switches every `nsiw-` element on the page between languages, and remembers the visitor's choice.
 *
 * With two locales it is one button that offers the other one, named in that language ("To English
 * version" on a Norwegian page, "Til norsk versjon" on an English one). With more, it is a labelled group
 * of buttons, one per language, the current one pressed (`aria-pressed`).
 *
 * @element nsiw-language-toggle
 *
 * @attr {string} locales - Space-separated locales offered, from `nb`, `en`, `sv`, `da` (tags such as
 *   `nb-NO` are read as their language). Default `nb en`.
 * @attr {boolean} navigate - Where the page declares `<link rel="alternate" hreflang="..." href="...">` for
 *   a locale, offer that page instead: a link that goes there (the choice is still remembered).
 *
 * @fires {CustomEvent<LocaleChangeDetail>} nsiw-locale-change - The visitor picked another locale: `detail.locale`. Bubbles and is
 *   composed, so it reaches `document` once; every element on the page re-renders in that locale.
 *
 * @csspart base - The wrapper of the control.
 * @csspart group - The wrapper too, when it is a labelled group (`role="group"`): more than two locales.
 * @csspart button - A button that switches the locale.
 * @csspart link - A link to the page's alternate version in another language (`navigate`).
 *
 * @cssprop [--nsiw-dark-background=#111] - Background in the opted-in dark scheme.
 * @cssprop [--nsiw-dark-color=#f5f5f5] - Text colour in the opted-in dark scheme.
 * @cssprop [--nsiw-accent=currentColor] - Link colour and the mark of the pressed language.
 * @cssprop [--nsiw-radius=0.25em] - Corner radius of the buttons.
 * @cssprop [--nsiw-focus-ring=2px solid currentColor] - Outline of focused controls.
 */
export class NsiwLanguageToggle extends LocalizedElement {
  static override styles = [baseStyles, languageToggleStyles];
  static override properties: PropertyDeclarations = { locales: {}, navigate: { type: Boolean, reflect: true } };

  locales: string | null = null;
  navigate = false;

  private readonly _followPage = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    // The choice it offers follows the page's locale at once, not when that locale's words have loaded:
    // a Norwegian page must never offer "Til norsk versjon", even for the moment a slow network takes.
    document.addEventListener(LOCALE_CHANGE_EVENT, this._followPage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(LOCALE_CHANGE_EVENT, this._followPage);
  }

  protected override firstUpdated(): void {
    // A frame later, once the page's styles apply: the colour of a toggle in a dark bar is the page's to
    // fix. The check is a chunk of its own, loaded after the first render, off the page's critical path.
    requestAnimationFrame(() => {
      void contrastCheck.load().then((module) => module?.warnWhenUnreadable(this, this.renderRoot.querySelector('button, a')));
    });
  }

  protected override render(): TemplateResult {
    const current = getLocale();
    const offered = this._offeredLocales();
    if (offered.length === 2 && offered.includes(current)) {
      const other = offered.find((locale) => locale !== current)!;
      return html`<div part="base" dir="ltr">${this._renderChoice(other, undefined)}</div>`;
    }
    // The group's label is one of the UI strings, in the language they are loaded in.
    return html`<div part="base group" role="group" lang=${this.locale} dir="ltr" aria-label=${msg('Language', {
      desc: 'Label of the group of buttons that switch the widgets between languages.',
    })}>
      ${offered.map((locale) => this._renderChoice(locale, locale === current))}
    </div>`;
  }

  /** A button that switches to `locale` (`pressed`: its state in a group), or, navigating, a link to its page. */
  private _renderChoice(locale: Locale, pressed: boolean | undefined): TemplateResult {
    const label = pressed === undefined ? SWITCH_LABELS[locale] : LANGUAGE_NAMES[locale];
    const alternate = this.navigate && !pressed ? alternatePage(locale) : undefined;
    if (alternate) {
      return html`<a part="link" href=${alternate} hreflang=${locale} lang=${locale} @click=${() => rememberLocale(locale)}
        >${label}</a
      >`;
    }
    return html`<button
      part="button"
      type="button"
      lang=${locale}
      aria-pressed=${pressed === undefined ? nothing : String(pressed)}
      @click=${() => this._choose(locale)}
    >
      ${label}
    </button>`;
  }

  private _choose(locale: Locale): void {
    changeLocale(locale, { remember: true, announcer: this }).catch(() => {
      // Reported by the shared localization; the element keeps showing the locale it has.
    });
  }

  /** The supported locales of `locales`, each once, in order; the default pair when fewer than two remain. */
  private _offeredLocales(): Locale[] {
    const requested = (this.locales ?? '').trim().split(/\s+/).map(supportedLocale);
    const offered = [...new Set(requested.filter((locale) => locale !== undefined))];
    return offered.length >= 2 ? offered : [...DEFAULT_LOCALES];
  }
}

/** The page's own version in `locale`, as its `<link rel="alternate" hreflang>` declares it. */
function alternatePage(locale: Locale): string | undefined {
  const links = document.head.querySelectorAll<HTMLLinkElement>('link[rel~="alternate" i][hreflang][href]');
  return [...links].find((link) => supportedLocale(link.hreflang) === locale)?.href;
}

// Written out, not in a helper, so that tools reading the source (the manifest analyzer) see the definition.
// A second copy of the library on the page (another version, the CDN build) finds the tag taken and steps back.
if (!customElements.get('nsiw-language-toggle')) customElements.define('nsiw-language-toggle', NsiwLanguageToggle);

declare global {
  interface HTMLElementTagNameMap {
    'nsiw-language-toggle': NsiwLanguageToggle;
  }
  interface HTMLElementEventMap {
    [LOCALE_CHANGE_EVENT]: CustomEvent<LocaleChangeDetail>;
  }
}
