import { expect, waitUntil } from '@open-wc/testing';
import { type ExamplePage, WAIT, examplesUrl, openExample, closeExample, examplePart, localeButton } from '../support/examples.js';
import { text } from '../support/dom.js';

/**
 * The framework examples that their frameworks' own build tools produce (`npm run build:examples`):
 * examples/next (Next.js, App Router, rendered at build time and hydrated), examples/angular (the Angular
 * CLI) and examples/astro (a static Astro page). Each built page opens in a frame, as a visitor would open
 * it, and the tests wait for what the visitor sees. (test/dist/examples.test.ts does the same for the
 * React, Vue and Svelte examples.)
 */

// A test that failed left its frame open: close it, so that it cannot act on the next test's page.
afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => closeExample(iframe)));

/** Whether `html` matches `pattern`, asserted without printing the whole page when it does not. */
function expectMarkup(html: string, pattern: RegExp, message: string): void {
  expect(pattern.test(html), `${message} (${pattern})`).to.equal(true);
}


/** The lines the example app writes on its page, one per event its handlers received. */
const received = (page: ExamplePage) => [...page.document.querySelectorAll('#received li')].map(text);

async function served(path: string): Promise<string> {
  const response = await fetch(new URL(path, examplesUrl));
  expect(response.ok, `examples/${path} is missing: run \`npm run build:examples\``).to.equal(true);
  return response.text();
}

/**
 * What every example shows once its framework has rendered (and, where it renders on a server, hydrated):
 * the card the app's own workshop object, ongoing on the app's `now` date; the list the three events from
 * that date on. A card without its object says "No workshop chosen" instead, and has no title.
 */
async function expectWidgetsRendered(page: ExamplePage): Promise<void> {
  const doc = page.document;
  const card = () => doc.querySelector('nsiw-workshop-card');
  const events = () => doc.querySelector('nsiw-events');
  await waitUntil(() => examplePart(card(), 'title').length === 1 && examplePart(events(), 'event').length === 3, 'not rendered', WAIT).catch(
    (error: Error) => {
      // Say what the card shows instead ("No workshop chosen…" when its object never arrived).
      throw new Error(`${error.message}; the card shows: ${text(card()?.shadowRoot?.querySelector('[part]')) ?? 'nothing'}`);
    },
  );
  expect(examplePart(card(), 'missing-id'), 'the card got its workshop').to.have.length(0);
  expect(text(examplePart(card(), 'title')[0])).to.equal('N-SIW workshop in Oslo');
  // `now` is the first day of that workshop: the card says it is ongoing, the list starts on that day.
  expect(examplePart(card(), 'status-ongoing'), 'the card got its `now` date').to.have.length(1);
  expect(examplePart(events(), 'title').map(text)).to.deep.equal([
    'N-SIW workshop in Oslo',
    'Street-level integration work: policy and practice in the Nordic countries',
    'N-SIW workshop in Copenhagen',
  ]);
  expect(card()!.hasAttribute('workshop'), 'an object is a property, never an attribute').to.equal(false);
}

describe('examples/next: Next.js App Router, rendered at build time (static export) and hydrated', () => {
  it('the server sent the bare tags, without the properties that the components set once hydrated', async () => {
    const html = await served('next/out/index.html');
    expectMarkup(html, /<nsiw-workshop-card><\/nsiw-workshop-card>/, 'the card as the server rendered it');
    expectMarkup(html, /<nsiw-events><\/nsiw-events>/, 'the list as the server rendered it');
  });

  it('after hydration the card has its workshop and date, the list its limit', async () => {
    const { page, iframe } = await openExample('next/out/');
    await expectWidgetsRendered(page);
    expect((page.document.querySelector('nsiw-events') as HTMLElement & { limit: number }).limit).to.equal(3);
    expect(page.pageErrors, 'hydration mismatches are reported as errors').to.deep.equal([]);
    closeExample(iframe);
  });

  it('the handlers arrived: onLoad, onTabChange and onLocaleChange write what they received on the page', async () => {
    const { page, iframe } = await openExample('next/out/');
    await waitUntil(() => received(page).includes('load: 9 events, 0 skipped'), 'no onLoad', WAIT);
    const tabs = page.document.querySelector('nsiw-info-tabs');
    await waitUntil(() => examplePart(tabs, 'tab').length === 4 && localeButton(page, 'nb'), 'not rendered', WAIT);
    localeButton(page, 'nb')!.click();
    await waitUntil(() => received(page).includes('locale-change: nb'), 'no onLocaleChange', WAIT);
    examplePart(tabs, 'tab')[1].click();
    await waitUntil(() => received(page).includes('tab-change: bakgrunn'), 'no onTabChange', WAIT);
    expect(page.pageErrors).to.deep.equal([]);
    closeExample(iframe);
  });
});

