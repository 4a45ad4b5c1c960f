import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/events/nsiw-events.js';
import '../../src/language-toggle/nsiw-language-toggle.js';
import type { NsiwEvents } from '../../src/events/nsiw-events.js';
import type { NsiwLanguageToggle } from '../../src/language-toggle/nsiw-language-toggle.js';
import { LOCALE_STORAGE_KEY, getLocale, setLocale } from '../../src/core/i18n/localization.js';
import { part, settled, text, visibleText } from '../support/dom.js';

const FEED_URL = new URL('../fixtures/events.json', import.meta.url).href;
const MISSING_URL = new URL('../fixtures/no-such-feed.json', import.meta.url).href;
/** 1 October 2023: every event of the fixture but the SISP panel is still to come. */
const OCTOBER_2023 = new Date('2023-10-01T00:00:00Z');

/** What a visitor reads in each locale, for the fixture feed. */
const EXPECTED = {
  en: {
    seminarWhen: 'Thursday 12 October 2023, 12:30–16:30',
    workshopWhen: '12–13 October 2023',
    seminarTitle: { value: 'Street-level integration work', lang: null },
    label: { value: 'Fafo seminar', lang: null },
    organizer: 'Organizer: Fafo',
    place: 'Fafo, Borggata 2B, Oslo, Norway',
    calendar: 'Add to calendar',
    register: 'Register',
    types: ['Workshop', 'Webinar', 'Meeting'],
    statuses: ['Cancelled', 'Postponed'],
    online: 'Online',
    empty: 'No upcoming events.',
    error: 'The feed could not be loaded (HTTP 404).',
    retry: 'Try again',
  },
  nb: {
    seminarWhen: 'torsdag 12. oktober 2023, 12:30–16:30',
    workshopWhen: '12.–13. oktober 2023',
    seminarTitle: { value: 'Integreringsarbeid på bakkenivå', lang: null },
    label: { value: 'Fafo-seminar', lang: null },
    organizer: 'Arrangør: Fafo',
    place: 'Fafo, Borggata 2B, Oslo, Norge',
    calendar: 'Legg til i kalender',
    register: 'Meld deg på',
    types: ['Workshop', 'Webinar', 'Møte'],
    statuses: ['Avlyst', 'Utsatt'],
    online: 'Digitalt',
    empty: 'Ingen kommende arrangementer.',
    error: 'Innholdet kunne ikke lastes inn (HTTP 404).',
    retry: 'Prøv igjen',
  },
  sv: {
    seminarWhen: 'torsdag 12 oktober 2023, 12:30–16:30',
    workshopWhen: '12–13 oktober 2023',
    seminarTitle: { value: 'Street-level integration work', lang: 'en' },
    label: { value: 'Fafo seminar', lang: 'en' },
    organizer: 'Arrangör: Fafo',
    place: 'Fafo, Borggata 2B, Oslo, Norge',
    calendar: 'Lägg till i kalendern',
    register: 'Anmäl dig',
    types: ['Workshop', 'Webbinarium', 'Möte'],
    statuses: ['Inställt', 'Uppskjutet'],
    online: 'Digitalt',
    empty: 'Inga kommande evenemang.',
    error: 'Innehållet kunde inte läsas in (HTTP 404).',
    retry: 'Försök igen',
  },
  da: {
    seminarWhen: 'torsdag den 12. oktober 2023, 12.30–16.30',
    workshopWhen: '12.–13. oktober 2023',
    seminarTitle: { value: 'Street-level integration work', lang: 'en' },
    label: { value: 'Fafo seminar', lang: 'en' },
    organizer: 'Arrangør: Fafo',
    place: 'Fafo, Borggata 2B, Oslo, Norge',
    calendar: 'Føj til kalender',
    register: 'Tilmeld dig',
    types: ['Workshop', 'Webinar', 'Møde'],
    statuses: ['Aflyst', 'Udsat'],
    online: 'Online',
    empty: 'Ingen kommende arrangementer.',
    error: 'Indholdet kunne ikke indlæses (HTTP 404).',
    retry: 'Prøv igen',
  },
} as const;

