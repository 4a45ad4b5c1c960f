import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { firstTranslationsLoad } from './localization.js';

/**
 * The base of every `nsiw-` element: it re-renders when the page's locale changes (as `@localized()`
 * would), and holds its first render until the translations of the locale the page starts in are loaded,
 * so that a Norwegian page shows Norwegian from the first frame, not English for a moment.
 */
export class LocalizedElement extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const translations = firstTranslationsLoad();
    return translations ? translations.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
}
