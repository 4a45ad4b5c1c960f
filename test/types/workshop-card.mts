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
