/** @jsxImportSource preact */
// Preact: `nsiw-widgets/types/preact` types all five elements in JSX, as for React.
import type {} from 'nsiw-widgets/types/preact';

export function Page() {
  return (
    <div>
      <nsiw-events
        src="/feed.json"
        show="upcoming"
        limit={2}
        onnsiw-load={(event) => event.detail.feed.events.map((item) => item.id)}
        onnsiw-error={(event) => event.detail.error.message}
      />
      {/* @ts-expect-error `show` is one of upcoming, past or all */}
      <nsiw-events show="soon" />
      {/* @ts-expect-error `limit` is a number property */}
      <nsiw-events limit="three" />
      {/* @ts-expect-error the detail is typed: it has no such member */}
      <nsiw-events onnsiw-load={(event) => event.detail.nope} />
      <nsiw-info-tabs onnsiw-tab-change={(event) => event.detail.id} />
      <nsiw-workshop-card workshop-id="oslo-2023" />
      <nsiw-workshop-series heading-level={4} />
      <nsiw-language-toggle locales="nb en" onnsiw-locale-change={(event) => event.detail.locale} />
    </div>
  );
}
