import { pageDocument } from '../environment.js';
import { displayNames } from './intl-cache.js';

/** The four languages every widget speaks. `en` is the source locale of the UI strings. */
export const LOCALES = ['en', 'nb', 'sv', 'da'] as const;
export type Locale = (typeof LOCALES)[number];

/** A feed Text: one string for every language, or a map from language code to string. */
export type Text = string | { readonly [language: string]: string };

/**
 * The `Intl` locale used to format dates and numbers for each UI locale. English uses the British
 * conventions (`Thursday 12 October 2023`) that the network's own pages use, not the American ones.
 */
export const INTL_LOCALES: Readonly<Record<Locale, string>> = {
  en: 'en-GB',
  nb: 'nb-NO',
  sv: 'sv-SE',
  da: 'da-DK',
};

/**
 * Maps a BCP 47 language tag (from `<html lang>`, a Text key or a user choice) to a supported locale:
 * `no`, `nn`, `nb`, `nb-NO` and `no-NO` read as `nb`; `sv-SE` as `sv`; unknown or empty as `en`.
 */
export function localeFromTag(tag: string | null | undefined): Locale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (language === 'no' || language === 'nn' || language === 'nb') return 'nb';
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : 'en';
}

/** The locale the page's `<html lang>` asks for; `en` on a server, which has no page. */
export function documentLocale(): Locale {
  return localeFromTag(pageDocument()?.documentElement.lang);
}

/** A Text resolved for one locale, with the language the chosen string is really written in. */
export interface LocalizedText {
  readonly value: string;
  /** The language tag of `value`, or `undefined` for a plain string (the same in every language). */
  readonly lang: string | undefined;
}

/**
 * The supported locale a language tag stands for (`nb-NO`, `no` and `nn` for `nb`, `sv-FI` for `sv`),
 * or `undefined` for any other language. Unlike {@link localeFromTag} it never falls back to `en`.
 */
export function supportedLocale(tag: string | null | undefined): Locale | undefined {
  const locale = localeFromTag(tag);
  return locale !== 'en' || /^en(?:[-_]|$)/i.test((tag ?? '').trim()) ? locale : undefined;
}

/**
 * Picks the string of a Text for `locale` in the order `docs/feed.md` fixes: the locale itself, then
 * `en`, then `nb`, then the first value present. The returned `lang` lets an element mark a fallback
 * string (English text in a Swedish widget) so that screen readers pronounce it right.
 */
export function pickText(text: Text, locale: Locale): LocalizedText {
  if (typeof text === 'string') return { value: text, lang: undefined };
  const byLocale = new Map<Locale, string>();
  for (const [key, value] of Object.entries(text)) {
    const keyLocale = supportedLocale(key);
    // An exact `nb` key wins over `no`/`nn`, whatever their order in the object.
    if (keyLocale && (!byLocale.has(keyLocale) || key.toLowerCase() === keyLocale)) {
      byLocale.set(keyLocale, value);
    }
  }
  for (const candidate of [locale, 'en', 'nb'] as const) {
    const value = byLocale.get(candidate);
    if (value !== undefined) return { value, lang: candidate };
  }
  const [firstKey, firstValue] = Object.entries(text)[0] ?? [undefined, ''];
  return { value: firstValue, lang: firstKey };
}

/**
 * A Text as an element shows it: `lang` is set only where the string's language differs from the
 * element's own (an English title in a Swedish list), so that only that string needs its own `lang`.
 */
export function displayText(text: Text, locale: Locale): LocalizedText {
  const picked = pickText(text, locale);
  return picked.lang === locale ? { value: picked.value, lang: undefined } : picked;
}

/** The name of an ISO 3166 country in `locale` (`NO` → `Norge` in `nb`), or the code when unknown. */
export function countryName(code: string, locale: Locale): string {
  return displayNames(INTL_LOCALES[locale], { type: 'region' }).of(code) ?? code;
}