type Expected = (typeof EXPECTED)[keyof typeof EXPECTED];

/** The list once its feed arrived or failed, and it rendered that. */
const loaded = settled<NsiwEvents>;

/** The fixture's event that starts at `start`: the same in every language, unlike its title. */
function eventStarting(element: NsiwEvents, start: string): HTMLElement {
  return element.shadowRoot!.querySelector(`time[datetime="${start}"]`)!.closest<HTMLElement>('[part~="event"]')!;
}

/** What the list says about the fixture's seminar, workshop, cancelled webinar and postponed meeting. */
function expectList(element: NsiwEvents, expected: Expected): void {
  const [seminar, workshop, webinar, meeting] = [
    '2023-10-12T12:30:00+02:00',
    '2023-10-12',
    '2023-11-02T10:00:00+01:00',
    '2023-11-20T09:00:00+01:00',
  ].map((start) => eventStarting(element, start));
  const title = seminar.querySelector('[part~="title-link"]')!;
  expect({ value: text(title), lang: title.getAttribute('lang') }).to.deep.equal(expected.seminarTitle);
  expect(text(seminar.querySelector('[part~="when"]'))).to.match(new RegExp(`^${expected.seminarWhen}`));
  expect(text(workshop.querySelector('[part~="when"]'))).to.equal(expected.workshopWhen);
  const label = seminar.querySelector('[part~="type"]')!;
  expect({ value: text(label), lang: label.getAttribute('lang') }).to.deep.equal(expected.label);
  expect(text(seminar.querySelector('[part~="organizer"]'))).to.equal(expected.organizer);
  expect(text(seminar.querySelector('[part~="place"]'))).to.equal(expected.place);
  expect(visibleText(seminar.querySelector('[part~="calendar-button"]'))).to.equal(expected.calendar);
  expect(visibleText(seminar.querySelector('[part~="registration-link"]'))).to.equal(expected.register);
  expect([workshop, webinar, meeting].map((event) => text(event.querySelector('[part~="type"]')))).to.deep.equal(expected.types);
  expect([webinar, meeting].map((event) => text(event.querySelector('[part~="status"]')))).to.deep.equal(expected.statuses);
  expect(text(webinar.querySelector('[part~="place"] a'))).to.equal(expected.online);
}

beforeEach(async () => {
  await setLocale('en', { remember: false });
  localStorage.removeItem(LOCALE_STORAGE_KEY);
});
afterEach(() => localStorage.removeItem(LOCALE_STORAGE_KEY));

for (const [locale, expected] of Object.entries(EXPECTED)) {
  describe(`<nsiw-events> in ${locale}`, () => {
    beforeEach(() => setLocale(locale, { remember: false }));

    it("shows dates in the locale's words and order, UI strings translated, and the content marked with lang", async () => {
      const element = await loaded(fixture(html`<nsiw-events src=${FEED_URL} .now=${OCTOBER_2023}></nsiw-events>`));
      expect(part(element, 'base')!.lang).to.equal(locale);
      expectList(element, expected);
      await expect(element).to.be.accessible();
    });

    it('says so in the locale when there is nothing to show, or the feed fails', async () => {
      const empty = await loaded(fixture(html`<nsiw-events src=${FEED_URL} .now=${new Date('2030-01-01')}></nsiw-events>`));
      expect(text(empty.shadowRoot!.querySelector('[part~="empty"]'))).to.equal(expected.empty);
      const failed = await loaded(fixture(html`<nsiw-events src=${MISSING_URL}></nsiw-events>`));
      const alert = failed.shadowRoot!.querySelector('[role="alert"]')!;
      expect(text(alert.querySelector('p'))).to.match(new RegExp(`^${expected.error.replace(/[()]/g, '\\$&')}`));
      expect(text(alert.querySelector('[part~="retry-button"]'))).to.equal(expected.retry);
      expect(part(failed, 'base')!.lang).to.equal(locale);
      await expect(failed).to.be.accessible();
    });
  });
}

