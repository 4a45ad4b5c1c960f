/**
 * `<nsiw-workshop-card src workshop-id>` against real misbehaving feeds (test/support/fault-server.mjs):
 * a slow feed, HTTP 500 then 200, a redirect, removal and a change of `src` while the feed loads.
 * Each test also checks that nothing stays in flight and nothing escapes.
 */
import { expect } from '@open-wc/testing';
import '../../src/workshop-card/nsiw-workshop-card.js';
import type { NsiwWorkshopCard } from '../../src/workshop-card/nsiw-workshop-card.js';
import { setLocale } from '../../src/core/i18n/localization.js';
import { checkNothingEscapesOrStays, faultFeed, settled } from '../support/fault-feeds.js';

/** A card for the fault feeds' one workshop, with the `nsiw-load` and `nsiw-error` events it fires counted. */
function cardFor(src: string) {
  const element = document.createElement('nsiw-workshop-card');
  element.src = src;
  element.workshopId = 'w1';
  const fired = { load: 0, error: 0 };
  element.addEventListener('nsiw-load', () => (fired.load += 1));
  element.addEventListener('nsiw-error', () => (fired.error += 1));
  return { element, fired };
}

function part(element: NsiwWorkshopCard, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function busy(element: NsiwWorkshopCard): string | null {
  return part(element, 'base')!.getAttribute('aria-busy');
}

const { add } = checkNothingEscapesOrStays();

beforeEach(() => setLocale('en', { remember: false }));

describe('<nsiw-workshop-card> under faults', () => {
  it('is busy while a slow feed arrives, then shows the workshop', async () => {
    const { element, fired } = cardFor(faultFeed({ delay: 1200 }).url);
    add(element);
    await element.updateComplete;
    expect(busy(element)).to.equal('true');
    await settled(element);
    expect(busy(element)).to.equal('false');
    expect(text(part(element, 'title'))).to.contain('Event workshop');
    expect(fired).to.deep.equal({ load: 1, error: 0 });
  });

  it('shows HTTP 500 with a retry, and the workshop when the retry gets 200', async () => {
    const { element } = cardFor(faultFeed({ status: '500,200' }).url);
    add(element);
    await settled(element);
    expect(text(part(element, 'error'))).to.contain('The feed could not be loaded (HTTP 500).');
    const recovered = settled(element);
    part(element, 'retry-button')!.click();
    await recovered;
    expect(text(part(element, 'title'))).to.contain('Event workshop');
  });

  it('resolves the programme link of a redirected feed against where it was found', async () => {
    const { element } = cardFor(faultFeed({ redirect: 1 }).url);
    add(element);
    await settled(element);
    const expected = new URL('/__faults/moved/0/programme.html', location.href).href;
    expect(part(element, 'programme-link')!.getAttribute('href')).to.equal(expected);
  });

  it('leaves quietly when removed while its feed loads, aborting the request', async () => {
    const feed = faultFeed({ hang: 1 });
    const { element, fired } = cardFor(feed.url);
    add(element);
    await feed.until((requests) => requests.length === 1, 'the request did not reach the server');
    element.remove();
    await feed.until((requests) => requests[0].aborted, 'the server saw no abort');
    expect(fired).to.deep.equal({ load: 0, error: 0 });
  });

  it('shows the last src when src changes while loading, never the old feed', async () => {
    const old = faultFeed({ delay: 1500, title: 'Old' });
    const { element, fired } = cardFor(old.url);
    add(element);
    await element.updateComplete;
    const shown: string[] = [];
    const observer = new MutationObserver(() => shown.push(text(element.shadowRoot)));
    observer.observe(element.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await old.until((requests) => requests.length === 1, 'the first request did not reach the server');
    element.src = faultFeed({ delay: 300, title: 'New' }).url;
    await settled(element);
    observer.disconnect();
    expect(text(part(element, 'title'))).to.contain('New workshop');
    expect(shown.filter((snapshot) => snapshot.includes('Old'))).to.deep.equal([]);
    await old.until((requests) => requests[0].aborted, 'the first request was not aborted');
    expect(fired).to.deep.equal({ load: 1, error: 0 });
  });
});
