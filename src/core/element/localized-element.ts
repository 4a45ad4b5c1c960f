import { LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { displayText, type Locale, type LocalizedText, type Text } from '../i18n/locale.js';
import { activeLocale, firstTranslationsLoad } from '../i18n/localization.js';

/**
 * The base of every `nsiw-` element: it re-renders when the page's locale changes (as `@localized()`
 * would), and holds its first render until the translations of the locale the page starts in are loaded,
 * so that a Norwegian page shows Norwegian from the first frame, not English for a moment.
 *
 * @attr {'auto'} color-scheme - `auto`: under `prefers-color-scheme: dark`, the element paints its own
 *   high-contrast dark scheme (background and text from the two properties below); unset, it takes the
 *   page's colours.
 *
 * @cssprop [--nsiw-dark-background=#111] - Background in the opted-in dark scheme.
 * @cssprop [--nsiw-dark-color=#f5f5f5] - Text colour in the opted-in dark scheme.
 *
 * @internal
 */
export class LocalizedElement extends LitElement {
  static override properties: PropertyDeclarations = { colorScheme: { attribute: 'color-scheme', reflect: true } };
  /**
   * `auto` opts in to a high-contrast dark scheme under `prefers-color-scheme: dark`. Reflected, because
   * the element's styles select on the attribute, so that setting the property (as React and Vue do) works too.
   */
  colorScheme: 'auto' | null = null;

  /**
   * The locale of this render: words, dates and `lang` all follow it.
   * @internal
   */
  locale: Locale = activeLocale();

  /**
   * Whether the shadow root holds what a server rendered (Declarative Shadow DOM, `nsiw-widgets/render`),
   * shown until this element's first render replaces it whole.
   */
  protected renderedByServer = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const rendered = this.shadowRoot;
    // What Lit SSR rendered with its part markers, on a page that loads Lit's hydration support, is Lit's to hydrate.
    const forLitHydration =
      'litElementHydrateSupport' in globalThis &&
      [...(rendered?.childNodes ?? [])].some((node) => node.nodeType === 8 && (node as Comment).data.startsWith('lit-part'));
    this.renderedByServer = !!rendered?.hasChildNodes() && !forLitHydration;
    const root = super.createRenderRoot();
    // Lit renders before the root's first child (where shimmed styles go), here the server's content, which goes.
    if (this.renderedByServer) this.renderOptions.renderBefore = undefined;
    return root;
  }

  /** The first render takes the server's place: its content goes, the element's own comes, in one task. */
  protected override update(changed: PropertyValues<this>): void {
    if (this.renderedByServer) {
      this.renderedByServer = false;
      this.renderRoot.replaceChildren();
    }
    super.update(changed);
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const translations = firstTranslationsLoad();
    return translations ? translations.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.locale = activeLocale();
  }

  /** A feed Text in this render's locale, with `lang` where it falls back to another language. */
  protected text(value: Text): LocalizedText {
    return displayText(value, this.locale);
  }
}