describe('switching the locale with the toggle', () => {
  it('re-renders every element on the page in the new locale, without a reload', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <nsiw-language-toggle locales="nb en sv da"></nsiw-language-toggle>
      <nsiw-events src=${FEED_URL} .now=${OCTOBER_2023}></nsiw-events>
      <nsiw-events src=${FEED_URL} .now=${new Date('2030-01-01')}></nsiw-events>
    </div>`);
    const toggle = page.querySelector<NsiwLanguageToggle>('nsiw-language-toggle')!;
    const [list, empty] = await Promise.all([...page.querySelectorAll<NsiwEvents>('nsiw-events')].map((element) => loaded(element)));
    for (const locale of ['sv', 'da', 'nb', 'en'] as const) {
      toggle.shadowRoot!.querySelector<HTMLButtonElement>(`button[lang="${locale}"]`)!.click();
      await setLocale(getLocale(), { remember: false });
      await Promise.all([toggle, list, empty].map((element) => element.updateComplete));
      expect([list, empty].map((element) => part(element, 'base')!.lang)).to.deep.equal([locale, locale]);
      expectList(list, EXPECTED[locale]);
      expect(text(empty.shadowRoot!.querySelector('[part~="empty"]'))).to.equal(EXPECTED[locale].empty);
      expect(toggle.shadowRoot!.querySelector('[aria-pressed="true"]')!.getAttribute('lang')).to.equal(locale);
    }
  });
});

describe('a page reloaded after a choice', () => {
  /** A page of its own, in a frame: a fresh copy of the library, Norwegian by `<html lang>`. */
  const PAGE = `<!doctype html>
    <html lang="nb"><head><meta charset="utf-8"><title>N-SIW</title>
    <script type="module" src="/src/events/nsiw-events.ts"></script>
    <script type="module" src="/src/language-toggle/nsiw-language-toggle.ts"></script>
    </head><body>
    <nsiw-language-toggle></nsiw-language-toggle>
    <nsiw-events src="${FEED_URL}" show="all"></nsiw-events>
    </body></html>`;

  /** The frame's widgets once they have rendered, with their translations, in `locale`. */
  async function widgetsIn(frame: HTMLIFrameElement, locale: string) {
    const page = () => frame.contentDocument!;
    await waitUntil(
      () => {
        const events = page().querySelector('nsiw-events');
        return events?.shadowRoot?.querySelector(`[part~="base"][lang="${locale}"][aria-busy="false"]`);
      },
      `the page did not render in ${locale}`,
      { timeout: 5000 },
    );
    const toggle = page().querySelector('nsiw-language-toggle')!;
    await (toggle as NsiwLanguageToggle).updateComplete;
    return { events: page().querySelector('nsiw-events')!, button: toggle.shadowRoot!.querySelector('button')! };
  }

  it('starts in the remembered locale, not the one <html lang> names', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="A Norwegian page" srcdoc=${PAGE}></iframe>`);
    const norwegian = await widgetsIn(frame, 'nb');
    expect(text(norwegian.events.shadowRoot!.querySelector('time'))).to.equal('14.–16. september 2023');
    expect(text(norwegian.button)).to.equal('To English version');

    norwegian.button.click();
    const english = await widgetsIn(frame, 'en');
    expect(text(english.button)).to.equal('Til norsk versjon');

    const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.contentWindow!.location.reload();
    await reloaded;
    const afterReload = await widgetsIn(frame, 'en');
    expect(text(afterReload.events.shadowRoot!.querySelector('time'))).to.equal('14–16 September 2023');
    expect(text(afterReload.button)).to.equal('Til norsk versjon');
  });
});
