// <nsiw-workshop-series> from its own entry.
import 'nsiw-widgets/workshop-series.js';
import type { NsiwWorkshopSeries } from 'nsiw-widgets/workshop-series.js';
import type { NsiwWorkshopCard } from 'nsiw-widgets/workshop-card.js';

const series: NsiwWorkshopSeries = document.createElement('nsiw-workshop-series');
// The series shows its workshops with cards, so its entry registers (and types) the card too.
const card: NsiwWorkshopCard = document.createElement('nsiw-workshop-card');
series.src = '/feed.json';
series.headingLevel = 2;
series.addEventListener('nsiw-load', (event) => event.detail.feed.workshops.length + event.detail.skipped.length);
series.addEventListener('nsiw-error', (event) => event.detail.error.message);
// @ts-expect-error the detail is typed, not `any`
series.addEventListener('nsiw-error', (event) => event.detail.feed);
void card;

// The entry exports its events' detail types, and `colorScheme` is a property like every other attribute.
{
  const element = document.createElement('nsiw-workshop-series');
  type Details = [import('nsiw-widgets/workshop-series.js').FeedErrorDetail, import('nsiw-widgets/workshop-series.js').FeedLoadDetail];
  const details: Partial<Details> = [];
  element.colorScheme = 'auto';
  element.colorScheme = null;
  // @ts-expect-error `auto` is the one value (opting in to the dark scheme)
  element.colorScheme = 'dark';
  void details;
}
