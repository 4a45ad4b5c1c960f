// <nsiw-workshop-card> from its own entry: the `.workshop` property takes a workshop as the feed writes it.
import 'nsiw-widgets/workshop-card.js';
import type { NsiwWorkshopCard, WorkshopInput } from 'nsiw-widgets/workshop-card.js';

const card: NsiwWorkshopCard = document.createElement('nsiw-workshop-card');
const workshop: WorkshopInput = {
  id: 'workshop-2023-oslo',
  title: { nb: 'N-SIW-workshop i Oslo', en: 'N-SIW workshop in Oslo' },
  start: '2023-10-12',
  end: '2023-10-13',
};
card.workshop = workshop;
card.workshopId = 'workshop-2023-oslo';
card.now = new Date();
// @ts-expect-error a workshop needs its id, title and start
card.workshop = { title: 'No id' };

card.addEventListener('nsiw-load', (event) => event.detail.feed.workshops.map((item) => item.id));
card.addEventListener('nsiw-error', (event) => event.detail.error.message);
// @ts-expect-error the detail is typed, not `any`
card.addEventListener('nsiw-load', (event) => event.detail.workshop);

// The entry exports its events' detail types, and `colorScheme` is a property like every other attribute.
{
  const element = document.createElement('nsiw-workshop-card');
  type Details = [import('nsiw-widgets/workshop-card.js').FeedErrorDetail, import('nsiw-widgets/workshop-card.js').FeedLoadDetail];
  const details: Partial<Details> = [];
  element.colorScheme = 'auto';
  element.colorScheme = null;
  // @ts-expect-error `auto` is the one value (opting in to the dark scheme)
  element.colorScheme = 'dark';
  void details;
}
