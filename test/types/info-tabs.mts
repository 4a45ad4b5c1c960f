// <nsiw-info-tabs> from its own entry: `nsiw-tab-change` names the tab selected.
import 'nsiw-widgets/info-tabs.js';
import type { InfoTabsLayout, NsiwInfoTabs, TabChangeDetail } from 'nsiw-widgets/info-tabs.js';

const tabs: NsiwInfoTabs = document.createElement('nsiw-info-tabs');
const layout: InfoTabsLayout = 'accordion';
tabs.layout = layout;
tabs.selected = 'workshop-oslo-2023';
tabs.addEventListener('nsiw-tab-change', (event) => {
  const detail: TabChangeDetail = event.detail;
  const id: string = event.detail.id;
  // @ts-expect-error the detail is typed, not `any`
  void event.detail.tab;
  return [detail, id];
});
tabs.addEventListener('nsiw-load', (event) => event.detail.feed.tabs.map((tab) => tab.id));
tabs.addEventListener('nsiw-error', (event) => event.detail.error.name);

// The entry exports its events' detail types, and `colorScheme` is a property like every other attribute.
{
  const element = document.createElement('nsiw-info-tabs');
  type Details = [
    import('nsiw-widgets/info-tabs.js').FeedErrorDetail,
    import('nsiw-widgets/info-tabs.js').FeedLoadDetail,
    import('nsiw-widgets/info-tabs.js').TabChangeDetail,
  ];
  const details: Partial<Details> = [];
  element.colorScheme = 'auto';
  element.colorScheme = null;
  // @ts-expect-error `auto` is the one value (opting in to the dark scheme)
  element.colorScheme = 'dark';
  void details;
}
