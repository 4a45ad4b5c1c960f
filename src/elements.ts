/** The five elements; importing this registers them. `src/index.ts` and the CDN build export it. */
export { NsiwEvents, type EventsShow } from './events/nsiw-events.js';
export { NsiwLanguageToggle } from './language-toggle/nsiw-language-toggle.js';
export { NsiwWorkshopCard, type WorkshopInput, type WorkshopStatus } from './workshop-card/nsiw-workshop-card.js';
export { NsiwWorkshopSeries } from './workshop-series/nsiw-workshop-series.js';
export { NsiwInfoTabs, type InfoTabsLayout, type TabChangeDetail } from './info-tabs/nsiw-info-tabs.js';
