import { expect, waitUntil } from '@open-wc/testing';
import { type ExamplePage, WAIT, examplesUrl, openExample, closeExample, examplePart, localeButton, expectBuilt } from '../support/examples.js';
import { text } from '../support/dom.js';

/**
 * The examples in examples/, end to end, from what `npm run build` and `npm run build:examples` produced:
 * each page opens in a frame, as a visitor would open it, and the tests check what the visitor sees.
 */
interface Feed {
  events: { title: string | Record<string, string> }[];
}


/** The paths (and queries) of every resource the page requested, in order. */
function requested(page: ExamplePage): string[] {
  return page.performance.getEntriesByType('resource').map((entry) => {
    const url = new URL(entry.name);
    return url.pathname + url.search;
  });
}

const feedRequests = (page: ExamplePage, feedPath = '/examples/feed.json') =>
  requested(page).filter((path) => path === feedPath);

/** The language the element renders in: its shadow root's wrapper carries `lang`. */
const renderLang = (host: Element | null) => examplePart(host, 'base')[0]?.getAttribute('lang');

async function readFeed(): Promise<Feed> {
  const response = await fetch(new URL('feed.json', examplesUrl));
  return response.json();
}

const titleIn = (title: string | Record<string, string>, locale: string) =>
  typeof title === 'string' ? title : (title[locale] ?? title.en);

describe('examples/cdn.html: the CDN build on a plain page, one script tag', () => {
  it('renders every element in the page language (nb), with one request for the feed they share', async () => {
    const { page, iframe } = await openExample('cdn.html');
    const doc = page.document;
    const [upcoming, past] = [...doc.querySelectorAll('nsiw-events')];
    const series = doc.querySelector('nsiw-workshop-series');
    const card = doc.querySelector('nsiw-workshop-card');
    const tabs = doc.querySelector('nsiw-info-tabs');
    const toggle = doc.querySelector('nsiw-language-toggle');
    const settled = (events: Element) => examplePart(events, 'event').length > 0 || examplePart(events, 'empty').length > 0;
    await waitUntil(
      () =>
        settled(upcoming) &&
        settled(past) &&
        series?.shadowRoot?.querySelectorAll('nsiw-workshop-card').length === 3 &&
        examplePart(card, 'title').length === 1 &&
        examplePart(tabs, 'tab').length === 2 &&
        examplePart(toggle, 'button').length === 1,
      'not every element rendered',
      WAIT,
    );

    // Upcoming and past events together are all the feed's events, whatever today's date.
    const feed = await readFeed();
    const shown = [...examplePart(upcoming, 'title'), ...examplePart(past, 'title')].map(text);
    expect(shown.toSorted()).to.deep.equal(feed.events.map((event) => titleIn(event.title, 'nb')).toSorted());
    expect(text(examplePart(card, 'title')[0])).to.equal('N-SIW-workshop i Oslo');
    const seriesTitles = [...series!.shadowRoot!.querySelectorAll('nsiw-workshop-card')].map((item) =>
      text(examplePart(item, 'title')[0]),
    );
    expect(seriesTitles).to.deep.equal(['N-SIW-workshop i Oslo', 'N-SIW-workshop i København', 'N-SIW-workshop i Göteborg']);
    expect(examplePart(tabs, 'tab').map(text)).to.deep.equal(['Første N-SIW-workshop', 'SISP-konferansen 2023']);
    expect(text(examplePart(toggle, 'button')[0])).to.equal('To English version');
    for (const element of [upcoming, past, card, series]) expect(renderLang(element)).to.equal('nb');

    expect(feedRequests(page), 'four elements name the feed, one request').to.have.length(1);
    // The Norwegian words come from the chunk beside the library, found from the library's own URL.
    const chunks: Record<string, string> = await (await fetch('/dist/chunks.json')).json();
    expect(requested(page).filter((path) => path === `/dist/${chunks['src/generated/locales/nb.ts']}`)).to.have.length(1);
    closeExample(iframe);
  });

  it('switches every element to English with the toggle, without a reload', async () => {
    const { page, iframe } = await openExample('cdn.html');
    const doc = page.document;
    const card = doc.querySelector('nsiw-workshop-card');
    await waitUntil(() => examplePart(card, 'title').length === 1 && localeButton(page, 'en'), 'not rendered', WAIT);
    // A reload gives the frame a new window without this mark. (Not `performance.timeOrigin`: WebKit
    // computes it anew on each read from two clocks, and it moved by a millisecond without a reload.)
    const marked = page as Window & { nsiwNotReloaded?: boolean };
    marked.nsiwNotReloaded = true;

    localeButton(page, 'en')!.click();

    const elements = [...doc.querySelectorAll('nsiw-events, nsiw-workshop-card, nsiw-workshop-series, nsiw-info-tabs')];
    await waitUntil(() => elements.every((element) => renderLang(element) === 'en'), 'not every element switched', WAIT);
    expect(text(examplePart(card, 'title')[0])).to.equal('N-SIW workshop in Oslo');
    expect(text(examplePart(doc.querySelector('nsiw-language-toggle'), 'button')[0])).to.equal('Til norsk versjon');
    expect((iframe.contentWindow as typeof marked).nsiwNotReloaded, 'the page did not reload').to.equal(true);
    closeExample(iframe);
  });
});

