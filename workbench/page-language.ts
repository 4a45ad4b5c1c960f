/**
 * The workbench speaks the editor's language: the first of the browser's preferred languages that it
 * has (nb, en, sv, da), set as the page's `lang` before the workbench starts (the page says `nb` for
 * a browser that prefers none of them). A language the editor chose with the toggle is remembered and
 * wins over the page's `lang`, so over this too.
 */
import { browserLocale } from './browser-language.js';

const preferred = browserLocale(navigator.languages);
if (preferred) document.documentElement.lang = preferred;
