import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/workshop-card/nsiw-workshop-card.js';
import type { NsiwWorkshopCard, WorkshopInput } from '../../src/workshop-card/nsiw-workshop-card.js';
import type { FeedLoadDetail } from '../../src/core/element/feed-events.js';
import { setLocale } from '../../src/core/i18n/localization.js';
import { part, recordFetches, settled as settledElement, text, visibleText } from '../support/dom.js';
import { feedElementSuite } from '../support/feed-element-suite.js';
import { calendarFileEvent, openCalendarMenu } from '../support/calendar.js';

const FEED_URL = new URL('./workshops.json', import.meta.url).href;
const MISSING_URL = new URL('./no-such-feed.json', import.meta.url).href;

/** The days of each fixture workshop, as instants around which the status changes. */
const BEFORE_OSLO = new Date('2023-10-01T00:00:00Z');
/** 23:00 in Oslo on 13 October, the last (inclusive) day of the Oslo workshop. */
const LAST_EVENING_OSLO = new Date('2023-10-13T21:00:00Z');
/** Midnight in Oslo after 13 October: the Oslo workshop is over. */
const AFTER_OSLO = new Date('2023-10-13T22:00:00Z');

/** A workshop as a page that has the data already would pass it. */
const PAGE_WORKSHOP: WorkshopInput = {
  id: 'gothenburg-2024',
  number: 3,
  title: { en: 'N-SIW workshop in Gothenburg', sv: 'N-SIW-workshop i Göteborg' },
  start: '2024-10-17',
  end: '2024-10-18',
  timeZone: 'Europe/Stockholm',
  host: 'University of Gothenburg',
  city: { en: 'Gothenburg', sv: 'Göteborg' },
  country: 'SE',
  programUrl: 'programme/gothenburg.html',
};

/** The card once it has left its loading state, whatever it ended in. */
const settled = settledElement<NsiwWorkshopCard>;

function root(element: NsiwWorkshopCard): ShadowRoot {
  return element.shadowRoot!;
}

function card(id: string, now?: Date): Promise<NsiwWorkshopCard> {
  return settled(fixture(html`<nsiw-workshop-card src=${FEED_URL} workshop-id=${id} .now=${now}></nsiw-workshop-card>`));
}

/** Makes every request for `url` hang until it is aborted; returns the requests' signals and the undo. */
function holdRequests(url: string) {
  const realFetch = window.fetch;
  const signals: AbortSignal[] = [];
  window.fetch = (input, init) => {
    const requested = input instanceof Request ? input.url : String(input);
    if (requested !== url) return realFetch(input, init);
    const signal = init!.signal!;
    signals.push(signal);
    return new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
  };
  return { signals, release: () => (window.fetch = realFetch) };
}

/** Records `console.warn` calls while `run` runs. */
async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const realWarn = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = realWarn;
  }
  return warnings;
}

async function calendarEvent(element: NsiwWorkshopCard) {
  const links = await openCalendarMenu(element, element.shadowRoot!);
  return calendarFileEvent(links.find((link) => link.part.contains('calendar-ics'))!);
}

beforeEach(() => setLocale('en', { remember: false }));
after(() => setLocale('en', { remember: false }));

