import { expect, waitUntil } from '@open-wc/testing';
import { text } from '../support/dom.js';

/**
 * A page as `nsiw-widgets/render` sends it (test/support/render-server.mjs renders it on request), opened
 * as visitors open it: without JavaScript (a frame whose sandbox runs no script), and with the CDN build
 * taking the rendered content over under the strict Content-Security-Policy.
 */
interface RenderedPage extends Window {
  layoutShifts: number[];
  consoleErrors: string[];
  policyViolations: string[];
  feedOutcomes: string[];
}

const PAGE = '/__render/test/render/rendered-page.html';
const LOCALE_KEY = 'nsiw-widgets:locale';
/** The elements of the page that read a feed (the series' cards are given theirs). */
const FEED_ELEMENTS = 6;
const WAIT = { timeout: 8000 };

async function open(query: string, { scripts }: { scripts: boolean }): Promise<{ page: RenderedPage; iframe: HTMLIFrameElement }> {
  localStorage.removeItem(LOCALE_KEY);
  const iframe = document.createElement('iframe');
  // Wide enough for the info tabs to show as tabs, tall enough that nothing scrolls.
  iframe.style.cssText = 'width: 1024px; height: 3000px';
  if (!scripts) iframe.sandbox.add('allow-same-origin');
  iframe.src = `${PAGE}?${query}`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return { page: iframe.contentWindow as RenderedPage, iframe };
}

const shadowText = (page: Window, selector: string, index = 0) => text(page.document.querySelectorAll(selector)[index]?.shadowRoot ?? null);

/** The titles each element of the page shows (a series, those of its cards), each as often as it is shown. */
function titlesByElement(page: Window): string[][] {
  const titlesIn = (root: ShadowRoot) => [...root.querySelectorAll('[part~="title"]')].map((title) => text(title));
  return [...page.document.querySelectorAll('nsiw-events, nsiw-workshop-series, nsiw-workshop-card')].map((host) =>
    host.localName === 'nsiw-workshop-series'
      ? [...host.shadowRoot!.querySelectorAll('nsiw-workshop-card')].flatMap((card) => titlesIn(card.shadowRoot!))
      : titlesIn(host.shadowRoot!),
  );
}

async function settled(page: RenderedPage): Promise<void> {
  await waitUntil(() => page.feedOutcomes.length === FEED_ELEMENTS, 'not every element loaded its feed', WAIT);
  // The elements render in the task after their feed's outcome.
  await new Promise((resolve) => page.requestAnimationFrame(() => page.setTimeout(resolve)));
}

afterEach(() => {
  for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
  localStorage.removeItem(LOCALE_KEY);
});

