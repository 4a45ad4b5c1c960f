// A bundler user who imports only <nsiw-events>: its tag, properties and events are typed from that entry alone.
import 'nsiw-widgets/events.js';
import type { EventsShow, NsiwEvents } from 'nsiw-widgets/events.js';
import type { Feed, FeedProblem } from 'nsiw-widgets/core.js';

const events: NsiwEvents = document.createElement('nsiw-events');
const found: NsiwEvents | null = document.querySelector('nsiw-events');
events.src = '/feed.json';
events.limit = 3;
events.now = new Date('2023-10-01T00:00:00Z');
const show: EventsShow = 'past';
events.show = show;
// @ts-expect-error `show` is one of upcoming, past or all
events.show = 'soon';

events.addEventListener('nsiw-load', (event) => {
  const feed: Feed = event.detail.feed;
  const skipped: FeedProblem[] = event.detail.skipped;
  const firstTitle = feed.events[0]?.title;
  // @ts-expect-error the detail is typed, not `any`: it has no such member
  void event.detail.feeds;
  return [skipped, firstTitle, found];
});
events.addEventListener('nsiw-error', (event) => {
  const message: string = event.detail.error.message;
  // @ts-expect-error an error event carries no feed
  void event.detail.feed;
  return message;
});

// The entry exports its events' detail types, and `colorScheme` is a property like every other attribute.
{
  const element = document.createElement('nsiw-events');
  type Details = [import('nsiw-widgets/events.js').FeedErrorDetail, import('nsiw-widgets/events.js').FeedLoadDetail];
  const details: Partial<Details> = [];
  element.colorScheme = 'auto';
  element.colorScheme = null;
  // @ts-expect-error `auto` is the one value (opting in to the dark scheme)
  element.colorScheme = 'dark';
  void details;
}
