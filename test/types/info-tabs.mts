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
