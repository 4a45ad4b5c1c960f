// React 19 + TSX: `nsiw-widgets/types/react` types all five elements in JSX: properties (with their own
// types), kebab-case attributes (their values), and `on` + event name handlers typed from the event map.
import type {} from 'nsiw-widgets/types/react';
import type { FeedLoadDetail } from 'nsiw-widgets/events.js';
import type { NsiwEvents } from 'nsiw-widgets/events.js';
import { useRef } from 'react';

export function Page({ workshop }: { workshop: { id: string; number: number; title: string; start: string; end: string } }) {
  const events = useRef<NsiwEvents>(null);
  return (
    <>
      <nsiw-events
        ref={events}
        src="/feed.json"
        show="past"
        limit={3}
        heading-level="4"
        color-scheme="auto"
        structuredData
        now={new Date('2023-10-01T00:00:00Z')}
        feed={{ version: 1, events: [{ id: 'e', title: { nb: 'Seminar', en: 'Seminar' }, start: '2030-01-01T10:00:00Z' }] }}
        className="events"
        onnsiw-load={(event) => {
          const detail: FeedLoadDetail = event.detail;
          // @ts-expect-error the detail is typed, not `any`: it has no such member
          void event.detail.nope;
          return detail.feed.events.length;
        }}
        onnsiw-error={(event) => console.warn(event.detail.error.message)}
      />
      {/* @ts-expect-error `show` is one of upcoming, past or all */}
      <nsiw-events show="soon" />
      {/* @ts-expect-error `limit` is a number property: "three" is no number */}
      <nsiw-events limit="three" />
      {/* @ts-expect-error `heading-level` takes a number */}
      <nsiw-events heading-level="high" />
      {/* @ts-expect-error `auto` is the one color scheme */}
      <nsiw-events color-scheme="dark" />
      <nsiw-workshop-card workshop={workshop} workshop-id="oslo-2023" series-length={3} onnsiw-load={(event) => event.detail.skipped} />
      <nsiw-workshop-series src="/feed.json" onnsiw-error={(event) => event.detail.error.name} />
      <nsiw-info-tabs selected="about" layout="accordion" onnsiw-tab-change={(event) => event.detail.id.toUpperCase()}>
        <details id="about">
          <summary>About</summary>
        </details>
      </nsiw-info-tabs>
      {/* @ts-expect-error `layout` is auto, tabs or accordion */}
      <nsiw-info-tabs layout="grid" />
      <nsiw-language-toggle
        locales="nb en sv"
        navigate
        onnsiw-locale-change={(event) => {
          const locale: 'nb' | 'en' | 'sv' | 'da' = event.detail.locale;
          return locale;
        }}
      />
    </>
  );
}
