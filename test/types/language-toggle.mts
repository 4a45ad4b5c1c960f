// <nsiw-language-toggle> from its own entry: `nsiw-locale-change` names the locale chosen.
import 'nsiw-widgets/language-toggle.js';
import type { NsiwLanguageToggle } from 'nsiw-widgets/language-toggle.js';
import type { Locale } from 'nsiw-widgets/core.js';

const toggle: NsiwLanguageToggle = document.createElement('nsiw-language-toggle');
toggle.locales = 'nb en sv da';
toggle.navigate = true;
toggle.addEventListener('nsiw-locale-change', (event) => {
  const locale: Locale = event.detail.locale;
  // @ts-expect-error the locale is one of the four, not any string
  const other: Locale = `${event.detail.locale}-NO`;
  return [locale, other];
});

// The entry exports its events' detail types, and `colorScheme` is a property like every other attribute.
{
  const element = document.createElement('nsiw-language-toggle');
  type Details = [import('nsiw-widgets/language-toggle.js').LocaleChangeDetail];
  const details: Partial<Details> = [];
  element.colorScheme = 'auto';
  element.colorScheme = null;
  // @ts-expect-error `auto` is the one value (opting in to the dark scheme)
  element.colorScheme = 'dark';
  void details;
}
