'use client';
// The client component that renders the widgets with the components of `nsiw-widgets/react` (made with
// @lit/react). They use hooks, hence 'use client'. Next renders them on the server as the bare tags, and
// once hydrated they set `workshop` and `now` as properties and attach `onLoad` and the other handlers:
// the bare `<nsiw-workshop-card workshop={…}>` of React 19 would lose them at hydration (react/react#35446).
import { useState } from 'react';
import { NsiwEvents, NsiwInfoTabs, NsiwLanguageToggle, NsiwWorkshopCard } from 'nsiw-widgets/react';
import type { WorkshopInput } from 'nsiw-widgets/workshop-card.js';

/** The feed, next to the examples (the page is examples/next/out/index.html). */
const FEED = '../../feed.json';

export function Widgets({ workshop, now }: { workshop: WorkshopInput; now: Date }) {
  const [received, setReceived] = useState<string[]>([]);
  const record = (line: string) => setReceived((lines) => [...lines, line]);

  return (
    <>
      <NsiwLanguageToggle onLocaleChange={(event) => record(`locale-change: ${event.detail.locale}`)} />

      <h2>The workshop, from the app's own data</h2>
      <NsiwWorkshopCard workshop={workshop} now={now} />

      <h2>Upcoming events</h2>
      <NsiwEvents
        src={FEED}
        limit={3}
        now={now}
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
    </>
  );
}
