import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/workshop-series/nsiw-workshop-series.js';
import type { NsiwWorkshopSeries } from '../../src/workshop-series/nsiw-workshop-series.js';
import type { NsiwWorkshopCard } from '../../src/workshop-card/nsiw-workshop-card.js';
import { setLocale } from '../../src/core/i18n/localization.js';
import { part, settled as settledElement, text } from '../support/dom.js';
import { feedElementSuite } from '../support/feed-element-suite.js';

const FEED_URL = new URL('./series.json', import.meta.url).href;
const MISSING_URL = new URL('./no-such-series.json', import.meta.url).href;
/** Before the series: the Oslo workshop is next. */
const BEFORE_ALL = new Date('2023-01-01T00:00:00Z');
/** The last evening of the Oslo workshop, in Oslo: Oslo is ongoing, Copenhagen is next. */
const DURING_OSLO = new Date('2023-10-13T21:30:00Z');
const AFTER_ALL = new Date('2025-01-01T00:00:00Z');

/** The series, and every card in it, once it has left its loading state, whatever it ended in. */
const settled = settledElement<NsiwWorkshopSeries>;

function cards(element: NsiwWorkshopSeries): NsiwWorkshopCard[] {
  return [...element.shadowRoot!.querySelectorAll('nsiw-workshop-card')];
}

function series(now: Date, src = FEED_URL): Promise<NsiwWorkshopSeries> {
  return settled(fixture(html`<nsiw-workshop-series src=${src} .now=${now}></nsiw-workshop-series>`));
}

/** What each card says: title, number, status and the next marker. */
function summary(element: NsiwWorkshopSeries): string[] {
  return cards(element).map((card) =>
    ['title', 'number', 'status', 'next']
      .map((name) => text(part(card, name)))
      .filter(Boolean)
      .join(' | '),
  );
}

beforeEach(() => setLocale('en', { remember: false }));
after(() => setLocale('en', { remember: false }));

