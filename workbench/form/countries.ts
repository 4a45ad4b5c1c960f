/** The countries the form offers for a `country` member: every code the validator accepts, by name. */
import { displayNames } from '../../src/core/i18n/intl-cache.js';
import { INTL_LOCALES, countryName, type Locale } from '../../src/core/i18n/locale.js';

/**
 * Codes ISO 3166 reserves for private use (AA, QM–QZ, XA–XZ but Kosovo's XK, ZZ) or for groups of
 * countries (EU, EZ, UN): `Intl` names some of them, but no venue is in one.
 */
const NOT_A_COUNTRY = /^(?:AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN)$/;

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Every two-letter region `Intl` knows, the validator's rule (`isKnownRegion`), less `NOT_A_COUNTRY`. */
let codes: string[] | undefined;
function countryCodes(): string[] {
  codes ??= [...LETTERS]
    .flatMap((first) => [...LETTERS].map((second) => first + second))
    .filter((code) => !NOT_A_COUNTRY.test(code) && displayNames('en', { type: 'region', fallback: 'none' }).of(code) !== undefined);
  return codes;
}

export interface Country {
  code: string;
  name: string;
}

const byLocale = new Map<Locale, Country[]>();

/** The countries with their names in `locale`, in that language's alphabetical order. */
export function countries(locale: Locale): Country[] {
  let list = byLocale.get(locale);
  if (!list) {
    const collator = new Intl.Collator(INTL_LOCALES[locale]);
    list = countryCodes()
      .map((code) => ({ code, name: countryName(code, locale) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    byLocale.set(locale, list);
  }
  return list;
}

/** Whether `code` is one of the countries offered. */
export function isCountryCode(code: string): boolean {
  return countryCodes().includes(code);
}
