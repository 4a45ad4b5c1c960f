import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { isValidInstant } from '../../../src/core/time/instant-checks.js';
import {
  createFeedSchema,
  DEFAULT_TIME_ZONE,
  INSTANT_PATTERN,
  isRequiredIfPresent,
  URL_PATTERN,
  type Feed,
  type FeedEvent,
  type Tab,
  type Workshop,
} from '../../../src/core/feed/schema.js';
import type { Text } from '../../../src/core/i18n/locale.js';
import { resolveFeedUrl } from '../../../src/core/feed/urls.js';

// The shapes the elements were promised (h1 brief); the inferred types must be assignable to them.
type PromisedEvent = {
  id: string;
  title: Text;
  type?: string;
  label?: Text;
  start: string;
  end?: string;
  timeZone: string;
  status: 'scheduled' | 'cancelled' | 'postponed';
  organizer?: Text;
  location?: { name?: Text; address?: string; city?: Text; country?: string; online?: string };
  url?: string;
  registrationUrl?: string;
  description?: Text;
};
type PromisedWorkshop = {
  id: string;
  number?: number;
  title: Text;
  start: string;
  end?: string;
  timeZone: string;
  host?: Text;
  venue?: Text;
  city?: Text;
  country?: string;
  programUrl?: string;
  registrationUrl?: string;
  description?: Text;
};
type PromisedFeed = {
  version: 1;
  updated?: string;
  events: PromisedEvent[];
  workshops: PromisedWorkshop[];
  tabs: { id: string; title: Text; body: Text }[];
};
// Compile-time checks: `tsc` fails here if a type drifts from its promise (in either direction for
// the required members: an element may rely on them being present).
const eventMatches = (event: FeedEvent): PromisedEvent => event;
const workshopMatches = (workshop: Workshop): PromisedWorkshop => workshop;
const feedMatches = (feed: Feed): PromisedFeed => feed;
const tabMatches = (tab: Tab): PromisedFeed['tabs'][number] => tab;
const minimalEvent: FeedEvent = { id: 'x', title: 'T', start: '2023-10-12', timeZone: 'Europe/Oslo', status: 'scheduled' };

describe('feed-schema', () => {
  it('has types the elements can rely on', () => {
    expect(eventMatches(minimalEvent)).to.equal(minimalEvent);
    const feed: Feed = { version: 1, events: [minimalEvent], workshops: [], tabs: [] };
    expect(feedMatches(feed).events).to.have.length(1);
    expect(workshopMatches).to.be.a('function');
    expect(tabMatches).to.be.a('function');
  });

  it('marks end, and only end, as required when present', () => {
    const { Event, Workshop: WorkshopSchema } = createFeedSchema('https://example.org/feed.json');
    for (const schema of [Event, WorkshopSchema]) {
      const marked = Object.entries(schema.entries)
        .filter(([, entry]) => isRequiredIfPresent(entry as v.GenericSchema))
        .map(([key]) => key);
      expect(marked).to.deep.equal(['end']);
    }
  });

  it('defaults timeZone and status, and the three lists', () => {
    const { Feed: FeedSchema } = createFeedSchema('https://example.org/feed.json');
    const feed = v.parse(FeedSchema, { version: 1, events: [{ id: 'a', title: 'A', start: '2023-10-12' }] });
    expect(feed.events[0]).to.include({ timeZone: DEFAULT_TIME_ZONE, status: 'scheduled' });
    expect(feed.workshops).to.deep.equal([]);
    expect(feed.tabs).to.deep.equal([]);
    const other = v.parse(FeedSchema, { version: 1 });
    expect(other.tabs).not.to.equal(feed.tabs, 'each feed gets its own empty list');
  });

  it('refuses country names and codes Intl does not know, whatever the parse options', () => {
    const { Country } = createFeedSchema('https://example.org/feed.json');
    expect(v.safeParse(Country, 'NO').success).to.equal(true);
    // Without abortPipeEarly, the region check also sees values that failed the pattern.
    for (const value of ['Norway', 'XX', 'no', '']) expect(v.safeParse(Country, value).success, value).to.equal(false);
  });

  it('resolves links against the URL the schema was built for', () => {
    const { Url } = createFeedSchema('https://example.org/feeds/feed.json');
    expect(v.parse(Url, 'a.html')).to.equal('https://example.org/feeds/a.html');
    expect(v.safeParse(Url, 'javascript:alert(1)').success).to.equal(false);
  });
});

describe('INSTANT_PATTERN (the JSON Schema pattern) agrees with isValidInstant', () => {
  const realInstants = [
    '2023-10-12',
    '2023-10-12T12:30Z',
    '2023-10-12T12:30:00+02:00',
    '2023-10-12T12:30:59.5-04:00',
    '2023-10-12T23:59:59.999Z',
  ];
  const badSyntax = [
    '12.10.2023',
    '2023-10-12T12:30:00',
    '2023-10-12 12:30:00+02:00',
    '2023-10-12T12:30:00+0200',
    '2023-10-12T12:30:00.1234Z',
    '2023-1-12',
    '20231012',
    '2023-10-12t12:30z',
    ' 2023-10-12',
  ];
  const impossible = ['2023-02-30', '2023-13-01', '2023-10-12T24:00:00+02:00', '2023-10-12T12:60Z'];

  for (const value of realInstants) {
    it(`both accept ${value}`, () => {
      expect(INSTANT_PATTERN.test(value)).to.equal(true);
      expect(isValidInstant(value)).to.equal(true);
    });
  }
  for (const value of badSyntax) {
    it(`both refuse ${JSON.stringify(value)}`, () => {
      expect(INSTANT_PATTERN.test(value)).to.equal(false);
      expect(isValidInstant(value)).to.equal(false);
    });
  }
  for (const value of impossible) {
    it(`leaves ${value} to the runtime check (a real calendar date)`, () => {
      expect(INSTANT_PATTERN.test(value)).to.equal(true);
      expect(isValidInstant(value)).to.equal(false);
    });
  }
});

describe('URL_PATTERN (the JSON Schema pattern) agrees with the runtime check', () => {
  const { Url } = createFeedSchema('https://example.org/feed.json');
  const allowed = [
    'https://www.fafo.no/',
    'HTTP://example.org',
    'mailto:a@b.no',
    'page.html',
    '/a',
    '../a',
    '?q',
    '#top',
    '//cdn.example.org/x',
  ];
  const refused = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    'file:///etc/passwd',
    'ftp://example.org/',
    'https://example.org/a\nb',
    '',
  ];
  for (const value of allowed) {
    it(`both accept ${JSON.stringify(value)}`, () => {
      expect(URL_PATTERN.test(value)).to.equal(true);
      expect(v.safeParse(Url, value).success).to.equal(true);
    });
  }
  for (const value of refused) {
    it(`both refuse ${JSON.stringify(value)}`, () => {
      expect(URL_PATTERN.test(value)).to.equal(false);
      expect(v.safeParse(Url, value).success).to.equal(false);
    });
  }
  it('leaves malformed http URLs to the runtime check', () => {
    for (const value of ['http://', 'https://[oops']) {
      expect(URL_PATTERN.test(value)).to.equal(true);
      expect(v.safeParse(Url, value).success).to.equal(false);
      expect(resolveFeedUrl(value, 'https://example.org/')).to.equal(undefined);
    }
  });
});
