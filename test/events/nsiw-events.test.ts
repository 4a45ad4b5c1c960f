import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/events/nsiw-events.js';
import type { NsiwEvents } from '../../src/events/nsiw-events.js';
import type { FeedLoadDetail } from '../../src/core/element/feed-events.js';
import { setLocale } from '../../src/core/i18n/localization.js';
import { part, parts, recordFetches, settled, text } from '../support/dom.js';
import { feedElementSuite } from '../support/feed-element-suite.js';
import { calendarFileEvent, openCalendarMenu } from '../support/calendar.js';

const FEED_URL = new URL('../fixtures/events.json', import.meta.url).href;
const HOSTILE_URL = new URL('../fixtures/hostile.json', import.meta.url).href;
/** 1 October 2023: the seminar and workshop are upcoming, the SISP panel is past. */
const OCTOBER_2023 = new Date('2023-10-01T00:00:00Z');

/** The list once its feed arrived or failed, and it rendered that. */
const loaded = settled<NsiwEvents>;

function titles(element: NsiwEvents): string[] {
  return parts(element, 'title').map(text);
}

function item(element: NsiwEvents, title: string): HTMLElement {
  const found = parts(element, 'event').find((event) => text(event.querySelector('[part~="title"]')).includes(title));
  if (!found) throw new Error(`no event titled ${title}`);
  return found;
}

beforeEach(() => setLocale('en', { remember: false }));
after(() => setLocale('en', { remember: false }));

