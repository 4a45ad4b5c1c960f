/** The language of the editor's browser, among those the workbench speaks. */
import { supportedLocale, type Locale } from '../src/core/i18n/locale.js';

/** The first of `languages` (as `navigator.languages` lists them) that the workbench speaks. */
export function browserLocale(languages: readonly string[]): Locale | undefined {
  for (const tag of languages) {
    const locale = supportedLocale(tag);
    if (locale) return locale;
  }
  return undefined;
}
