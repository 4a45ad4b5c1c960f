/**
 * The core's API in a browser without a bundler: what `nsiw-widgets/core.js` exports but the synchronous
 * `validateFeed`, which the CDN build leaves out (its validator is a chunk loaded on demand; `loadFeed`
 * validates). `src/core.ts` adds `validateFeed`; `src/nsiw-widgets.ts`, the CDN build, exports this.
 */
export { loadFeed, type LoadFeedOptions } from './loading/feed-loader.js';
export type { FeedProblem, ValidatedFeed } from './validator/validate.js';
export type { Feed, FeedEvent, Workshop, Tab } from './feed/schema.js';
export type { FeedLoadDetail, FeedErrorDetail } from './element/feed-events.js';
export * from './feed/errors.js';
export { LOCALES, type Locale, type Text } from './i18n/locale.js';
export { getLocale, setLocale, LOCALE_CHANGE_EVENT, type LocaleChangeDetail, type SetLocaleOptions } from './i18n/localization.js';
