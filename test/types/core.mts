// The shared code without elements: feed loading and validation, errors, and the page-wide locale.
import {
  FeedError,
  FeedHttpError,
  LOCALE_CHANGE_EVENT,
  LOCALES,
  getLocale,
  loadFeed,
  setLocale,
  validateFeed,
  type Feed,
  type Locale,
  type ValidatedFeed,
} from 'nsiw-widgets/core.js';

const loaded: Promise<ValidatedFeed> = loadFeed('/feed.json', { timeout: 5000, signal: new AbortController().signal });
const checked: Feed = validateFeed({ version: 1 }, 'https://example.org/feed.json').feed;
const locale: Locale = getLocale();
const locales: readonly Locale[] = LOCALES;
const switched: Promise<void> = setLocale('nb-NO', { remember: false });
// @ts-expect-error the remember option is a boolean
void setLocale('nb', { remember: 'yes' });

loaded.catch((error: unknown) => {
  if (error instanceof FeedHttpError) return error.status;
  return error instanceof FeedError ? error.message : undefined;
});
document.addEventListener(LOCALE_CHANGE_EVENT, (event) => {
  const next: Locale = event.detail.locale;
  return next;
});

// The core registers no element, so it declares no tag: the DOM types know nothing of nsiw-events.
const unknownTag: HTMLElement = document.createElement('nsiw-events');
// @ts-expect-error an HTMLElement, not an element class with a `show` property
void unknownTag.show;
void [checked, locale, locales, switched];
