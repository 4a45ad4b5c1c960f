// A React 19 app using the components of `nsiw-widgets/react` (made with @lit/react), rendered on the
// server (server.tsx, react-dom/server) and hydrated in the browser (client.tsx): the path on which
// React's own custom-element props drop objects and handlers (react/react#35446). The components set
// `workshop`, `now`, `src` and `limit` as properties and attach `onLoad`, `onTabChange`, `onLocaleChange`
// once hydrated. Built and type-checked by `npm run build:examples` (build.mjs).
import { useState } from 'react';
import { NsiwEvents, NsiwInfoTabs, NsiwLanguageToggle, NsiwWorkshopCard } from 'nsiw-widgets/react';
import type { WorkshopInput } from 'nsiw-widgets/workshop-card.js';

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

/** The feed, next to the examples (the page is examples/react-ssr/dist/index.html). */
const FEED = '../../feed.json';

export function App() {
  const [received, setReceived] = useState<string[]>([]);
  const record = (line: string) => setReceived((lines) => [...lines, line]);

  return (
    <>
      <header>
        <NsiwLanguageToggle onLocaleChange={(event) => record(`locale-change: ${event.detail.locale}`)} />
      </header>
      <main>
        <h1>nsiw-widgets in a server-rendered React app</h1>

        <h2>The workshop, from the app's own data</h2>
        <NsiwWorkshopCard workshop={WORKSHOP} now={NOW} />

        <h2>Upcoming events</h2>
        <NsiwEvents
          src={FEED}
          limit={3}
          now={NOW}
          onLoad={(event) => record(`load: ${event.detail.feed.events.length} events, ${event.detail.skipped.length} skipped`)}
          onError={(event) => record(`error: ${event.detail.error.message}`)}
        />

        <h2>More about the project</h2>
        <NsiwInfoTabs src={FEED} onTabChange={(event) => record(`tab-change: ${event.detail.id}`)} />

        <h2>What the app received</h2>
        <ol id="received" aria-live="polite">
          {received.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ol>
      </main>
    </>
  );
}