describe('examples/strict-csp.html: a strict Content-Security-Policy with Trusted Types', () => {
  it('renders every element, switches language and writes JSON-LD, and the policy refuses nothing', async () => {
    const { page, iframe } = await openExample('strict-csp.html');
    const doc = page.document;
    const events = doc.querySelector('nsiw-events');
    const series = doc.querySelector('nsiw-workshop-series');
    const card = doc.querySelector('nsiw-workshop-card');
    const tabs = doc.querySelector('nsiw-info-tabs');
    await waitUntil(
      () =>
        examplePart(events, 'event').length === 9 &&
        series?.shadowRoot?.querySelectorAll('nsiw-workshop-card').length === 3 &&
        examplePart(card, 'title').length === 1 &&
        examplePart(tabs, 'tab').length === 4 &&
        localeButton(page, 'sv'),
      'not every element rendered',
      WAIT,
    );

    localeButton(page, 'sv')!.click();
    await waitUntil(() => [events, series, card, tabs].every((element) => renderLang(element) === 'sv'), 'no switch', WAIT);
    // structured-data: the JSON-LD script child is written under Trusted Types too.
    await waitUntil(() => events!.querySelector(':scope > script[type="application/ld+json"]'), 'no JSON-LD', WAIT);
    const jsonLd = JSON.parse(events!.querySelector(':scope > script[type="application/ld+json"]')!.textContent!);
    expect(JSON.stringify(jsonLd)).to.contain('N-SIW');

    expect(page.policyViolations).to.deep.equal([]);
    expect(page.pageErrors).to.deep.equal([]);
    expect(text(doc.getElementById('page-check')!)).to.equal('No errors, no policy violations.');
    closeExample(iframe);
  });

  it('really enforces its policy: an inline style on the page is refused and reported', async () => {
    const { page, iframe } = await openExample('strict-csp.html');
    page.document.querySelector('h1')!.setAttribute('style', 'color: red');
    await waitUntil(() => page.policyViolations!.length > 0, 'the inline style was not refused', WAIT);
    expect(page.policyViolations![0]).to.match(/^Refused by style-src/);
    expect(text(page.document.getElementById('page-check')!)).to.match(/^Refused by style-src/);
    closeExample(iframe);
  });
});

