/**
 * Stale-while-revalidate: on a later page of the visit, the last good feed of a URL (kept in
 * `sessionStorage`) is shown at once and replaced by the fresh one, never shown after it; a stored value
 * that is not a good feed is ignored.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/events/nsiw-events.js';
import type { NsiwEvents } from '../../../src/events/nsiw-events.js';
import { storedFeed } from '../../../src/core/loading/feed-store.js';
import { setLocale } from '../../../src/core/i18n/localization.js';
import { busy, part, parts, settled, text } from '../../support/dom.js';
import { checkNothingEscapesOrStays, faultFeed } from '../../support/fault-feeds.js';

/** The storage key of a feed URL: the contract between a page and the next of the same visit. */
const keyOf = (url: string) => `nsiw-widgets.feed.v1 ${url}`;

function titles(element: NsiwEvents): string[] {
  return parts(element, 'title').map(text);
}

/** A stored feed as an earlier page would have left it, with events titled `<title> 0`, `<title> 1`. */
function storedDocument(title: string, count = 2): string {
  const events = Array.from({ length: count }, (_, index) => ({
    id: `e${index}`,
    title: `${title} ${index}`,
    start: `2030-01-01T${String(index % 24).padStart(2, '0')}:00:00Z`,
    timeZone: 'Europe/Oslo',
  }));
  return JSON.stringify({ version: 1, events });
}

function listOf(url: string): NsiwEvents {
  const element = document.createElement('nsiw-events');
  element.setAttribute('src', url);
  element.setAttribute('show', 'all');
  return element;
}

checkNothingEscapesOrStays();
beforeEach(() => setLocale('en', { remember: false }));
afterEach(() => sessionStorage.clear());

describe('the last good feed of the visit', () => {
  it('is shown at once, then replaced by the fresh one, which is kept for the next page', async () => {
    const feed = faultFeed({ delay: 1500, title: 'Fresh' });
    sessionStorage.setItem(keyOf(feed.url), storedDocument('Stale'));
    const element = listOf(feed.url);
    const loaded = oneEvent(element, 'nsiw-load');
    document.body.append(element);
    try {
      await waitUntil(() => titles(element).length > 0, 'the stored feed was not shown');
      expect(titles(element)).to.deep.equal(['Stale 0', 'Stale 1']);
      expect(busy(element), 'shown, not loading').to.equal('false');
      await loaded;
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['Fresh 0', 'Fresh 1']);
      await waitUntil(() => sessionStorage.getItem(keyOf(feed.url))?.includes('Fresh 0'), 'the fresh feed was not kept');
      expect(sessionStorage.getItem(keyOf(feed.url))).not.to.contain('Stale');
    } finally {
      element.remove();
    }
  });

  it('is never shown after the fresh one, even when reading it takes longer than the fresh one', async () => {
    const feed = faultFeed({ title: 'Fresh' });
    // Many events: validating them again takes slices, while the fresh feed is already there.
    sessionStorage.setItem(keyOf(feed.url), storedDocument('Stale', 3000));
    const element = listOf(feed.url);
    document.body.append(element);
    try {
      await oneEvent(element, 'nsiw-load');
      await storedFeed(feed.url);
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['Fresh 0', 'Fresh 1']);
    } finally {
      element.remove();
    }
  });

  for (const [what, stored] of [
    ['not JSON', '{"version": 1, "events": [{"id": "e0"'],
    ['JSON of another shape', '[1, 2, 3]'],
    ['a feed of another version', '{"version": 2, "events": []}'],
    [
      'hostile markup in place of a title',
      '{"version": 1, "events": [{"id": "x", "title": {"<img src=x onerror=alert(1)>": 5}, "start": "soon"}]}',
    ],
  ] as const) {
    it(`is ignored when what is stored is ${what}: the element loads as on a first page`, async () => {
      const feed = faultFeed({ delay: 300, title: 'Fresh' });
      sessionStorage.setItem(keyOf(feed.url), stored);
      const element = listOf(feed.url);
      document.body.append(element);
      try {
        await waitUntil(() => part(element, 'loading'), 'no loading state');
        await settled(element);
        expect(titles(element)).to.deep.equal(['Fresh 0', 'Fresh 1']);
        expect(element.shadowRoot!.querySelector('img, [part~="error"]')).to.equal(null);
      } finally {
        element.remove();
      }
    });
  }

  it('is not used by a retry, which shows only what the server answers now', async () => {
    const feed = faultFeed({ status: '500,200', title: 'Fresh' });
    sessionStorage.setItem(keyOf(feed.url), storedDocument('Stale'));
    const element = listOf(feed.url);
    document.body.append(element);
    try {
      // The stale list first, then the failed fresh load's error state in its place.
      await waitUntil(() => element.shadowRoot!.querySelector('[part~="retry-button"]'), 'no error state');
      const retried = oneEvent(element, 'nsiw-load');
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      // Rendered before any answer can have come (a fetch takes tasks; this is the next microtasks).
      await element.updateComplete;
      expect(part(element, 'loading'), 'the retry loads').not.to.equal(null);
      expect(titles(element), 'no stale list while retrying').to.deep.equal([]);
      await retried;
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['Fresh 0', 'Fresh 1']);
    } finally {
      element.remove();
    }
  });
});
