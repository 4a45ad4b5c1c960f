// The demo page's own text follows the widgets' language: the page holds its text in all four languages
// (`data-locale`), and demo.css shows the one `<html lang>` names. This sets `<html lang>` to the locale the
// widgets speak, at first and whenever the language toggle changes it (`nsiw-locale-change`).
import { getLocale, LOCALE_CHANGE_EVENT } from '/dist/nsiw-widgets.js';

const titles = JSON.parse(document.querySelector('meta[name="demo-titles"]')?.content ?? '{}');

function show(locale) {
  document.documentElement.lang = locale;
  if (titles[locale]) document.title = titles[locale];
}

document.addEventListener(LOCALE_CHANGE_EVENT, (event) => show(event.detail.locale));
show(getLocale());