describe('examples/twice.html: the CDN build twice and a bundled copy on one page', () => {
  before(() => expectBuilt('bundler/dist/app.js'));

  it('runs all three copies without an error; the elements work and the feed is requested once', async () => {
    const { page, iframe } = await openExample('twice.html');
    const doc = page.document;
    const events = doc.querySelector('nsiw-events');
    const series = doc.querySelector('nsiw-workshop-series');
    const tabs = doc.querySelector('nsiw-info-tabs');
    const summary = doc.querySelector('[data-feed-summary]')!;
    await waitUntil(
      () =>
        examplePart(events, 'event').length === 9 &&
        series?.shadowRoot?.querySelectorAll('nsiw-workshop-card').length === 3 &&
        examplePart(tabs, 'tab').length === 4 &&
        text(summary) !== 'Reading the feed…',
      'not every element rendered',
      WAIT,
    );

    expect(page.litElementVersions, 'three copies of the library (and of Lit) ran').to.have.length(3);
    const scripts = requested(page);
    expect(scripts).to.include.members(['/dist/nsiw-widgets.js', '/dist/nsiw-widgets.js?copy=2', '/examples/bundler/dist/app.js']);
    expect(page.pageErrors).to.deep.equal([]);
    // The widgets (first copy) and the bundled app's own loadFeed() share one request.
    expect(text(summary)).to.equal('The feed lists 9 events and 3 workshops.');
    expect(feedRequests(page)).to.have.length(1);
    closeExample(iframe);
  });

  it('shares one locale between the copies: the toggle switches the bundled app too', async () => {
    const { page, iframe } = await openExample('twice.html');
    const doc = page.document;
    const events = doc.querySelector('nsiw-events');
    const appLocale = doc.querySelector('[data-app-locale]')!;
    await waitUntil(() => examplePart(events, 'event').length === 9 && localeButton(page, 'nb'), 'not rendered', WAIT);
    expect(text(appLocale)).to.equal('en');

    localeButton(page, 'nb')!.click();

    await waitUntil(() => renderLang(events) === 'nb' && text(appLocale) === 'nb', 'not every copy followed', WAIT);
    expect(page.pageErrors).to.deep.equal([]);
    closeExample(iframe);
  });
});

describe('examples/bundler: an app bundled from the per-element entries', () => {
  before(() => expectBuilt('bundler/dist/app.js'));

  it('renders the elements it imports, with one copy of Lit, and leaves out those it does not', async () => {
    const { page, iframe } = await openExample('bundler/index.html');
    const doc = page.document;
    const card = doc.querySelector('nsiw-workshop-card');
    const events = doc.querySelector('nsiw-events');
    const summary = doc.querySelector('[data-feed-summary]')!;
    await waitUntil(
      () => examplePart(card, 'title').length === 1 && examplePart(events, 'event').length === 3 && localeButton(page, 'nb'),
      'not rendered',
      WAIT,
    );
    expect(text(examplePart(card, 'title')[0])).to.equal('N-SIW workshop in Oslo');
    await waitUntil(() => text(summary) !== 'Reading the feed…', 'no summary', WAIT);
    expect(text(summary)).to.equal('The feed lists 9 events and 3 workshops.');
    expect(feedRequests(page)).to.have.length(1);

    expect(page.customElements.get('nsiw-info-tabs'), 'not imported, not registered').to.equal(undefined);
    expect(page.document.querySelector('details#not-imported')!.checkVisibility()).to.equal(true);
    expect(page.litElementVersions, 'Lit is a dependency of the entries, not inlined in each').to.have.length(1);
    expect(requested(page).filter((path) => path.startsWith('/dist/')), 'the bundle needs nothing of dist/ at run time').to.deep.equal([]);
    closeExample(iframe);
  });

  it("loads the translations from the app's own chunks when the language changes", async () => {
    const { page, iframe } = await openExample('bundler/index.html');
    const card = page.document.querySelector('nsiw-workshop-card');
    await waitUntil(() => examplePart(card, 'title').length === 1 && localeButton(page, 'nb'), 'not rendered', WAIT);

    localeButton(page, 'nb')!.click();

    await waitUntil(() => renderLang(card) === 'nb', 'no switch', WAIT);
    expect(text(examplePart(card, 'title')[0])).to.equal('N-SIW-workshop i Oslo');
    expect(text(page.document.querySelector('[data-app-locale]')!)).to.equal('nb');
    expect(requested(page).filter((path) => /^\/examples\/bundler\/dist\/chunks\/nb-[\w-]+\.js$/.test(path))).to.have.length(1);
    closeExample(iframe);
  });
});

