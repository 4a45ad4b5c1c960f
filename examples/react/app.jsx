// A React 19 page using the widgets: React 19 sets the props of a custom element as properties when the
// element has them (`workshop`, `now`), so objects and dates arrive as they are, and it listens to the
// element's own events with `on` + the event's name (`onnsiw-load`). Bundled with esbuild by
// `npm run build:examples` (see build.mjs) into examples/react/dist/app.js.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'nsiw-widgets/events.js';
import 'nsiw-widgets/info-tabs.js';
import 'nsiw-widgets/language-toggle.js';
import 'nsiw-widgets/workshop-card.js';

/** A workshop the app has already, in the feed's shape: given to the card as its `.workshop` property. */
const WORKSHOP = {
  id: 'workshop-2023-oslo',
  number: 1,
  title: { nb: 'N-SIW-workshop i Oslo', en: 'N-SIW workshop in Oslo' },
  start: '2023-10-12',
  end: '2023-10-13',
  timeZone: 'Europe/Oslo',
  venue: { nb: 'Fafos lokaler på Grønland', en: "Fafo's premises at Grønland" },
  city: 'Oslo',
  country: 'NO',
  host: 'Fafo',
};

/** The moment the page shows: the first day of the Oslo workshop, so that the card says it is ongoing. */
const NOW = new Date('2023-10-12T13:00:00+02:00');

function App() {
  const [received, setReceived] = useState([]);
  const record = (line) => setReceived((lines) => [...lines, line]);

  return (
    <>
      <header>
        <nsiw-language-toggle onnsiw-locale-change={(event) => record(`nsiw-locale-change: ${event.detail.locale}`)} />
      </header>
      <main>
        <h1>nsiw-widgets in React</h1>

        <h2>The workshop, from the app's own data</h2>
        <nsiw-workshop-card workshop={WORKSHOP} now={NOW} />

        <h2>Upcoming events on {NOW.toDateString()}</h2>
        <nsiw-events
          src="../feed.json"
          limit={3}
          now={NOW}
          onnsiw-load={(event) => record(`nsiw-load: ${event.detail.feed.events.length} events, ${event.detail.skipped.length} skipped`)}
          onnsiw-error={(event) => record(`nsiw-error: ${event.detail.error.message}`)}
        />

        <h2>More about the project</h2>
        <nsiw-info-tabs src="../feed.json" onnsiw-tab-change={(event) => record(`nsiw-tab-change: ${event.detail.id}`)} />

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

createRoot(document.getElementById('app')).render(<App />);