describe('a rendered page without JavaScript', () => {
  for (const [locale, title, date, tab] of [
    ['nb', 'Nettverksmøte i København', 'torsdag 18. mars 2027', 'Om prosjektet'],
    ['en', 'Network meeting in Copenhagen', 'Thursday 18 March 2027', 'About the project'],
  ]) {
    it(`shows the titles, dates and tab texts in ${locale}`, async () => {
      const { page } = await open(`locale=${locale}&now=2026-12-01T12:00:00Z`, { scripts: false });
      expect(page.document.querySelector('nsiw-events')!.shadowRoot, 'a declarative shadow root').to.exist;
      const upcoming = shadowText(page, 'nsiw-events');
      expect(upcoming).to.contain(title);
      expect(upcoming).to.contain(date);
      const datetimes = [...page.document.querySelector('nsiw-events')!.shadowRoot!.querySelectorAll('time[datetime]')];
      expect(datetimes.length, '<time datetime> for each date').to.be.greaterThan(0);
      const tabs = page.document.querySelector('nsiw-info-tabs')!.shadowRoot!;
      expect(text(tabs.querySelector('[role="tab"]'))).to.equal(tab);
      // Without script the tabs cannot switch: every panel shows, each under its title.
      const panels = [...tabs.querySelectorAll<HTMLElement>('[part~="panel"]')];
      expect(panels.length).to.equal(4);
      for (const panel of panels) expect(page.getComputedStyle(panel).display, 'every panel shows').to.not.equal('none');
      expect(shadowText(page, 'nsiw-events', 2)).to.contain('Innebygd arrangement');
      expect(page.document.querySelector('nsiw-events[structured-data] > script[type="application/ld+json"]')?.textContent).to.contain(
        '"@type":"Event"',
      );
    });
  }

  it('has no serious accessibility violations (axe)', async () => {
    const response = await fetch(`${PAGE}?locale=nb`);
    const body = /<body>([\s\S]*)<\/body>/.exec(await response.text())![1];
    const container = document.createElement('div');
    // The test page defines no element: they stay as a browser without JavaScript shows them.
    (container as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(body);
    document.body.append(container);
    try {
      expect(container.querySelector('nsiw-events')!.shadowRoot, 'declarative shadow roots parsed').to.exist;
      await expect(container).to.be.accessible();
    } finally {
      container.remove();
    }
  });
});

describe('a rendered page once the library arrives', () => {
  it('keeps the rendered content in place, shows nothing twice, and breaks no policy', async () => {
    const { page } = await open('csp=1', { scripts: true });
    await settled(page);
    const shown = titlesByElement(page);
    expect(
      shown.map((titles) => titles.length),
      'titles shown by each element',
    ).to.deep.equal([3, 2, 1, 3, 1]);
    for (const titles of shown) expect(titles, 'no title twice').to.deep.equal([...new Set(titles)]);
    const shifted = page.layoutShifts.reduce((sum, shift) => sum + shift, 0);
    expect(shifted, 'cumulative layout shift').to.be.below(0.01);
    expect(page.consoleErrors).to.deep.equal([]);
    expect(page.policyViolations).to.deep.equal([]);
    expect(page.feedOutcomes.filter((outcome) => outcome.startsWith('error'))).to.deep.equal([]);
  });

  it('switches language with the toggle and tabs with a click', async () => {
    const { page } = await open('csp=1', { scripts: true });
    await settled(page);
    const toggle = page.document.querySelector('nsiw-language-toggle')!.shadowRoot!.querySelector('button')!;
    expect(text(toggle)).to.equal('To English version');
    toggle.click();
    await waitUntil(() => shadowText(page, 'nsiw-events').includes('Network meeting in Copenhagen'), 'the list did not turn English', WAIT);
    const tabs = page.document.querySelector('nsiw-info-tabs')!.shadowRoot!;
    const second = tabs.querySelectorAll<HTMLElement>('[role="tab"]')[1];
    second.click();
    await waitUntil(() => second.getAttribute('aria-selected') === 'true', 'the second tab was not selected', WAIT);
    expect(text(second)).to.equal('Background');
  });

  it('drops an event that has ended since the page was rendered', async () => {
    const { page: rendered, iframe } = await open('now=2023-10-01T00:00:00Z', { scripts: false });
    expect(shadowText(rendered, 'nsiw-events')).to.contain('Integreringsarbeid på bakkenivå');
    // Gone before the page opens again with scripts: WebKit ran no script in a second frame of the same
    // address while the sandboxed one was open.
    iframe.remove();
    const { page } = await open('now=2023-10-01T00:00:00Z', { scripts: true });
    await settled(page);
    expect(shadowText(page, 'nsiw-events')).to.not.contain('Integreringsarbeid på bakkenivå');
    expect(shadowText(page, 'nsiw-events')).to.contain('Webinar: Skjønn og mestring');
  });

  it('replaces content rendered from an older feed with the fresh one', async () => {
    const query = 'feed=test/render/stale-feed.json&now=2023-10-01T00:00:00Z';
    const { page: rendered, iframe } = await open(query, { scripts: false });
    expect(shadowText(rendered, 'nsiw-events')).to.contain('Et eldre arrangement');
    expect(text(rendered.document.querySelector('nsiw-info-tabs')!.shadowRoot!.querySelector('[role="tab"]'))).to.equal('Eldre fane');
    iframe.remove();
    const { page } = await open(query, { scripts: true });
    await settled(page);
    expect(shadowText(page, 'nsiw-events')).to.not.contain('Et eldre arrangement');
    expect(shadowText(page, 'nsiw-workshop-card')).to.contain('N-SIW-workshop i København');
    expect(text(page.document.querySelector('nsiw-info-tabs')!.shadowRoot!.querySelector('[role="tab"]'))).to.equal('Om prosjektet');
  });
});