describe('examples/react: React 19 sets properties and listens to the elements’ events', () => {
  before(() => expectBuilt('react/dist/app.js'));

  it('gives the card its workshop object and both elements their `now` date as properties', async () => {
    const { page, iframe } = await openExample('react/index.html');
    const doc = page.document;
    // React renders after the page's load event: look the elements up once they are there.
    await waitUntil(
      () => examplePart(doc.querySelector('nsiw-workshop-card'), 'title').length === 1 && examplePart(doc.querySelector('nsiw-events'), 'event').length === 3,
      'not rendered',
      WAIT,
    );
    const card = doc.querySelector('nsiw-workshop-card');
    const events = doc.querySelector('nsiw-events');

    expect(text(examplePart(card, 'title')[0])).to.equal('N-SIW workshop in Oslo');
    // `now` is the first day of that workshop: the card says it is ongoing, the list starts on that day.
    expect(examplePart(card, 'status-ongoing')).to.have.length(1);
    expect(examplePart(events, 'title').map(text)).to.deep.equal([
      'N-SIW workshop in Oslo',
      'Street-level integration work: policy and practice in the Nordic countries',
      'N-SIW workshop in Copenhagen',
    ]);
    expect(card!.hasAttribute('workshop'), 'an object is a property, never an attribute').to.equal(false);
    closeExample(iframe);
  });

  it('shows what it received from nsiw-load, nsiw-locale-change and nsiw-tab-change', async () => {
    const { page, iframe } = await openExample('react/index.html');
    const doc = page.document;
    const received = () => [...doc.querySelectorAll('#received li')].map(text);
    await waitUntil(() => received().includes('nsiw-load: 9 events, 0 skipped'), 'no nsiw-load', WAIT);
    const tabs = doc.querySelector('nsiw-info-tabs');
    await waitUntil(() => examplePart(tabs, 'tab').length === 4 && localeButton(page, 'nb'), 'not rendered', WAIT);

    localeButton(page, 'nb')!.click();
    await waitUntil(() => received().includes('nsiw-locale-change: nb'), 'no nsiw-locale-change', WAIT);
    examplePart(tabs, 'tab')[1].click();
    await waitUntil(() => received().includes('nsiw-tab-change: bakgrunn'), 'no nsiw-tab-change', WAIT);
    closeExample(iframe);
  });
});

