/**
 * The shared code without any element (`nsiw-widgets/core.js`): the feed loader and validator, the
 * feed's types and errors, and the page-wide locale API. Importing it registers nothing, so a page or
 * bundle that only reads the feed, or drives the language of widgets loaded elsewhere, pays for no element.
 */
export { loadFeed, type LoadFeedOptions } from './core/loading/feed-loader.js';
export { validateFeed, type FeedProblem, type ValidatedFeed } from './core/feed/validate.js';
export type { Feed, FeedEvent, Workshop, Tab } from './core/feed/schema.js';
export type { FeedLoadDetail, FeedErrorDetail } from './core/loading/feed-controller.js';
export * from './core/feed/errors.js';
export { LOCALES, type Locale, type Text } from './core/i18n/locale.js';
export { getLocale, setLocale, LOCALE_CHANGE_EVENT, type LocaleChangeDetail, type SetLocaleOptions } from './core/i18n/localization.js';
