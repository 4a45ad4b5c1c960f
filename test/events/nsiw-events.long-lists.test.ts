/**
 * A long list: its first page, "Show more events (N more)" for the rest, page by page, with focus on the
 * first new event.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/events/nsiw-events.js';
import type { NsiwEvents } from '../../src/events/nsiw-events.js';
import { setLocale } from '../../src/core/i18n/localization.js';
import { part, parts, settled, text } from '../support/dom.js';
import { pressKeys } from '../support/keyboard.js';

/** An inline feed of `count` events a day apart, titled `Event 0`, `Event 1`, … in date order. */
function inlineFeed(count: number): string {
  const events = Array.from({ length: count }, (_, index) => ({
    id: `e${index}`,
    title: `Event ${index}`,
    start: new Date(Date.UTC(2030, 0, 1 + index, 12)).toISOString().replace('.000Z', 'Z'),
    timeZone: 'Europe/Oslo',
  }));
  return JSON.stringify({ version: 1, events });
}

async function list(count: number, attributes: { pageSize?: number } = {}): Promise<NsiwEvents> {
  const element = document.createElement('nsiw-events');
  element.show = 'all';
  if (attributes.pageSize !== undefined) element.setAttribute('page-size', String(attributes.pageSize));
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = inlineFeed(count);
  element.append(script);
  return settled(fixture(element));
}

function titles(element: NsiwEvents): string[] {
  return parts(element, 'title').map(text);
}

function showMore(element: NsiwEvents): HTMLButtonElement | null {
  return part(element, 'show-more') as HTMLButtonElement | null;
}

/** The element of the shadow root that has focus. */
function focused(element: NsiwEvents): Element | null {
  return element.shadowRoot!.activeElement;
}

beforeEach(() => setLocale('en', { remember: false }));
after(() => setLocale('en', { remember: false }));

describe('<nsiw-events> long lists', () => {
  it('shows the first 50 events and a button that says how many more there are', async () => {
    const element = await list(120);
    expect(titles(element)).to.have.length(50);
    expect(titles(element)[49]).to.equal('Event 49');
    expect(showMore(element)!.localName).to.equal('button');
    expect(text(showMore(element))).to.equal('Show more events (70 more)');
  });

  it('shows the next page on a click, moves focus to the first new event, and leaves out the button at the end', async () => {
    const element = await list(7, { pageSize: 3 });
    expect(titles(element)).to.deep.equal(['Event 0', 'Event 1', 'Event 2']);
    showMore(element)!.click();
    await waitUntil(() => titles(element).length === 6, 'the second page did not appear');
    expect(text(showMore(element))).to.equal('Show more events (1 more)');
    await waitUntil(() => focused(element) === parts(element, 'event')[3], 'focus did not move to the first new event');
    expect(text(focused(element)!.querySelector('[part~="title"]'))).to.equal('Event 3');
    showMore(element)!.click();
    await waitUntil(() => titles(element).length === 7, 'the last page did not appear');
    expect(showMore(element), 'no button once every event is shown').to.equal(null);
    await waitUntil(() => focused(element) === parts(element, 'event')[6], 'focus did not move to the last event');
  });

  it('is worked from the keyboard: Enter or Space on the button shows more, and Tab goes on from the first new event', async () => {
    const element = await list(5, { pageSize: 2 });
    showMore(element)!.focus();
    await pressKeys('Enter');
    await waitUntil(() => focused(element) === parts(element, 'event')[2], 'Enter did not show the next page');
    expect(titles(element)).to.deep.equal(['Event 0', 'Event 1', 'Event 2', 'Event 3']);
    await pressKeys('Tab');
    expect(parts(element, 'event')[2].contains(focused(element)), 'Tab goes on inside the first new event').to.equal(true);
    showMore(element)!.focus();
    await pressKeys('Space');
    await waitUntil(() => titles(element).length === 5, 'Space did not show the last page');
  });

  it('says it in the page language', async () => {
    await setLocale('nb', { remember: false });
    const element = await list(4, { pageSize: 3 });
    expect(text(showMore(element))).to.equal('Vis flere arrangementer (1 til)');
  });

  it('starts again at the first page when the selection changes', async () => {
    const element = await list(7, { pageSize: 3 });
    showMore(element)!.click();
    await waitUntil(() => titles(element).length === 6, 'the second page did not appear');
    element.show = 'upcoming';
    await element.updateComplete;
    expect(titles(element)).to.have.length(3);
  });
});

/**
 * More events than the list sorts at each render (2,000): their order is worked out once per feed, in
 * slices, and the list must show what sorting them at each render would.
 */
describe('<nsiw-events> long lists put in order once per feed', () => {
  const HOUR = 3_600_000;
  const NOW = '2030-06-01T12:00:00Z';
  /** 2,500 events over 1,000 days out of date order, several to a start and to an end (ties keep the feed's order). */
  const events = Array.from({ length: 2_500 }, (_, index) => {
    const start = Date.UTC(2029, 0, 1, 12) + ((index * 7919) % 1000) * 24 * HOUR;
    const end = start + (1 + ((index * 31) % 5)) * HOUR;
    return {
      id: `e${index}`,
      title: `Event ${index}`,
      start: new Date(start).toISOString(),
      end: new Date(end).toISOString(),
      type: index % 3 === 0 ? 'webinar' : 'seminar',
      timeZone: 'Europe/Oslo',
    };
  });

  /** The titles `show` and `types` ask for, sorted here the way the documentation says. */
  function expected(show: 'upcoming' | 'past' | 'all', types?: string): string[] {
    const now = Date.parse(NOW);
    return events
      .filter((event) => (!types || event.type === types) && (show === 'all' || Date.parse(event.end) <= now === (show === 'past')))
      .sort((a, b) => (show === 'past' ? Date.parse(b.end) - Date.parse(a.end) : Date.parse(a.start) - Date.parse(b.start)))
      .map((event) => event.title);
  }

  async function longList(attributes: Record<string, string>): Promise<NsiwEvents> {
    const element = document.createElement('nsiw-events');
    element.setAttribute('now', NOW);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ version: 1, events });
    element.append(script);
    return settled(fixture(element));
  }

  for (const show of ['upcoming', 'past', 'all'] as const) {
    it(`shows show="${show}" in its order, page by page`, async function () {
      this.timeout(20_000);
      const all = expected(show);
      expect(all.length, 'the feed has events of every kind').to.be.greaterThan(200);
      const element = await longList({ show, 'page-size': '100' });
      expect(titles(element)).to.deep.equal(all.slice(0, 100));
      expect(text(showMore(element))).to.equal(`Show more events (${all.length - 100} more)`);
      showMore(element)!.click();
      await waitUntil(() => titles(element).length === 200, 'the second page did not appear');
      expect(titles(element)).to.deep.equal(all.slice(0, 200));
    });
  }

  it('keeps to types and limit, and changes order with show, in the same order', async function () {
    this.timeout(20_000);
    const element = await longList({ show: 'past', types: 'webinar', limit: '30', 'page-size': '20' });
    expect(titles(element)).to.deep.equal(expected('past', 'webinar').slice(0, 20));
    expect(text(showMore(element))).to.equal('Show more events (10 more)');
    element.show = 'upcoming';
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(expected('upcoming', 'webinar').slice(0, 20));
  });
});
