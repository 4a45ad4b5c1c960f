// `nsiw-widgets/react`: the @lit/react components take the elements' properties with their own types
// and the events as camel-case handlers typed from the event details.
import { NsiwEvents, NsiwInfoTabs, NsiwLanguageToggle, NsiwWorkshopCard, NsiwWorkshopSeries } from 'nsiw-widgets/react';
import type { FeedLoadDetail, LocaleChangeDetail, TabChangeDetail } from 'nsiw-widgets/react';

export function Page() {
  return (
    <>
      <NsiwEvents
        src="/feed.json"
        show="past"
        limit={3}
        now={new Date()}
        onLoad={(event) => {
          const detail: FeedLoadDetail = event.detail;
          return detail.skipped;
        }}
        onError={(event) => event.detail.error.message}
      />
      {/* @ts-expect-error `show` is one of upcoming, past or all */}
      <NsiwEvents show="soon" />
      {/* @ts-expect-error `limit` is a number */}
      <NsiwEvents limit="three" />
      {/* @ts-expect-error the detail is typed: it has no such member */}
      <NsiwEvents onLoad={(event) => event.detail.nope} />
      <NsiwInfoTabs layout="tabs" onTabChange={(event) => (event.detail satisfies TabChangeDetail).id} />
      <NsiwLanguageToggle locales="nb en" onLocaleChange={(event) => (event.detail satisfies LocaleChangeDetail).locale} />
      <NsiwWorkshopCard workshopId="oslo-2023" src="/feed.json" />
      <NsiwWorkshopSeries src="/feed.json" headingLevel={4} colorScheme="auto" />
    </>
  );
}