describe('<nsiw-workshop-card>', () => {
  describe('from a feed', () => {
    it('shows the number in the series, title, days, place, host and description', async () => {
      const element = await card('oslo-2023', BEFORE_OSLO);
      expect(text(part(element, 'title'))).to.equal('N-SIW workshop in Oslo');
      expect(text(part(element, 'number')), 'four valid workshops in the feed').to.equal('Workshop 1 of 4');
      expect(text(part(element, 'when'))).to.equal('12–13 October 2023');
      expect(part(element, 'when')!.querySelector('time')!.getAttribute('datetime')).to.equal('2023-10-12');
      expect(text(part(element, 'place'))).to.equal("Fafo's premises at Grønland, Oslo, Norway");
      expect(text(part(element, 'host'))).to.equal('Host: Fafo');
      const description = part(element, 'description')!;
      expect(description.querySelectorAll('p')).to.have.length(2);
      expect(text(description.querySelector('em'))).to.equal('state of the art');
      expect(description.querySelector('a')!.href, 'a relative link resolves against the feed').to.equal(
        new URL('network.html', FEED_URL).href,
      );
    });

    it('names the card by its title, a heading', async () => {
      const element = await card('oslo-2023', BEFORE_OSLO);
      const heading = part(element, 'title')!;
      expect(heading.getAttribute('role')).to.equal('heading');
      const article = part(element, 'card')!;
      const label = root(element).getElementById(article.getAttribute('aria-labelledby')!);
      expect(label === heading, 'the card is named by its title').to.equal(true);
    });

    it('says the programme is to be announced, or links to it', async () => {
      const oslo = await card('oslo-2023', BEFORE_OSLO);
      expect(text(part(oslo, 'programme'))).to.equal('Programme to be announced.');
      expect(part(oslo, 'programme-link')?.outerHTML).to.equal(undefined);

      const copenhagen = await card('copenhagen-2024', new Date('2024-01-01T00:00:00Z'));
      const link = part(copenhagen, 'programme-link') as HTMLAnchorElement;
      expect(link.href).to.equal('https://www.fafo.no/n-siw/copenhagen/programme');
      expect(visibleText(link)).to.equal('Programme');
      expect(text(link)).to.equal('Programme: N-SIW workshop in Copenhagen');
      expect(text(part(copenhagen, 'programme'))).not.to.contain('announced');
    });

    it('is upcoming before its first day, ongoing to the end of its last day in its own zone, then past', async () => {
      const element = await card('oslo-2023', BEFORE_OSLO);
      const status = () => part(element, 'status')!;
      expect(text(status())).to.equal('Upcoming');
      expect(status().getAttribute('part')).to.equal('status status-upcoming');

      element.now = new Date('2023-10-11T21:59:59.999Z'); // the last moment of the day before, in Oslo
      await element.updateComplete;
      expect(text(status())).to.equal('Upcoming');

      element.now = new Date('2023-10-11T22:00:00Z'); // midnight in Oslo: the first day begins
      await element.updateComplete;
      expect(text(status())).to.equal('Ongoing');
      expect(status().getAttribute('part')).to.equal('status status-ongoing');

      element.now = LAST_EVENING_OSLO;
      await element.updateComplete;
      expect(text(status())).to.equal('Ongoing');

      element.now = AFTER_OSLO;
      await element.updateComplete;
      expect(text(status())).to.equal('Past');
      expect(status().getAttribute('part')).to.equal('status status-past');
    });

    it('measures the status of a timed workshop from its start and end times', async () => {
      const element = await card('copenhagen-2024', new Date('2024-04-18T06:59:00Z'));
      const status = () => text(part(element, 'status'));
      expect(status()).to.equal('Upcoming');
      element.now = new Date('2024-04-18T07:00:00Z');
      await element.updateComplete;
      expect(status()).to.equal('Ongoing');
      element.now = new Date('2024-04-19T13:00:00Z');
      await element.updateComplete;
      expect(status()).to.equal('Past');
    });

    it('offers registration, resolved against the feed, until the workshop is past', async () => {
      const element = await card('oslo-2023', LAST_EVENING_OSLO);
      const registration = part(element, 'registration-link') as HTMLAnchorElement;
      expect(registration.href).to.equal(new URL('register/oslo.html', FEED_URL).href);
      expect(visibleText(registration)).to.equal('Register');
      expect(text(registration)).to.equal('Register: N-SIW workshop in Oslo');

      element.now = AFTER_OSLO;
      await element.updateComplete;
      expect(part(element, 'registration-link')?.outerHTML).to.equal(undefined);
      expect(part(element, 'programme')?.outerHTML, 'no programme to announce any more').to.equal(undefined);
      expect(part(element, 'calendar-button') !== null, 'calendar menu').to.equal(true);
      expect(part(element, 'number') !== null, 'number in the series').to.equal(true);
    });

    it('leaves out what the workshop does not have, and a country code the browser does not know', async () => {
      const element = await card('bare', new Date('2025-01-01T00:00:00Z'));
      expect(text(part(element, 'title'))).to.equal('A workshop with nothing but a title and a day');
      expect(text(part(element, 'when'))).to.equal('5 March 2025');
      for (const absent of ['number', 'place', 'host', 'description', 'registration-link', 'programme-link']) {
        expect(part(element, absent)?.outerHTML, absent).to.equal(undefined);
      }
      expect(text(part(element, 'programme'))).to.equal('Programme to be announced.');
      expect(part(element, 'calendar-button') !== null, 'calendar menu').to.equal(true);
    });

    it('offers the workshop as a calendar file that a real iCalendar parser reads back', async () => {
      const oslo = await card('oslo-2023', BEFORE_OSLO);
      const button = part(oslo, 'calendar-button')!;
      expect(visibleText(button)).to.equal('Add to calendar');
      expect(text(button)).to.equal('Add to calendar: N-SIW workshop in Oslo');
      expect(part(oslo, 'calendar-link'), 'no file is built before the visitor opens the menu').to.equal(null);
      const [ics] = await openCalendarMenu(oslo, oslo.shadowRoot!);
      expect(ics.getAttribute('download')).to.equal('n-siw-workshop-in-oslo.ics');
      const allDay = await calendarEvent(oslo);
      expect(allDay.summary).to.equal('N-SIW workshop in Oslo');
      expect(allDay.uid).to.equal(`workshop-oslo-2023@${new URL(FEED_URL).host}`);
      expect(allDay.startDate.isDate).to.equal(true);
      expect(allDay.startDate.toString()).to.equal('2023-10-12');
      expect(allDay.endDate.toString(), 'an exclusive end the day after the last day').to.equal('2023-10-14');
      expect(allDay.location).to.equal("Fafo's premises at Grønland, Oslo, Norway");
      expect(allDay.description).to.contain('Nordic researchers present');

      const copenhagen = await card('copenhagen-2024', new Date('2024-01-01T00:00:00Z'));
      const timed = await calendarEvent(copenhagen);
      expect(timed.startDate.toJSDate().toISOString()).to.equal('2024-04-18T07:00:00.000Z');
      expect(timed.endDate.toJSDate().toISOString()).to.equal('2024-04-19T13:00:00.000Z');
      expect(timed.component.getFirstPropertyValue('url')).to.equal('https://www.fafo.no/n-siw/copenhagen/programme');
    });

    it('fires nsiw-load with the validated feed and the skipped items', async () => {
      const element = document.createElement('nsiw-workshop-card');
      element.src = FEED_URL;
      element.workshopId = 'oslo-2023';
      const loadEvent = oneEvent(element, 'nsiw-load');
      document.body.append(element);
      try {
        const { detail } = (await loadEvent) as CustomEvent<FeedLoadDetail>;
        expect(detail.feed.workshops.map((workshop) => workshop.id)).to.deep.equal(['oslo-2023', 'copenhagen-2024', 'bare', 'hostile']);
        expect(detail.skipped.map((problem) => problem.id)).to.deep.equal(['no-title']);
      } finally {
        element.remove();
      }
    });

    it('reads an inline JSON feed when there is no src', async () => {
      const element = await settled(
        fixture(html`<nsiw-workshop-card workshop-id="inline"
          ><script type="application/json">
            { "version": 1, "workshops": [{ "id": "inline", "title": "Inline workshop", "start": "2030-05-02" }] }
          </script></nsiw-workshop-card
        >`),
      );
      expect(text(part(element, 'title'))).to.equal('Inline workshop');
      expect(text(part(element, 'when'))).to.equal('2 May 2030');
    });

    it('follows a change of workshop-id', async () => {
      const element = await card('oslo-2023', BEFORE_OSLO);
      element.workshopId = 'copenhagen-2024';
      await settled(element);
      expect(text(part(element, 'title'))).to.equal('N-SIW workshop in Copenhagen');
      expect(text(part(element, 'number'))).to.equal('Workshop 2 of 4');
    });
  });

  describe('states', () => {
    it('is busy, with room kept for the card, while the feed loads', async () => {
      const heldUrl = `${FEED_URL}?held`;
      const held = holdRequests(heldUrl);
      try {
        const element = await fixture<NsiwWorkshopCard>(
          html`<nsiw-workshop-card src=${heldUrl} workshop-id="oslo-2023"></nsiw-workshop-card>`,
        );
        const base = part(element, 'base')!;
        expect(base.getAttribute('aria-busy')).to.equal('true');
        expect(text(part(element, 'loading'))).to.equal('Loading workshop…');
        expect(base.getBoundingClientRect().height).to.be.greaterThan(100);
        expect(part(element, 'card')?.outerHTML).to.equal(undefined);
        await expect(element).to.be.accessible();
      } finally {
        held.release();
      }
    });

    it('names the id it looked for when the feed has no such workshop', async () => {
      const element = await card('no-such-workshop');
      const notFound = part(element, 'not-found')!;
      expect(text(notFound)).to.equal('The feed has no workshop with the id "no-such-workshop".');
      expect(part(element, 'card')?.outerHTML).to.equal(undefined);
      await expect(element).to.be.accessible();
    });

    it('does not find a workshop the feed skipped as invalid', async () => {
      const element = await card('no-title');
      expect(text(part(element, 'not-found'))).to.contain('"no-title"');
    });

    it('says the workshop-id is missing, without fetching the feed', async () => {
      const { requested, restore } = recordFetches();
      try {
        const element = await fixture<NsiwWorkshopCard>(html`<nsiw-workshop-card src=${`${FEED_URL}?without-id`}></nsiw-workshop-card>`);
        expect(part(element, 'base')!.getAttribute('aria-busy')).to.equal('false');
        expect(text(part(element, 'missing-id'))).to.equal('No workshop chosen: the workshop-id attribute is missing.');
        expect(requested.filter((url) => url.includes('without-id'))).to.deep.equal([]);
        await expect(element).to.be.accessible();
        element.setAttribute('workshop-id', 'oslo-2023');
        await settled(element);
        expect(text(part(element, 'title'))).to.equal('N-SIW workshop in Oslo');
      } finally {
        restore();
      }
    });

    it('has no axe violations when upcoming, ongoing and past', async () => {
      for (const now of [BEFORE_OSLO, LAST_EVENING_OSLO, AFTER_OSLO]) {
        const element = await card('oslo-2023', now);
        await expect(element).to.be.accessible();
      }
      await expect(await card('copenhagen-2024', new Date('2024-01-01T00:00:00Z'))).to.be.accessible();
    });
  });

  describe('in the series', () => {
    it('says "Workshop N of M" with a series-length, and only "Workshop N" without a usable one', async () => {
      const element = await fixture<NsiwWorkshopCard>(html`<nsiw-workshop-card .workshop=${PAGE_WORKSHOP}></nsiw-workshop-card>`);
      expect(text(part(element, 'number'))).to.equal('Workshop 3');
      element.seriesLength = 3;
      await element.updateComplete;
      expect(text(part(element, 'number'))).to.equal('Workshop 3 of 3');
      element.setAttribute('series-length', '2');
      await element.updateComplete;
      expect(text(part(element, 'number')), 'a series shorter than the number is not believed').to.equal('Workshop 3');
    });

    it('marks the next workshop of the series when next is set', async () => {
      const element = await fixture<NsiwWorkshopCard>(html`<nsiw-workshop-card .workshop=${PAGE_WORKSHOP}></nsiw-workshop-card>`);
      expect(part(element, 'next')).to.equal(null);
      element.next = true;
      await element.updateComplete;
      expect(text(part(element, 'next'))).to.equal('Next in the series');
      expect(element.hasAttribute('next'), 'next reflects').to.equal(true);
    });

    it('takes "now" from the now attribute, and the real time when it cannot be read', async () => {
      const element = await settled(
        fixture(html`<nsiw-workshop-card src=${FEED_URL} workshop-id="oslo-2023" now="2023-10-13T23:59:00+02:00"></nsiw-workshop-card>`),
      );
      expect(text(part(element, 'status')), 'one minute before midnight on the last day, in Oslo').to.equal('Ongoing');
      element.setAttribute('now', '2023-10-11T23:59:00+02:00');
      await element.updateComplete;
      expect(text(part(element, 'status'))).to.equal('Upcoming');
      element.setAttribute('now', 'not a date');
      await element.updateComplete;
      expect(text(part(element, 'status')), 'today is after October 2023').to.equal('Past');
    });
  });

  describe('structured data', () => {
    async function jsonLd(element: HTMLElement): Promise<Record<string, unknown>> {
      await waitUntil(() => element.querySelector('script[type="application/ld+json"]'), 'no JSON-LD', { timeout: 5000 });
      return JSON.parse(element.querySelector('script[type="application/ld+json"]')!.textContent!);
    }

    it('describes the workshop as a schema.org Event, field by field from the feed', async () => {
      const element = await settled(
        fixture(html`<nsiw-workshop-card src=${FEED_URL} workshop-id="oslo-2023" structured-data></nsiw-workshop-card>`),
      );
      expect(await jsonLd(element)).to.deep.equal({
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
      });
      expect(element.querySelectorAll('script'), 'one script, in the light DOM').to.have.length(1);
      expect(element.shadowRoot!.querySelector('script')).to.equal(null);
    });

    it('gives the programme as url and times with their offset, and follows the locale', async () => {
      const element = await settled(
        fixture(html`<nsiw-workshop-card src=${FEED_URL} workshop-id="copenhagen-2024" structured-data></nsiw-workshop-card>`),
      );
      const data = await jsonLd(element);
      expect(data.startDate).to.equal('2024-04-18T09:00:00+02:00');
      expect(data.endDate).to.equal('2024-04-19T15:00:00+02:00');
      expect(data.url).to.equal('https://www.fafo.no/n-siw/copenhagen/programme');
      expect(data.organizer).to.deep.equal({ '@type': 'Organization', name: 'University of Copenhagen' });
      expect(data.location).to.deep.equal({
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'Copenhagen', addressCountry: 'DK' },
      });
      await setLocale('da', { remember: false });
      await waitUntil(async () => (await jsonLd(element)).name === 'N-SIW-workshop i København', 'the name did not follow the locale');
      expect((await jsonLd(element)).organizer).to.deep.equal({ '@type': 'Organization', name: 'Københavns Universitet' });
    });

    it('is left out without the attribute, and removed when the attribute goes or the workshop is not found', async () => {
      const element = await fixture<NsiwWorkshopCard>(html`<nsiw-workshop-card .workshop=${PAGE_WORKSHOP}></nsiw-workshop-card>`);
      await import('../../src/core/structured-data/json-ld.js');
      await element.updateComplete;
      expect(element.querySelector('script'), 'no attribute, no data').to.equal(null);
      element.structuredData = true;
      const data = await jsonLd(element);
      expect(data.url, 'links resolve against the page').to.equal(new URL('programme/gothenburg.html', document.baseURI).href);
      element.structuredData = false;
      await waitUntil(() => !element.querySelector('script'), 'the JSON-LD stayed after the attribute went');

      const notFound = await settled(
        fixture(html`<nsiw-workshop-card src=${FEED_URL} workshop-id="oslo-2023" structured-data></nsiw-workshop-card>`),
      );
      await jsonLd(notFound);
      notFound.workshopId = 'no-such-workshop';
      await waitUntil(() => part(notFound, 'not-found'), 'not found');
      await waitUntil(() => !notFound.querySelector('script'), 'the JSON-LD of a workshop no longer shown stayed');
    });
  });

  describe('accessibility', () => {
    const LOCALES = ['en', 'nb', 'sv', 'da'] as const;
    /** Every state the card has, reached by attributes and properties alone. */
    const STATES: Record<string, () => Promise<NsiwWorkshopCard>> = {
      upcoming: () => card('oslo-2023', BEFORE_OSLO),
      ongoing: () => card('oslo-2023', LAST_EVENING_OSLO),
      past: () => card('oslo-2023', AFTER_OSLO),
      'programme to be announced, next in the series': () =>
        fixture(html`<nsiw-workshop-card .workshop=${{ ...PAGE_WORKSHOP, programUrl: undefined }} series-length="3" next
          now="2024-01-01T00:00:00Z"></nsiw-workshop-card>`),
      'not found': () => card('no-such-workshop'),
      'missing workshop-id': () => fixture(html`<nsiw-workshop-card src=${FEED_URL}></nsiw-workshop-card>`),
      invalid: () => fixture(html`<nsiw-workshop-card .workshop=${{ id: 'x' } as WorkshopInput}></nsiw-workshop-card>`),
      error: () => settled(fixture(html`<nsiw-workshop-card src=${MISSING_URL} workshop-id="oslo-2023"></nsiw-workshop-card>`)),
    };

    // One test a state and locale: axe over a card takes up to a second in WebKit.
    for (const locale of LOCALES) {
      for (const [state, make] of Object.entries(STATES)) {
        it(`has no axe violations when ${state}, in ${locale}`, async () => {
          await setLocale(locale, { remember: false });
          const element = await make();
          await element.updateComplete;
          expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal(locale);
          await expect(element).to.be.accessible();
        });
      }
    }
  });

  describe('from the .workshop property', () => {
    it('shows the workshop without any feed, links resolved against the page', async () => {
      const element = await fixture<NsiwWorkshopCard>(
        html`<nsiw-workshop-card .workshop=${PAGE_WORKSHOP} .now=${new Date('2024-10-01T00:00Z')}></nsiw-workshop-card>`,
      );
      expect(part(element, 'base')!.getAttribute('aria-busy')).to.equal('false');
      expect(text(part(element, 'title'))).to.equal('N-SIW workshop in Gothenburg');
      expect(text(part(element, 'number')), 'the series length is unknown').to.equal('Workshop 3');
      expect(text(part(element, 'when'))).to.equal('17–18 October 2024');
      expect(text(part(element, 'place'))).to.equal('Gothenburg, Sweden');
      expect(text(part(element, 'status'))).to.equal('Upcoming');
      expect((part(element, 'programme-link') as HTMLAnchorElement).href).to.equal(
        new URL('programme/gothenburg.html', document.baseURI).href,
      );
      const event = await calendarEvent(element);
      expect(event.uid).to.equal(`workshop-gothenburg-2024@${location.host}`);
      await expect(element).to.be.accessible();
    });

    it('wins over src and workshop-id, and gives way to them again when cleared', async () => {
      const element = await card('oslo-2023', BEFORE_OSLO);
      element.workshop = PAGE_WORKSHOP;
      await element.updateComplete;
      expect(text(part(element, 'title'))).to.equal('N-SIW workshop in Gothenburg');
      element.workshop = null;
      await settled(element);
      expect(text(part(element, 'title'))).to.equal('N-SIW workshop in Oslo');
    });

    it('abandons a feed still loading when a workshop object arrives', async () => {
      const heldUrl = `${FEED_URL}?abandoned`;
      const held = holdRequests(heldUrl);
      try {
        const element = await fixture<NsiwWorkshopCard>(
          html`<nsiw-workshop-card src=${heldUrl} workshop-id="oslo-2023"></nsiw-workshop-card>`,
        );
        await waitUntil(() => held.signals.length === 1, 'the feed was not requested');
        element.workshop = PAGE_WORKSHOP;
        await element.updateComplete;
        expect(part(element, 'base')!.getAttribute('aria-busy')).to.equal('false');
        expect(text(part(element, 'title'))).to.equal('N-SIW workshop in Gothenburg');
        expect(held.signals[0].aborted, 'the request nobody waits for is aborted').to.equal(true);
      } finally {
        held.release();
      }
    });

    it('leaves out a bad optional member and reports it in the console', async () => {
      const withBadLinks = { ...PAGE_WORKSHOP, programUrl: 'javascript:alert(1)', country: 'Sweden' };
      let element!: NsiwWorkshopCard;
      const warnings = await warningsDuring(async () => {
        element = await fixture(html`<nsiw-workshop-card .workshop=${withBadLinks}></nsiw-workshop-card>`);
      });
      expect(part(element, 'programme-link')?.outerHTML).to.equal(undefined);
      expect(text(part(element, 'place'))).to.equal('Gothenburg');
      expect(warnings).to.have.length(2);
      expect(warnings.join('\n')).to.contain('programUrl').and.to.contain('country').and.to.contain('gothenburg-2024');
    });

    it('shows why an object that is no workshop cannot be shown', async () => {
      const noTitle = { id: 'x', start: '2024-10-17' } as unknown as WorkshopInput;
      let element!: NsiwWorkshopCard;
      const warnings = await warningsDuring(async () => {
        element = await fixture<NsiwWorkshopCard>(html`<nsiw-workshop-card .workshop=${noTitle}></nsiw-workshop-card>`);
      });
      const invalid = part(element, 'invalid')!;
      expect(text(invalid)).to.equal('This workshop cannot be shown. title is missing');
      expect(part(element, 'invalid-detail')!.lang).to.equal('en');
      expect(part(element, 'card')?.outerHTML).to.equal(undefined);
      expect(warnings.join('\n')).to.contain('title is missing');
      await expect(element).to.be.accessible();

      element.workshop = { ...PAGE_WORKSHOP, end: '2024-10-01' };
      await element.updateComplete;
      expect(text(part(element, 'invalid-detail'))).to.equal('end "2024-10-01" is before start "2024-10-17"');

      element.workshop = 'oslo-2023' as unknown as WorkshopInput;
      await element.updateComplete;
      expect(text(part(element, 'invalid-detail'))).to.equal('"oslo-2023" is not an object');
    });
  });

  describe('in Norwegian', () => {
    beforeEach(() => setLocale('nb', { remember: false }));

    it('shows the days, place and texts in Norwegian, and marks a text in another language with its lang', async () => {
      const oslo = await card('oslo-2023', BEFORE_OSLO);
      expect(part(oslo, 'base')!.lang).to.equal('nb');
      expect(text(part(oslo, 'title'))).to.equal('N-SIW-workshop i Oslo');
      expect(part(oslo, 'title')!.querySelector('[lang]')?.outerHTML).to.equal(undefined);
      expect(text(part(oslo, 'when'))).to.equal('12.–13. oktober 2023');
      expect(text(part(oslo, 'status')), 'the UI strings are translated too').to.equal('Kommende');
      expect(text(part(oslo, 'place'))).to.equal('Fafos lokaler på Grønland, Oslo, Norge');
      expect(part(oslo, 'description')!.hasAttribute('lang')).to.equal(false);

      const copenhagen = await card('copenhagen-2024', new Date('2024-01-01T00:00:00Z'));
      expect(text(part(copenhagen, 'when'))).to.equal('18.–19. april 2024');
      const title = part(copenhagen, 'title')!.querySelector('[lang]')!;
      expect({ value: text(title), lang: title.getAttribute('lang') }).to.deep.equal({
        value: 'N-SIW workshop in Copenhagen',
        lang: 'en',
      });
      expect(part(copenhagen, 'host')!.querySelector('[lang="en"]')!.textContent).to.equal('University of Copenhagen');
      expect(text(part(copenhagen, 'place'))).to.equal('København, Danmark');
      expect(part(copenhagen, 'description')!.getAttribute('lang')).to.equal('en');
      await expect(copenhagen).to.be.accessible();
    });

    it('re-renders in the new locale when the page switches language', async () => {
      const element = await card('oslo-2023', BEFORE_OSLO);
      expect(text(part(element, 'when'))).to.equal('12.–13. oktober 2023');
      await setLocale('en', { remember: false });
      await element.updateComplete;
      expect(part(element, 'base')!.lang).to.equal('en');
      expect(text(part(element, 'when'))).to.equal('12–13 October 2023');
      expect(text(part(element, 'place'))).to.equal("Fafo's premises at Grønland, Oslo, Norway");
    });
  });

  it('renders hostile strings as text and no unsafe link', async () => {
    const element = await card('hostile', new Date('2099-01-01T00:00:00Z'));
    const shadow = root(element);
    const madeFromFeedText = shadow.querySelector('script, img, iframe, b, [onerror], [onmouseover]');
    expect(madeFromFeedText?.outerHTML, 'no element made from feed text').to.equal(undefined);
    expect(text(part(element, 'title'))).to.equal(`<script>alert('title')</script><img src=x onerror="alert('img')">`);
    expect(text(part(element, 'host'))).to.contain('<b onmouseover');
    expect(text(part(element, 'place'))).to.contain("${alert('city')} {{constructor.constructor('alert(1)')()}}");
    expect(text(part(element, 'description'))).to.contain("Raw <script>alert('description')</script>");
    expect(part(element, 'programme-link')?.outerHTML, 'a javascript: programme link is dropped').to.equal(undefined);
    expect(part(element, 'registration-link')?.outerHTML, 'an obfuscated javascript: link').to.equal(undefined);
    const links = [...shadow.querySelectorAll<HTMLAnchorElement>('a[href]')];
    expect(links.map((link) => link.protocol)).to.deep.equal(['https:']);
    await expect(element).to.be.accessible();
  });
});

feedElementSuite<NsiwWorkshopCard>({
  tag: 'nsiw-workshop-card',
  // The fault feeds' one workshop.
  fixture: (src) => html`<nsiw-workshop-card src=${src} workshop-id="w1"></nsiw-workshop-card>`,
  loadingText: 'Loading workshop…',
  loadingHeight: '18em',
  shown: (element) => [text(part(element, 'title'))],
  shows: (title) => [`${title} workshop`],
  relativeLink: { find: (element) => part(element, 'programme-link'), path: 'programme.html' },
  headings: { find: (element) => [part(element, 'title')!] },
});
