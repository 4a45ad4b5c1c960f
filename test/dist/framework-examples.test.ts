import { expect, waitUntil } from '@open-wc/testing';
import { type ExamplePage, WAIT, examplesUrl, openExample, closeExample, examplePart, localeButton } from '../support/examples.js';
import { text } from '../support/dom.js';

/**
 * The framework examples that their frameworks' own build tools produce (`npm run build:examples`):
 * examples/next (Next.js, App Router, rendered at build time and hydrated), examples/angular (the Angular
 * CLI), examples/astro (a static Astro page) and examples/eleventy (a static Eleventy site). Next.js,
 * Astro and Eleventy render the widgets' content into the built HTML (`nsiw-widgets/render`): the tests
 * read that HTML as a crawler would, then open each built page in a frame, as a visitor would open it,
 * and wait for what the visitor sees. (test/dist/examples.test.ts does the same for the React, Vue and
 * Svelte examples.)
 */

// A test that failed left its frame open: close it, so that it cannot act on the next test's page.
afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => closeExample(iframe)));


/** The lines the example app writes on its page, one per event its handlers received. */
const received = (page: ExamplePage) => [...page.document.querySelectorAll('#received li')].map(text);

async function served(path: string): Promise<string> {
  const response = await fetch(new URL(path, examplesUrl));
  expect(response.ok, `examples/${path} is missing: run \`npm run build:examples\``).to.equal(true);
  return response.text();
}

/**
 * The texts of the parts `name` in the content rendered for the first `tag` of a page's HTML, read as a
 * client without scripts reads it: `DOMParser` leaves each `<template shadowrootmode>` a template.
 */
function renderedParts(html: string, tag: string, name: string): string[] {
  const element = new DOMParser().parseFromString(html, 'text/html').querySelector(tag);
  const content = element?.querySelector<HTMLTemplateElement>(':scope > template[shadowrootmode="open"]')?.content;
  return [...(content?.querySelectorAll(`[part~="${name}"]`) ?? [])].map(text);
}

/**
 * What the built HTML of every rendered example holds, before any script: the list's three events from
 * the app's `now` date, with their titles and dates; the card's workshop, ongoing; the feed's four tab
 * titles; the toggle's button.
 */
function expectRenderedContent(html: string): void {
  expect(renderedParts(html, 'nsiw-events', 'title')).to.deep.equal([
    'N-SIW workshop in Oslo',
    'Street-level integration work: policy and practice in the Nordic countries',
    'N-SIW workshop in Copenhagen',
  ]);
  expect(renderedParts(html, 'nsiw-events', 'when')).to.deep.equal([
    '12–13 October 2023',
    'Thursday 12 October 2023, 12:30–16:30 CEST',
    '18–19 April 2024',
  ]);
  expect(renderedParts(html, 'nsiw-workshop-card', 'title')).to.deep.equal(['N-SIW workshop in Oslo']);
  expect(renderedParts(html, 'nsiw-workshop-card', 'status-ongoing')).to.have.length(1);
  expect(renderedParts(html, 'nsiw-info-tabs', 'tab')).to.deep.equal(['About the project', 'Background', 'The workshop series', 'Contact']);
  expect(renderedParts(html, 'nsiw-language-toggle', 'button')).to.have.length(1);
}

/** A Lit element: `hasUpdated` once it has rendered itself. */
type RenderedByItself = HTMLElement & { hasUpdated: boolean };

/**
 * What every example shows once its framework has rendered (and, where it renders on a server, hydrated):
 * the card the app's own workshop object, ongoing on the app's `now` date; the list the three events from
 * that date on. A card without its object says "No workshop chosen" instead, and has no title.
 */
async function expectWidgetsRendered(page: ExamplePage): Promise<void> {
  const doc = page.document;
  const card = () => doc.querySelector<RenderedByItself>('nsiw-workshop-card');
  const events = () => doc.querySelector<RenderedByItself>('nsiw-events');
  // Their own render, not a server's content that is there from the start.
  const rendered = () => !!card()?.hasUpdated && !!events()?.hasUpdated;
  await waitUntil(() => rendered() && examplePart(card(), 'title').length === 1 && examplePart(events(), 'event').length === 3, 'not rendered', WAIT).catch(
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
  it("the server sent the widgets' content: the events' titles and dates, the card, the tabs, the toggle", async () => {
    expectRenderedContent(await served('next/out/index.html'));
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

describe('examples/astro: a static Astro page, the content rendered by its middleware, the elements loaded by a client script', () => {
  it("the built HTML holds the widgets' content: the events' titles and dates, the card, the tabs, the toggle", async () => {
    expectRenderedContent(await served('astro/dist/index.html'));
  });

  it('the elements take over the server-rendered shadow roots, without a second copy, and the list reads the feed', async () => {
    const { page, iframe } = await openExample('astro/dist/index.html');
    await expectWidgetsRendered(page);
    const doc = page.document;
    // Taken over, not rendered again beside the server's copy.
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

describe('examples/eleventy: a static Eleventy site, the content rendered by its transform, the CDN build taking it over', () => {
  it("the built HTML holds the widgets' content: the events' titles and dates, the card, the tabs, the toggle", async () => {
    expectRenderedContent(await served('eleventy/dist/index.html'));
  });

  it('the elements take the rendered content over, one copy each, and follow a change of language', async () => {
    const { page, iframe } = await openExample('eleventy/dist/index.html');
    const doc = page.document;
    await expectWidgetsRendered(page);
    expect(examplePart(doc.querySelector('nsiw-workshop-card'), 'card')).to.have.length(1);
    expect(examplePart(doc.querySelector('nsiw-info-tabs'), 'tab')).to.have.length(4);
    await waitUntil(() => localeButton(page, 'nb'), 'no toggle', WAIT);
    localeButton(page, 'nb')!.click();
    await waitUntil(() => text(examplePart(doc.querySelector('nsiw-workshop-card'), 'title')[0]) === 'N-SIW-workshop i Oslo', 'the card did not follow', WAIT);
    expect(page.pageErrors).to.deep.equal([]);
    closeExample(iframe);
  });
});
