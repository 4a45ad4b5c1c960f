export { NsiwEvents, type EventsShow } from './events/nsiw-events.js';
export { NsiwLanguageToggle } from './language-toggle/nsiw-language-toggle.js';
export { NsiwWorkshopCard, type WorkshopInput, type WorkshopStatus } from './workshop-card/nsiw-workshop-card.js';
export { NsiwWorkshopSeries } from './workshop-series/nsiw-workshop-series.js';
export { NsiwInfoTabs, type InfoTabsLayout, type TabChangeDetail } from './info-tabs/nsiw-info-tabs.js';
export { loadFeed, type LoadFeedOptions } from './core/feed-loader.js';
export { validateFeed, type FeedProblem, type ValidatedFeed } from './core/feed-validate.js';
export type { Feed, FeedEvent, Workshop, Tab } from './core/feed-schema.js';
export type { FeedLoadDetail, FeedErrorDetail } from './core/feed-controller.js';
export * from './core/errors.js';
export { LOCALES, type Locale, type Text } from './core/locale.js';
export {
  getLocale,
  setLocale,
  LOCALE_CHANGE_EVENT,
  type LocaleChangeDetail,
  type SetLocaleOptions,
} from './core/localization.js';