describe('<nsiw-events>', () => {
  it('lists upcoming events soonest first with their date, time, type, organizer and place', async () => {
    const element = await loaded(fixture(html`<nsiw-events src=${FEED_URL} .now=${OCTOBER_2023}></nsiw-events>`));
    expect(titles(element)).to.deep.equal([
      'First N-SIW workshop',
      'Street-level integration work',
      'A talk in New York',
      'Cancelled webinar',
      'Postponed meeting',
    ]);
    const seminar = item(element, 'Street-level integration work');
    expect(text(seminar.querySelector('[part~="when"]'))).to.match(/^Thursday 12 October 2023, 12:30–16:30/);
    expect(text(seminar.querySelector('[part~="type"]'))).to.equal('Fafo seminar');
    expect(text(seminar.querySelector('[part~="organizer"]'))).to.equal('Organizer: Fafo');
    expect(text(seminar.querySelector('[part~="place"]'))).to.equal('Fafo, Borggata 2B, Oslo, Norway');
    expect(seminar.querySelector('time')!.getAttribute('datetime')).to.equal('2023-10-12T12:30:00+02:00');
  });

  it('links the title to the event page, resolved against the feed URL, and offers registration', async () => {
    const element = await loaded(fixture(html`<nsiw-events src=${FEED_URL} .now=${OCTOBER_2023}></nsiw-events>`));
    const seminar = item(element, 'Street-level integration work');
    const link = seminar.querySelector<HTMLAnchorElement>('[part~="title-link"]')!;
    expect(link.href).to.equal(new URL('seminar-2023.html', FEED_URL).href);
    expect(seminar.querySelector<HTMLAnchorElement>('[part~="registration-link"]')!.href).to.equal('https://www.fafo.no/register');
    expect(item(element, 'First N-SIW workshop').querySelector('[part~="title-link"]')).to.equal(null);
  });

  it('shows the venue time in the event time zone and a date-only end as inclusive', async () => {
    const element = await loaded(fixture(html`<nsiw-events src=${FEED_URL} show="all"></nsiw-events>`));
    expect(text(item(element, 'A talk in New York').querySelector('[part~="when"]'))).to.match(/^Friday 20 October 2023, 18:00–19:30/);
    expect(text(item(element, 'SISP 2023').querySelector('[part~="when"]'))).to.match(/^14–16 September 2023/);
    expect(text(item(element, 'First N-SIW workshop').querySelector('[part~="when"]'))).to.match(/^12–13 October 2023/);
  });

  it('formats dates in Norwegian when the locale is Norwegian', async () => {
    await setLocale('nb', { remember: false });
    const element = await loaded(fixture(html`<nsiw-events src=${FEED_URL} .now=${OCTOBER_2023}></nsiw-events>`));
    const seminar = item(element, 'Integreringsarbeid på bakkenivå');
    expect(text(seminar.querySelector('[part~="when"]'))).to.match(/^torsdag 12\. oktober 2023, 12:30–16:30/);
    expect(text(seminar.querySelector('[part~="place"]'))).to.equal('Fafo, Borggata 2B, Oslo, Norge');
    expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('nb');
  });

  it('marks a title that falls back to another language with its own lang', async () => {
    await setLocale('nb', { remember: false });
    const element = await loaded(fixture(html`<nsiw-events src=${FEED_URL} .now=${OCTOBER_2023}></nsiw-events>`));
    const webinarTitle = item(element, 'Cancelled webinar').querySelector('[part~="title"] [lang]');
    expect(webinarTitle!.getAttribute('lang')).to.equal('en');
  });

  it('shows past events most recent first, and all events in date order', async () => {
    const past = await loaded(
      fixture(html`<nsiw-events src=${FEED_URL} show="past" .now=${new Date('2023-12-01T00:00:00Z')}></nsiw-events>`),
    );
    expect(titles(past)).to.deep.equal([
      'Postponed meeting',
      'Cancelled webinar',
      'A talk in New York',
      'First N-SIW workshop',
      'Street-level integration work',
      'SISP 2023: Panel 9.6',
    ]);
    const all = await loaded(fixture(html`<nsiw-events src=${FEED_URL} show="all" .now=${OCTOBER_2023}></nsiw-events>`));
    expect(titles(all)[0]).to.equal('SISP 2023: Panel 9.6');
    expect(titles(all)).to.have.length(6);
  });

  it('counts an event as upcoming until it has ended', async () => {
    const duringSeminar = new Date('2023-10-12T14:29:00Z');
    const element = await loaded(fixture(html`<nsiw-events src=${FEED_URL} .now=${duringSeminar}></nsiw-events>`));
    expect(titles(element)).to.include('Street-level integration work');
    element.now = new Date('2023-10-12T14:30:00Z');
    await element.updateComplete;
    expect(titles(element)).not.to.include('Street-level integration work');
    // The last day of the date-only workshop (13 October, Oslo) still counts as upcoming at 23:00 Oslo time.
    element.now = new Date('2023-10-13T21:00:00Z');
    await element.updateComplete;
    expect(titles(element)).to.include('First N-SIW workshop');
    element.now = new Date('2023-10-13T22:00:00Z');
    await element.updateComplete;
    expect(titles(element)).not.to.include('First N-SIW workshop');
  });

  it('keeps the height the page reserves from the start, before its first render as after it', async () => {
    const element = document.createElement('nsiw-events');
    element.style.setProperty('--nsiw-events-min-height', '500px');
    element.setAttribute('src', FEED_URL);
    element.setAttribute('limit', '1');
    document.body.append(element);
    try {
      expect(element.getBoundingClientRect().height, 'on the page, not yet rendered').to.equal(500);
      await loaded(element as NsiwEvents);
      expect(element.getBoundingClientRect().height, 'one event, shorter than the reservation').to.equal(500);
    } finally {
      element.remove();
    }
  });

  it('holds the rows its limit promises while it loads, five at most', async () => {
    const heights: Record<string, number> = {};
    for (const limit of ['1', '3', '4', '7']) {
      const element = document.createElement('nsiw-events');
      element.setAttribute('limit', limit);
      // A feed that never comes: only the reservation counts.
      element.setAttribute('src', 'data:application/json,');
      element.style.fontSize = '10px';
      document.body.append(element);
      heights[limit] = element.getBoundingClientRect().height;
      element.remove();
    }
    expect(heights).to.deep.equal({ '1': 110, '3': 330, '4': 440, '7': 550 });
  });

  it('filters by types and limits the count', async () => {
    const element = await loaded(
      fixture(html`<nsiw-events src=${FEED_URL} show="all" types="panel  workshop" .now=${OCTOBER_2023}></nsiw-events>`),
    );
    expect(titles(element)).to.deep.equal(['SISP 2023: Panel 9.6', 'First N-SIW workshop']);
    element.setAttribute('limit', '1');
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(['SISP 2023: Panel 9.6']);
    element.setAttribute('limit', '0');
    await element.updateComplete;
    expect(text(element.shadowRoot!.querySelector('[part~="empty"]'))).to.equal('No events.');
    (element as unknown as { limit: string }).limit = '1'; // as React 19 passes limit="1": a property, a string
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(['SISP 2023: Panel 9.6']);
    element.setAttribute('limit', 'many');
    await element.updateComplete;
    expect(titles(element), 'a limit that is no number limits nothing').to.have.length(2);
  });

  it('labels known types, shows an unknown type as written, and marks cancelled and postponed events', async () => {
    const element = await loaded(fixture(html`<nsiw-events src=${FEED_URL} .now=${OCTOBER_2023}></nsiw-events>`));
    expect(text(item(element, 'First N-SIW workshop').querySelector('[part~="type"]'))).to.equal('Workshop');
    expect(text(item(element, 'A talk in New York').querySelector('[part~="type"]'))).to.equal('lecture-series');
    const cancelled = item(element, 'Cancelled webinar');
    expect(text(cancelled.querySelector('[part~="status"]'))).to.equal('Cancelled');
    expect(cancelled.querySelector('[part~="calendar-button"]'), 'no calendar entry for a cancelled event').to.equal(null);
    const online = cancelled.querySelector<HTMLAnchorElement>('[part~="place"] a')!;
    expect(text(online)).to.equal('Online');
    expect(online.href).to.equal('https://example.org/webinar');
    expect(text(item(element, 'Postponed meeting').querySelector('[part~="status"]'))).to.equal('Postponed');
    expect(item(element, 'First N-SIW workshop').querySelector('[part~="status"]')).to.equal(null);
  });

  it('offers each event as a calendar file that a real iCalendar parser reads back', async () => {
    const element = await loaded(fixture(html`<nsiw-events src=${FEED_URL} .now=${OCTOBER_2023}></nsiw-events>`));
    const seminar = item(element, 'Street-level integration work');
    const button = seminar.querySelector<HTMLButtonElement>('[part~="calendar-button"]')!;
    expect(text(button)).to.equal('Add to calendar: Street-level integration work');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(seminar.querySelector('[part~="calendar-link"]'), 'no file is built before the visitor opens the menu').to.equal(null);
    const links = await openCalendarMenu(element, seminar);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const ics = links.find((link) => link.part.contains('calendar-ics'))!;
    expect(ics.getAttribute('download')).to.match(/\.ics$/);
    expect(ics.href).to.match(/^data:text\/calendar;charset=utf-8,BEGIN/);
    const event = await calendarFileEvent(ics);
    expect(event.summary).to.equal('Street-level integration work');
    expect(event.startDate.toJSDate().toISOString()).to.equal('2023-10-12T10:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).to.equal('2023-10-12T14:30:00.000Z');
  });

  it('reads an inline JSON feed when there is no src', async () => {
    const element = await loaded(
      fixture(html`<nsiw-events show="all"
        ><script type="application/json">
          { "version": 1, "events": [{ "id": "a", "title": "Inline event", "start": "2024-01-01" }] }
        </script></nsiw-events
      >`),
    );
    expect(titles(element)).to.deep.equal(['Inline event']);
  });

  it('fires nsiw-load with the feed and the skipped items', async () => {
    const element = document.createElement('nsiw-events');
    element.src = HOSTILE_URL;
    element.show = 'all';
    const loadEvent = oneEvent(element, 'nsiw-load');
    document.body.append(element);
    const { detail } = (await loadEvent) as CustomEvent<FeedLoadDetail>;
    expect(detail.feed.version).to.equal(1);
    expect(detail.skipped.length).to.be.greaterThan(0);
    for (const skipped of detail.skipped) {
      expect(skipped).to.have.keys(['collection', 'index', 'id', 'reason']);
    }
    element.remove();
  });

  it('renders hostile strings as text, drops unsafe links and keeps every valid item', async () => {
    const element = await loaded(fixture(html`<nsiw-events src=${HOSTILE_URL} show="all"></nsiw-events>`));
    const root = element.shadowRoot!;
    expect(root.querySelector('script, img, iframe'), 'no element made from feed text').to.equal(null);
    expect(text(root.querySelector('[part~="list"]'))).to.contain('<');
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      expect(link.protocol).to.be.oneOf(['http:', 'https:', 'mailto:', 'data:']);
      if (link.protocol === 'data:') expect(link.href).to.match(/^data:text\/calendar/);
    }
    expect(titles(element).length).to.be.greaterThan(0);
  });

  it('says so when there are no upcoming events', async () => {
    const element = await loaded(fixture(html`<nsiw-events src=${FEED_URL} .now=${new Date('2030-01-01T00:00:00Z')}></nsiw-events>`));
    const empty = element.shadowRoot!.querySelector('[part~="empty"]');
    expect(text(empty)).to.equal('No upcoming events.');
    expect(element.shadowRoot!.querySelector('[part~="list"]')).to.equal(null);
  });

  it('makes one request for three elements that name the same feed', async () => {
    const { requested, restore } = recordFetches();
    try {
      const sharedUrl = `${FEED_URL}?shared-test`;
      const container = await fixture(html`<div>
        <nsiw-events src=${sharedUrl}></nsiw-events>
        <nsiw-events src=${sharedUrl} show="past"></nsiw-events>
        <nsiw-events src=${sharedUrl} show="all"></nsiw-events>
      </div>`);
      for (const element of container.querySelectorAll('nsiw-events')) await loaded(element);
      expect(requested.filter((url) => url.includes('shared-test'))).to.have.length(1);
    } finally {
      restore();
    }
  });

  describe('accessibility (axe)', () => {
    it('has no violations with events', async () => {
      const element = await loaded(fixture(html`<nsiw-events src=${FEED_URL} show="all"></nsiw-events>`));
      await expect(element).to.be.accessible();
    });

    it('has no violations when empty', async () => {
      const element = await loaded(fixture(html`<nsiw-events src=${FEED_URL} .now=${new Date('2030-01-01T00:00:00Z')}></nsiw-events>`));
      await expect(element).to.be.accessible();
    });
  });

  describe('structured data', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON read back, compared member by member
    async function jsonLd(element: HTMLElement): Promise<Record<string, any>[]> {
      await waitUntil(() => element.querySelector('script[type="application/ld+json"]'), 'no JSON-LD', { timeout: 5000 });
      return JSON.parse(element.querySelector('script[type="application/ld+json"]')!.textContent!);
    }

    it('describes the events shown, in their order, as schema.org Events checked against the feed', async () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the fixture's JSON, compared member by member
      const raw = (await (await fetch(FEED_URL)).json()) as { events: Record<string, any>[] };
      const element = await loaded(
        fixture(html`<nsiw-events src=${FEED_URL} show="all" .now=${OCTOBER_2023} structured-data></nsiw-events>`),
      );
      const data = await jsonLd(element);
      expect(data.map((event) => event.name)).to.deep.equal(titles(element));
      for (const event of data) {
        const source = raw.events.find((candidate) => [candidate.title, candidate.title.en].includes(event.name))!;
        expect(event['@context']).to.equal('https://schema.org');
        expect(event['@type']).to.equal('Event');
        expect(event.startDate, event.name).to.equal(source.start);
        expect(event.endDate, event.name).to.equal(source.end);
        const status = { cancelled: 'EventCancelled', postponed: 'EventPostponed' }[source.status as string] ?? 'EventScheduled';
        expect(event.eventStatus, event.name).to.equal(`https://schema.org/${status}`);
        expect(event.url, event.name).to.equal(source.url && new URL(source.url, FEED_URL).href);
        expect(event.organizer, event.name).to.deep.equal(source.organizer && { '@type': 'Organization', name: source.organizer });
      }
      const seminar = data.find((event) => event.name === 'Street-level integration work')!;
      const place = raw.events[0].location;
      expect(seminar.location['@type']).to.equal('Place');
      expect(seminar.location.name).to.equal(place.name);
      expect(seminar.location.address).to.deep.equal({
        '@type': 'PostalAddress',
        streetAddress: place.address,
        addressLocality: place.city,
        addressCountry: place.country,
      });
      const webinar = data.find((event) => event.name === 'Cancelled webinar')!;
      expect(webinar.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
      expect(webinar.location).to.deep.equal({ '@type': 'VirtualLocation', url: 'https://example.org/webinar' });
      const panel = data.find((event) => event.name === 'SISP 2023: Panel 9.6')!;
      expect(panel.eventAttendanceMode).to.equal('https://schema.org/OfflineEventAttendanceMode');
      expect(panel.location).to.deep.equal({
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'Genoa', addressCountry: 'IT' },
      });
      const postponed = data.find((event) => event.name === 'Postponed meeting')!;
      expect(postponed.location, 'no place in the feed, none made up').to.equal(undefined);
    });

    it('follows limit, show and the locale', async () => {
      const element = await loaded(
        fixture(html`<nsiw-events src=${FEED_URL} .now=${OCTOBER_2023} limit="1" structured-data></nsiw-events>`),
      );
      expect((await jsonLd(element)).map((event) => event.name)).to.deep.equal(titles(element));
      expect(titles(element)).to.have.length(1);
      await setLocale('nb', { remember: false });
      await waitUntil(async () => (await jsonLd(element))[0].name === 'Første N-SIW-workshop', 'no Norwegian name');
      element.show = 'past';
      await waitUntil(async () => (await jsonLd(element))[0].name === 'SISP 2023: Panel 9.6', 'did not follow show');
      element.removeAttribute('structured-data');
      await waitUntil(() => !element.querySelector('script'), 'the JSON-LD stayed after the attribute went');
    });
  });
});

feedElementSuite<NsiwEvents>({
  tag: 'nsiw-events',
  // The fault feeds' events are in 2030.
  fixture: (src) => html`<nsiw-events src=${src} show="all"></nsiw-events>`,
  loadingText: 'Loading events…',
  // Five events of some 11em, without a limit of fewer.
  loadingHeight: '55em',
  shown: titles,
  shows: (title) => [`${title} 0`, `${title} 1`],
  relativeLink: { find: (element) => part(element, 'title-link'), path: 'events/e0.html' },
  headings: { find: (element) => parts(element, 'title') },
});
