// The page: a server component. It owns the data (the workshop object and the moment to show) and hands
// them to the client component, which renders the widgets; React's server components send a Date as a
// Date. Next renders this page to HTML at build time (a static export) and hydrates it in the browser.
import type { WorkshopInput } from 'nsiw-widgets/workshop-card.js';
import { Widgets } from './widgets';

/** A workshop the app has already, in the feed's shape: given to the card as its `workshop` property. */
const WORKSHOP: WorkshopInput = {
  id: 'workshop-2023-oslo',
  number: 1,
  title: { nb: 'N-SIW-workshop i Oslo', en: 'N-SIW workshop in Oslo' },
  start: '2023-10-12',
  end: '2023-10-13',
  timeZone: 'Europe/Oslo',
  city: 'Oslo',
  country: 'NO',
  host: 'Fafo',
};

/** The moment the page shows: the first day of the Oslo workshop, so that the card says it is ongoing. */
const NOW = new Date('2023-10-12T13:00:00+02:00');

export default function Page() {
  return (
    <main>
      <h1>nsiw-widgets in a Next.js app</h1>
      <Widgets workshop={WORKSHOP} now={NOW} />
    </main>
  );
}
