// The package root: every element and the core API.
import {
  NsiwEvents,
  NsiwInfoTabs,
  NsiwLanguageToggle,
  NsiwWorkshopCard,
  NsiwWorkshopSeries,
  loadFeed,
  setLocale,
  type FeedLoadDetail,
} from 'nsiw-widgets';
// @ts-expect-error the CDN build is no bundler entry (it carries its own Lit): only its URL, dist/nsiw-widgets.js
import type {} from 'nsiw-widgets/nsiw-widgets.js';

const events: NsiwEvents = document.createElement('nsiw-events');
const tabs: NsiwInfoTabs = document.createElement('nsiw-info-tabs');
const toggle: NsiwLanguageToggle = document.createElement('nsiw-language-toggle');
const card: NsiwWorkshopCard = document.createElement('nsiw-workshop-card');
const series: NsiwWorkshopSeries = document.createElement('nsiw-workshop-series');

events.addEventListener('nsiw-load', (event) => {
  const detail: FeedLoadDetail = event.detail;
  return detail.feed.events.length;
});
tabs.addEventListener('nsiw-tab-change', (event) => event.detail.id);
toggle.addEventListener('nsiw-locale-change', (event) => event.detail.locale);
series.addEventListener('nsiw-error', (event) => event.detail.error);
void [card, loadFeed, setLocale];
