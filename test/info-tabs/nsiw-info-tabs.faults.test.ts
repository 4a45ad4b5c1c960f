/**
 * `<nsiw-info-tabs src>` against real misbehaving feeds (test/support/fault-server.mjs): a slow feed,
 * HTTP 500 then 200, a redirect, removal and a change of `src` while the feed loads. Each test also
 * checks that nothing stays in flight and nothing escapes.
 */
import { expect } from '@open-wc/testing';
import '../../src/info-tabs/nsiw-info-tabs.js';
import type { NsiwInfoTabs } from '../../src/info-tabs/nsiw-info-tabs.js';
import { setLocale } from '../../src/core/i18n/localization.js';
import { checkNothingEscapesOrStays, faultFeed, settled } from '../support/fault-feeds.js';

/** Tabs from the fault feed at `src` (one tab, `about`), with the `nsiw-load` and `nsiw-error` events they fire counted. */
function tabsFor(src: string) {
  const element = document.createElement('nsiw-info-tabs');
  element.src = src;
  const fired = { load: 0, error: 0 };
  element.addEventListener('nsiw-load', () => (fired.load += 1));
  element.addEventListener('nsiw-error', () => (fired.error += 1));
  return { element, fired };
}

function part(element: NsiwInfoTabs, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function tabTitles(element: NsiwInfoTabs): string[] {
  return [...element.shadowRoot!.querySelectorAll('[role="tab"]')].map(text);
}

const { add } = checkNothingEscapesOrStays();

beforeEach(() => setLocale('en', { remember: false }));

describe('<nsiw-info-tabs> under faults', () => {
  it('is busy while a slow feed arrives, then shows its tabs', async () => {
    const { element, fired } = tabsFor(faultFeed({ delay: 1200 }).url);
    add(element);
    await element.updateComplete;
    expect(part(element, 'base')!.getAttribute('aria-busy')).to.equal('true');
    await settled(element);
    expect(part(element, 'base')!.getAttribute('aria-busy')).to.equal('false');
    expect(tabTitles(element)).to.deep.equal(['Event tab']);
    expect(fired).to.deep.equal({ load: 1, error: 0 });
  });

  it('shows HTTP 500 with a retry, and the tabs when the retry gets 200', async () => {
    const { element } = tabsFor(faultFeed({ status: '500,200' }).url);
    add(element);
    await settled(element);
    expect(text(part(element, 'error'))).to.contain('The feed could not be loaded (HTTP 500).');
    const recovered = settled(element);
    part(element, 'retry-button')!.click();
    await recovered;
    expect(tabTitles(element)).to.deep.equal(['Event tab']);
  });

  it('resolves the links in a redirected feed\'s tab text against where it was found', async () => {
    const { element } = tabsFor(faultFeed({ redirect: 1 }).url);
    add(element);
    await settled(element);
    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('[role="tabpanel"] a')!;
    expect(link.href).to.equal(new URL('/__faults/moved/0/network.html', location.href).href);
  });

  it('leaves quietly when removed while its feed loads, aborting the request', async () => {
    const feed = faultFeed({ hang: 1 });
    const { element, fired } = tabsFor(feed.url);
    add(element);
    await feed.until((requests) => requests.length === 1, 'the request did not reach the server');
    element.remove();
    await feed.until((requests) => requests[0].aborted, 'the server saw no abort');
    expect(fired).to.deep.equal({ load: 0, error: 0 });
  });

  it('shows the last src when src changes while loading, never the old feed', async () => {
    const old = faultFeed({ delay: 1500, title: 'Old' });
    const { element, fired } = tabsFor(old.url);
    add(element);
    await element.updateComplete;
    const shown: string[] = [];
    const observer = new MutationObserver(() => shown.push(text(element.shadowRoot)));
    observer.observe(element.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await old.until((requests) => requests.length === 1, 'the first request did not reach the server');
    element.src = faultFeed({ delay: 300, title: 'New' }).url;
    await settled(element);
    observer.disconnect();
    expect(tabTitles(element)).to.deep.equal(['New tab']);
    expect(shown.filter((snapshot) => snapshot.includes('Old'))).to.deep.equal([]);
    await old.until((requests) => requests[0].aborted, 'the first request was not aborted');
    expect(fired).to.deep.equal({ load: 1, error: 0 });
  });
});
