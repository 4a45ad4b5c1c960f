// Vue 3: `nsiw-widgets/types/vue` registers all five elements in `GlobalComponents`, which vue-tsc reads to
// check templates. Checked here through the props of each component type: what a template may pass.
import type {} from 'nsiw-widgets/types/vue';
import type { GlobalComponents } from 'vue';

type Props<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];

const events: Props<'nsiw-events'> = {
  src: '/feed.json',
  show: 'past',
  limit: 3,
  'heading-level': '4',
  onNsiwLoad: (event) => event.detail.feed.events.length,
  onNsiwError: (event) => event.detail.error.message,
};
// @ts-expect-error `show` is one of upcoming, past or all
const soon: Props<'nsiw-events'> = { show: 'soon' };
// @ts-expect-error `limit` is a number property (`:limit="3"` in a template)
const three: Props<'nsiw-events'> = { limit: 'three' };
// @ts-expect-error the detail is typed: it has no such member
const nope: Props<'nsiw-events'> = { onNsiwLoad: (event) => event.detail.nope };
const tabs: Props<'nsiw-info-tabs'> = { layout: 'tabs', onNsiwTabChange: (event) => event.detail.id };
const card: Props<'nsiw-workshop-card'> = { 'workshop-id': 'oslo-2023', onNsiwLoad: (event) => event.detail.skipped };
const series: Props<'nsiw-workshop-series'> = { src: '/feed.json' };
// A feed the page already has, as `:feed` passes it: the feed's shape, checked.
const given: Props<'nsiw-events'> = { feed: { version: 1, events: [{ id: 'e', title: 'Seminar', start: '2030-01-01' }] } };
// @ts-expect-error `feed` is a feed, not its URL
const url: Props<'nsiw-events'> = { feed: '/feed.json' };
const toggle: Props<'nsiw-language-toggle'> = { locales: 'nb en', onNsiwLocaleChange: (event) => event.detail.locale };
void [events, soon, three, nope, tabs, card, series, toggle, given, url];