describe('examples/angular: Angular 21 (CUSTOM_ELEMENTS_SCHEMA), built by the Angular CLI', () => {
  it('binds the workshop object, the date and the limit as properties, and runs the event bindings', async () => {
    await served('angular/dist/browser/index.html');
    const { page, iframe } = await openExample('angular/dist/browser/index.html');
    await expectWidgetsRendered(page);
    await waitUntil(() => received(page).includes('load: 9 events, 0 skipped'), 'no (nsiw-load)', WAIT);
    const tabs = page.document.querySelector('nsiw-info-tabs');
    await waitUntil(() => examplePart(tabs, 'tab').length === 4 && localeButton(page, 'nb'), 'not rendered', WAIT);
    localeButton(page, 'nb')!.click();
    await waitUntil(() => received(page).includes('locale-change: nb'), 'no (nsiw-locale-change)', WAIT);
    examplePart(tabs, 'tab')[1].click();
    await waitUntil(() => received(page).includes('tab-change: bakgrunn'), 'no (nsiw-tab-change)', WAIT);
    expect(page.pageErrors).to.deep.equal([]);
    closeExample(iframe);
  });
});

describe('examples/astro: a static Astro page, the shells rendered by Lit SSR, the elements loaded by a client script', () => {
  it('the built HTML holds the shells: the card its workshop, the list its loading state, as declarative shadow roots', async () => {
    const html = await served('astro/dist/index.html');
    expect(html.match(/<template shadowroot(?:mode)?="open"/g) ?? [], 'toggle, card and list').to.have.length(3);
    expectMarkup(html, /<nsiw-workshop-card[^>]*>\s*<template shadowroot[^]*N-SIW workshop in Oslo[^]*<\/nsiw-workshop-card>/, "the card's shell shows its workshop");
    expectMarkup(html, /<nsiw-events[^>]*>\s*<template shadowroot[^]*Loading events…[^]*<\/nsiw-events>/, "the list's shell is its loading state");
  });

  it('the elements take over the server-rendered shadow roots, without a second copy, and the list reads the feed', async () => {
    const { page, iframe } = await openExample('astro/dist/index.html');
    await expectWidgetsRendered(page);
    const doc = page.document;
    // Hydrated, not rendered again beside the server's copy.
    expect(examplePart(doc.querySelector('nsiw-workshop-card'), 'card')).to.have.length(1);
    expect(examplePart(doc.querySelector('nsiw-language-toggle'), 'button')).to.have.length(1);
    await waitUntil(() => received(page).includes('load: 9 events, 0 skipped'), 'no nsiw-load', WAIT);
    const tabs = doc.querySelector('nsiw-info-tabs');
    await waitUntil(() => examplePart(tabs, 'tab').length === 4 && localeButton(page, 'nb'), 'not rendered', WAIT);
    localeButton(page, 'nb')!.click();
    await waitUntil(() => received(page).includes('locale-change: nb'), 'no nsiw-locale-change', WAIT);
    examplePart(tabs, 'tab')[1].click();
    await waitUntil(() => received(page).includes('tab-change: bakgrunn'), 'no nsiw-tab-change', WAIT);
    await waitUntil(() => text(examplePart(doc.querySelector('nsiw-workshop-card'), 'title')[0]) === 'N-SIW-workshop i Oslo', 'the card did not follow', WAIT);
    expect(page.pageErrors).to.deep.equal([]);
    closeExample(iframe);
  });
});