describe('examples/react-ssr: nsiw-widgets/react rendered by react-dom/server, then hydrated', () => {
  before(() => expectBuilt('react-ssr/dist/index.html'));

  it('the server sent the elements without their properties: the hydrated components set them', async () => {
    const served = await (await fetch(new URL('react-ssr/dist/index.html', examplesUrl))).text();
    expect(served).to.match(/<nsiw-workshop-card><\/nsiw-workshop-card>/);
    expect(served).to.match(/<nsiw-events><\/nsiw-events>/);

    const { page, iframe } = await openExample('react-ssr/dist/index.html');
    const doc = page.document;
    const card = doc.querySelector('nsiw-workshop-card');
    const events = doc.querySelector('nsiw-events');
    await waitUntil(() => examplePart(card, 'title').length === 1 && examplePart(events, 'event').length === 3, 'not hydrated', WAIT);
    // The object and the date arrived as properties: the card shows the app's workshop, ongoing on `now`.
    expect(text(examplePart(card, 'title')[0])).to.equal('N-SIW workshop in Oslo');
    expect(examplePart(card, 'status-ongoing')).to.have.length(1);
    expect(card!.hasAttribute('workshop')).to.equal(false);
    expect(events!.limit).to.equal(3);
    expect(page.pageErrors, 'hydration mismatches are reported as errors').to.deep.equal([]);
    closeExample(iframe);
  });

  it('the handlers arrived: onLoad, onTabChange and onLocaleChange reach the app', async () => {
    const { page, iframe } = await openExample('react-ssr/dist/index.html');
    const doc = page.document;
    const received = () => [...doc.querySelectorAll('#received li')].map(text);
    await waitUntil(() => received().includes('load: 9 events, 0 skipped'), 'no onLoad', WAIT);
    const tabs = doc.querySelector('nsiw-info-tabs');
    await waitUntil(() => examplePart(tabs, 'tab').length === 4 && localeButton(page, 'nb'), 'not rendered', WAIT);
    localeButton(page, 'nb')!.click();
    await waitUntil(() => received().includes('locale-change: nb'), 'no onLocaleChange', WAIT);
    examplePart(tabs, 'tab')[1].click();
    await waitUntil(() => received().includes('tab-change: bakgrunn'), 'no onTabChange', WAIT);
    closeExample(iframe);
  });
});

for (const framework of ['vue', 'svelte']) {
  describe(`examples/${framework}: the widgets in a ${framework} app, built with Vite`, () => {
    before(() => expectBuilt(`${framework}/dist/index.html`));

    it('gives the card its object and the list its limit and date as properties, and runs the nsiw-load handler', async () => {
      const { page, iframe } = await openExample(`${framework}/dist/index.html`);
      const doc = page.document;
      const card = () => doc.querySelector('nsiw-workshop-card');
      const events = () => doc.querySelector('nsiw-events');
      await waitUntil(() => examplePart(card(), 'title').length === 1 && examplePart(events(), 'event').length === 3, 'not rendered', WAIT);
      expect(text(examplePart(card(), 'title')[0])).to.equal('N-SIW workshop in Oslo');
      expect(examplePart(card(), 'status-ongoing')).to.have.length(1);
      expect(card()!.hasAttribute('workshop')).to.equal(false);
      await waitUntil(() => [...doc.querySelectorAll('li')].some((line) => text(line) === 'nsiw-load: 9 events'), 'no nsiw-load', WAIT);
      closeExample(iframe);
    });
  });
}

describe('dist/build-summary.json', () => {
  it('gives each file the Subresource Integrity hash the browser checks, and a changed hash fails', async () => {
    const summary = (await (await fetch('/dist/build-summary.json')).json()) as {
      cdnEntry: { url: string; integrity: string };
      files: { path: string; integrity: string }[];
    };
    expect(summary.cdnEntry.url).to.match(/^https:\/\/cdn\.jsdelivr\.net\/npm\/nsiw-widgets@\d+\.\d+\.\d+\/dist\/nsiw-widgets\.js$/);
    expect(summary.files.map((file) => file.path)).to.include.members(['nsiw-widgets.js', 'nsiw-feed.schema.json']);
    // The test server recompiles the JavaScript it serves, so the schema stands in for every file: the
    // summary hashes them all the same way, and here the browser checks that way against bytes it gets.
    const schema = summary.files.find((file) => file.path === 'nsiw-feed.schema.json')!;
    const response = await fetch('/dist/nsiw-feed.schema.json', { integrity: schema.integrity, cache: 'no-store' });
    expect(response.ok).to.equal(true);
    const tampered = schema.integrity.replace(/^sha384-./, (start) => (start.endsWith('A') ? 'sha384-B' : 'sha384-A'));
    const refused = await fetch('/dist/nsiw-feed.schema.json', { integrity: tampered, cache: 'no-store' }).then(
      () => false,
      () => true,
    );
    expect(refused, 'a wrong hash is refused').to.equal(true);
  });
});
