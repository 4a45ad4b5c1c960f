// Svelte 5: `nsiw-widgets/types/svelte` adds all five elements to `SvelteHTMLElements`, which svelte-check
// reads to check markup. Checked here through those attribute types: what markup may pass.
import type {} from 'nsiw-widgets/types/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';

const events: SvelteHTMLElements['nsiw-events'] = {
  src: '/feed.json',
  show: 'all',
  limit: 3,
  class: 'events',
  'onnsiw-load': (event) => event.detail.feed.events.length,
  'on:nsiw-error': (event) => event.detail.error.message,
};
// @ts-expect-error `show` is one of upcoming, past or all
const soon: SvelteHTMLElements['nsiw-events'] = { show: 'soon' };
// @ts-expect-error `limit` is a number property
const three: SvelteHTMLElements['nsiw-events'] = { limit: 'three' };
// @ts-expect-error the detail is typed: it has no such member
const nope: SvelteHTMLElements['nsiw-events'] = { 'onnsiw-load': (event) => event.detail.nope };
const tabs: SvelteHTMLElements['nsiw-info-tabs'] = { 'onnsiw-tab-change': (event) => event.detail.id };
// A feed the page already has: the feed's shape, checked.
const given: SvelteHTMLElements['nsiw-workshop-series'] = {
  feed: { version: 1, workshops: [{ id: 'w', title: 'Workshop', start: '2030-01-01' }] },
};
// @ts-expect-error `feed` is a feed, not its URL
const url: SvelteHTMLElements['nsiw-events'] = { feed: '/feed.json' };
const card: SvelteHTMLElements['nsiw-workshop-card'] = { 'workshop-id': 'oslo-2023' };
const series: SvelteHTMLElements['nsiw-workshop-series'] = { 'heading-level': 4 };
const toggle: SvelteHTMLElements['nsiw-language-toggle'] = { 'onnsiw-locale-change': (event) => event.detail.locale };
void [events, soon, three, nope, tabs, card, series, toggle, given, url];
