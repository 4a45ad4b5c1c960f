import { expect, waitUntil } from '@open-wc/testing';

/**
 * What the built CDN file (`npm run build` first) keeps about a visitor and whom it asks for what, on a
 * page that records every cookie and storage write from before the library loads (see the page).
 */
interface PrivacyPage extends Window {
  privacyWrites: string[];
}

const LOCALE_KEY = 'nsiw-widgets:locale';

async function openPage(path: string): Promise<{ page: PrivacyPage; iframe: HTMLIFrameElement }> {
  const iframe = document.createElement('iframe');
  iframe.src = new URL(path, import.meta.url).href;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return { page: iframe.contentWindow as PrivacyPage, iframe };
}

afterEach(() => localStorage.removeItem(LOCALE_KEY));

describe('the CDN build and the visitor’s privacy', () => {
  it('sets no cookie, stores only the feeds for the next page until the visitor picks a language, then that choice', async () => {
    localStorage.removeItem(LOCALE_KEY);
    const { page, iframe } = await openPage('./security-privacy-page.html');
    const rendered = (selector: string, part: string) =>
      page.document.querySelector(selector)?.shadowRoot?.querySelector(`[part~="${part}"]`);
    await waitUntil(
      () =>
        rendered('nsiw-language-toggle', 'button') &&
        rendered('nsiw-events', 'list') &&
        rendered('nsiw-info-tabs', 'tablist') &&
        rendered('nsiw-workshop-series', 'list') &&
        page.document.querySelector('nsiw-events > script[type="application/ld+json"]'),
      'not every element rendered',
      { timeout: 5000 },
    );
    // Only the feeds themselves, the page's own public content, kept in this tab's session for its next page
    // (stale-while-revalidate): one key per feed URL the page names, nothing about the visitor.
    const feedKey = (path: string) => `nsiw-widgets.feed.v1 ${new URL(path, page.location.href).href}`;
    const feedKeys = ['../fixtures/events.json', '../fixtures/hostile.json', '../workshop-series/series.json'].map(feedKey);
    await waitUntil(() => page.privacyWrites.length >= feedKeys.length, 'the feeds were not kept for the next page', { timeout: 5000 });
    const written = (writes: string[]) => writes.map((write) => write.slice(0, write.indexOf('=')));
    expect(written(page.privacyWrites).sort(), 'only the feeds written while the widgets load and render').to.deep.equal(
      feedKeys.map((key) => `sessionStorage setItem ${key}`).sort(),
    );

    const toggle = rendered('nsiw-language-toggle', 'button') as HTMLButtonElement;
    toggle.click();
    expect(page.privacyWrites.slice(feedKeys.length)).to.deep.equal([`localStorage setItem ${LOCALE_KEY}=${toggle.lang}`]);
    iframe.remove();
  });

  it('asks nothing of any origin but the page’s own: the feeds named there and the library’s own files', async () => {
    const { page, iframe } = await openPage('./security-privacy-page.html');
    await waitUntil(
      () => page.document.querySelector('nsiw-events')?.shadowRoot?.querySelector('[part~="list"]'),
      'the list did not render',
      { timeout: 5000 },
    );
    const requested = page.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.some((url) => url.includes('/dist/')), 'the test sees the library’s own requests').to.equal(true);
    expect(requested.filter((url) => new URL(url).origin !== page.location.origin)).to.deep.equal([]);
    iframe.remove();
  });
});
