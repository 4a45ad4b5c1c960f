// The page: a server component. It renders the widgets' content on the server (app/rendered.ts) and hands
// it, with the moment to show, to the client component, which sends that content inside the elements and
// attaches the handlers. Next renders this page to HTML at build time (a static export) and hydrates it
// in the browser, where the elements take the rendered content over.
import { renderedContent } from './rendered';
import { Widgets } from './widgets';

/** The feed, next to the examples (the page is examples/next/out/index.html). */
const FEED = '../../feed.json';
/** The workshop the card shows, among the feed's. */
const WORKSHOP_ID = 'workshop-2023-oslo';
/** The moment the page shows: the first day of the Oslo workshop, so that the card says it is ongoing. */
const NOW = '2023-10-12T13:00:00+02:00';

export default async function Page() {
  const rendered = {
    toggle: await renderedContent('nsiw-language-toggle'),
    card: await renderedContent('nsiw-workshop-card', { src: FEED, 'workshop-id': WORKSHOP_ID, now: NOW }),
    events: await renderedContent('nsiw-events', { src: FEED, limit: '3', now: NOW }),
    tabs: await renderedContent('nsiw-info-tabs', { src: FEED }),
  };
  return (
    <main>
      <h1>nsiw-widgets in a Next.js app</h1>
      <Widgets feed={FEED} workshopId={WORKSHOP_ID} now={new Date(NOW)} rendered={rendered} />
    </main>
  );
}
