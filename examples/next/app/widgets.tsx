'use client';
// The client component that renders the widgets with the components of `nsiw-widgets/react` (made with
// @lit/react). They use hooks, hence 'use client'. On the server each element gets the content the page
// rendered for it; once hydrated they set `now` as a property and attach `onLoad` and the other handlers:
// the bare `<nsiw-events now={…} onnsiw-load={…}>` of React 19 would lose them at hydration (react/react#35446).
import { useState } from 'react';
import { NsiwEvents, NsiwInfoTabs, NsiwLanguageToggle, NsiwWorkshopCard } from 'nsiw-widgets/react';

/** What the server rendered for each element (app/rendered.ts). */
export interface RenderedWidgets {
  toggle: string;
  card: string;
  events: string;
  tabs: string;
}

/**
 * An element's rendered content, sent by the server as its declarative shadow root. The browser's parser
 * makes it the element's shadow root, so the element has no child left for React to hydrate: in the
 * browser this renders nothing, and the element takes the content over when its feed has loaded.
 */
function RenderedContent({ html }: { html: string }) {
  if (typeof window !== 'undefined') return null;
  return <template {...{ shadowrootmode: 'open' }} dangerouslySetInnerHTML={{ __html: html }} />;
}

export function Widgets({ feed, workshopId, now, rendered }: { feed: string; workshopId: string; now: Date; rendered: RenderedWidgets }) {
  const [received, setReceived] = useState<string[]>([]);
  const record = (line: string) => setReceived((lines) => [...lines, line]);

  return (
    <>
      <NsiwLanguageToggle onLocaleChange={(event) => record(`locale-change: ${event.detail.locale}`)}>
        <RenderedContent html={rendered.toggle} />
      </NsiwLanguageToggle>

      <h2>The workshop</h2>
      <NsiwWorkshopCard src={feed} workshopId={workshopId} now={now}>
        <RenderedContent html={rendered.card} />
      </NsiwWorkshopCard>

      <h2>Upcoming events</h2>
      <NsiwEvents
        src={feed}
        limit={3}
        now={now}
        onLoad={(event) => record(`load: ${event.detail.feed.events.length} events, ${event.detail.skipped.length} skipped`)}
        onError={(event) => record(`error: ${event.detail.error.message}`)}
      >
        <RenderedContent html={rendered.events} />
      </NsiwEvents>

      <h2>More about the project</h2>
      <NsiwInfoTabs src={feed} onTabChange={(event) => record(`tab-change: ${event.detail.id}`)}>
        <RenderedContent html={rendered.tabs} />
      </NsiwInfoTabs>

      <h2>What the app received</h2>
      <ol id="received" aria-live="polite">
        {received.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </>
  );
}