describe('<nsiw-workshop-series>', () => {
  it('shows the workshops in series order, numbered ones first, and marks the next one', async () => {
    const element = await series(BEFORE_ALL);
    expect(summary(element)).to.deep.equal([
      'N-SIW workshop in Oslo | Workshop 1 of 4 | Upcoming | Next in the series',
      'N-SIW workshop in Copenhagen | Workshop 2 of 4 | Upcoming',
      'N-SIW workshop in Gothenburg | Workshop 3 of 4 | Upcoming',
      'Opening seminar of the series | Past',
    ]);
    const list = element.shadowRoot!.querySelector('[part="list"]')!;
    expect(list.localName).to.equal('ol');
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.getAttribute('aria-label')).to.equal('Workshop series');
    expect(list.querySelector('[part="item item-next"] nsiw-workshop-card')).to.equal(cards(element)[0]);
  });

  it('moves the marker to the next upcoming workshop while one is ongoing, and drops it after the last', async () => {
    const element = await series(DURING_OSLO);
    expect(summary(element).slice(0, 2)).to.deep.equal([
      'N-SIW workshop in Oslo | Workshop 1 of 4 | Ongoing',
      'N-SIW workshop in Copenhagen | Workshop 2 of 4 | Upcoming | Next in the series',
    ]);
    element.now = AFTER_ALL;
    await element.updateComplete;
    await Promise.all(cards(element).map((card) => card.updateComplete));
    expect(element.shadowRoot!.querySelector('[part~="item-next"]')).to.equal(null);
    expect(cards(element).map((card) => text(part(card, 'status')))).to.deep.equal(['Past', 'Past', 'Past', 'Past']);
  });

  it('takes now from its attribute and passes its heading level to the cards', async () => {
    const element = await settled(
      fixture(html`<nsiw-workshop-series src=${FEED_URL} now="2024-04-18T12:00:00+02:00" heading-level="2"></nsiw-workshop-series>`),
    );
    expect(text(part(cards(element)[1], 'status'))).to.equal('Ongoing');
    expect(cards(element).map((card) => part(card, 'title')!.getAttribute('aria-level'))).to.deep.equal(['2', '2', '2', '2']);
  });

  it('lets the page style the cards through exported parts', async () => {
    const style = document.createElement('style');
    style.textContent = 'nsiw-workshop-series::part(card) { outline: 3px solid rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const element = await series(BEFORE_ALL);
      expect(getComputedStyle(part(cards(element)[0], 'card')!).outlineColor).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  it("resolves its cards' relative links against the feed, as a card from the feed does", async () => {
    const workshopsUrl = new URL('../workshop-card/workshops.json', import.meta.url).href;
    const element = await series(BEFORE_ALL, workshopsUrl);
    const card = cards(element).find((candidate) => text(part(candidate, 'title')) === 'N-SIW workshop in Oslo')!;
    const link = part(card, 'description')!.querySelector('a')!;
    expect(link.href, 'not the page').to.equal(new URL('network.html', workshopsUrl).href);
  });

  it('reads an inline feed when there is no src', async () => {
    const element = await settled(
      fixture(html`<nsiw-workshop-series .now=${BEFORE_ALL}>
        <script type="application/json">
          {"version": 1, "workshops": [{"id": "b", "number": 2, "title": "Second", "start": "2030-02-01"},
                                       {"id": "a", "number": 1, "title": "First", "start": "2030-01-01"}]}
        </script>
      </nsiw-workshop-series>`),
    );
    expect(summary(element)).to.deep.equal([
      'First | Workshop 1 of 2 | Upcoming | Next in the series',
      'Second | Workshop 2 of 2 | Upcoming',
    ]);
  });

  describe('states', () => {
    it('says so when the feed has no workshops', async () => {
      const element = await settled(
        fixture(html`<nsiw-workshop-series><script type="application/json">{"version": 1}</script></nsiw-workshop-series>`),
      );
      expect(text(element.shadowRoot!.querySelector('[part="empty"]'))).to.equal('No workshops yet.');
      expect(cards(element)).to.have.length(0);
    });
  });

  describe('structured data', () => {
    it('describes every workshop, in series order, as schema.org Events in its light DOM', async () => {
      const element = await settled(
        fixture(html`<nsiw-workshop-series src=${FEED_URL} .now=${BEFORE_ALL} structured-data></nsiw-workshop-series>`),
      );
      await waitUntil(() => element.querySelector('script[type="application/ld+json"]'), 'no JSON-LD', { timeout: 5000 });
      const data = JSON.parse(element.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<string, unknown>[];
      expect(data.map((event) => event.name)).to.deep.equal([
        'N-SIW workshop in Oslo',
        'N-SIW workshop in Copenhagen',
        'N-SIW workshop in Gothenburg',
        'Opening seminar of the series',
      ]);
      expect(data[0]).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'Event',
        name: 'N-SIW workshop in Oslo',
        startDate: '2023-10-12',
        endDate: '2023-10-13',
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        location: {
          '@type': 'Place',
          name: "Fafo's premises at Grønland",
          address: { '@type': 'PostalAddress', addressLocality: 'Oslo', addressCountry: 'NO' },
        },
        organizer: { '@type': 'Organization', name: 'Fafo' },
        url: new URL('programme/oslo.html', FEED_URL).href,
      });
      expect(
        cards(element).every((card) => !card.querySelector('script')),
        'the cards add none of their own',
      ).to.equal(true);
    });
  });

  describe('accessibility', () => {
    /** Every state the series has. One test each, in each locale: axe over a series takes seconds in WebKit. */
    const STATES: Record<string, (locale: string) => Promise<NsiwWorkshopSeries>> = {
      series: () => series(BEFORE_ALL),
      'series, one ongoing': () => series(DURING_OSLO),
      empty: () =>
        settled(fixture(html`<nsiw-workshop-series><script type="application/json">{"version": 1}</script></nsiw-workshop-series>`)),
      error: () => series(BEFORE_ALL, MISSING_URL),
      // A query of its own, so that the feed is not already loaded.
      loading: (locale) =>
        fixture<NsiwWorkshopSeries>(html`<nsiw-workshop-series src=${FEED_URL + '?axe-' + locale}></nsiw-workshop-series>`),
    };

    for (const locale of ['en', 'nb', 'sv', 'da'] as const) {
      for (const [state, make] of Object.entries(STATES)) {
        it(`has no axe violations ${state === 'loading' ? 'while loading' : `when ${state}`}, in ${locale}`, async () => {
          await setLocale(locale, { remember: false });
          const element = await make(locale);
          expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal(locale);
          await expect(element).to.be.accessible();
        });
      }
    }
  });
});

feedElementSuite<NsiwWorkshopSeries>({
  tag: 'nsiw-workshop-series',
  fixture: (src) => html`<nsiw-workshop-series src=${src}></nsiw-workshop-series>`,
  loadingText: 'Loading workshops…',
  loadingHeight: '54em',
  shown: (element) => cards(element).map((card) => text(part(card, 'title'))),
  // The fault feeds' one workshop.
  shows: (title) => [`${title} workshop`],
  relativeLink: { find: (element) => cards(element)[0] && part(cards(element)[0], 'programme-link'), path: 'programme.html' },
  headings: { find: (element) => cards(element).map((card) => part(card, 'title')!) },
});
