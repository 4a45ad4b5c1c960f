/**
 * React components for the elements (`nsiw-widgets/react`), made with `@lit/react` as Shoelace and Web
 * Awesome make theirs. They set every element property as a property, also after server rendering and
 * hydration (where React 19's own custom-element support drops objects and handlers: react/react#35446),
 * and take the elements' events as camel-case handlers: `onLoad`, `onError`, `onTabChange`, `onLocaleChange`.
 *
 * Importing this module registers the five elements (on a server it only defines the classes).
 *
 * @example
 * import { NsiwEvents } from 'nsiw-widgets/react';
 * <NsiwEvents src="/feed.json" limit={3} onLoad={(event) => console.log(event.detail.feed)} />
 *
 * @packageDocumentation
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { NsiwEvents as EventsElement } from '../events/nsiw-events.js';
import { NsiwInfoTabs as InfoTabsElement, type TabChangeDetail } from '../info-tabs/nsiw-info-tabs.js';
import { NsiwLanguageToggle as LanguageToggleElement } from '../language-toggle/nsiw-language-toggle.js';
import { NsiwWorkshopCard as WorkshopCardElement } from '../workshop-card/nsiw-workshop-card.js';
import { NsiwWorkshopSeries as WorkshopSeriesElement } from '../workshop-series/nsiw-workshop-series.js';
import type { FeedErrorDetail, FeedLoadDetail } from '../core/element/feed-events.js';
import type { LocaleChangeDetail } from '../core/i18n/localization.js';

export type { FeedErrorDetail, FeedLoadDetail, LocaleChangeDetail, TabChangeDetail };

/** The events of every element that reads a feed. */
const feedEvents = {
  onLoad: 'nsiw-load' as EventName<CustomEvent<FeedLoadDetail>>,
  onError: 'nsiw-error' as EventName<CustomEvent<FeedErrorDetail>>,
};

/** `<nsiw-events>`: the event list. */
export const NsiwEvents = createComponent({
  react: React,
  tagName: 'nsiw-events',
  elementClass: EventsElement,
  events: feedEvents,
  displayName: 'NsiwEvents',
});

/** `<nsiw-info-tabs>`: the tabbed info panel; `onLoad` / `onError` in feed mode only. */
export const NsiwInfoTabs = createComponent({
  react: React,
  tagName: 'nsiw-info-tabs',
  elementClass: InfoTabsElement,
  events: { ...feedEvents, onTabChange: 'nsiw-tab-change' as EventName<CustomEvent<TabChangeDetail>> },
  displayName: 'NsiwInfoTabs',
});

/** `<nsiw-language-toggle>`: switches every widget on the page between languages. */
export const NsiwLanguageToggle = createComponent({
  react: React,
  tagName: 'nsiw-language-toggle',
  elementClass: LanguageToggleElement,
  events: { onLocaleChange: 'nsiw-locale-change' as EventName<CustomEvent<LocaleChangeDetail>> },
  displayName: 'NsiwLanguageToggle',
});

/** `<nsiw-workshop-card>`: one workshop, from a feed (`src` + `workshopId`) or as an object (`workshop`). */
export const NsiwWorkshopCard = createComponent({
  react: React,
  tagName: 'nsiw-workshop-card',
  elementClass: WorkshopCardElement,
  events: feedEvents,
  displayName: 'NsiwWorkshopCard',
});

/** `<nsiw-workshop-series>`: the whole workshop series, as cards. */
export const NsiwWorkshopSeries = createComponent({
  react: React,
  tagName: 'nsiw-workshop-series',
  elementClass: WorkshopSeriesElement,
  events: feedEvents,
  displayName: 'NsiwWorkshopSeries',
});
