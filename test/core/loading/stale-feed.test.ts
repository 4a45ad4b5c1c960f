/**
 * Stale-while-revalidate: on a later page of the visit, the last good feed of a URL (kept in
 * `sessionStorage`) is shown at once and replaced by the fresh one, never shown after it; a stored value
 * that is not a good feed is ignored.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/events/nsiw-events.js';
import type { NsiwEvents } from '../../../src/events/nsiw-events.js';
import { storeFeed, storedFeed } from '../../../src/core/loading/feed-store.js';
import { validateFeed } from '../../../src/core/validator/validate.js';
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

  it('is shown at once also when its rich text holds a refused link (plain text there, as in the fresh feed)', async () => {
    const feed = faultFeed({ delay: 1500, title: 'Fresh' });
    // What an earlier page kept of a feed whose description links to javascript: (reported, and refused when shown).
    const kept = JSON.parse(storedDocument('Stale')) as { events: Record<string, unknown>[] };
    kept.events[0].description = 'See [the programme](javascript:alert(1)) and [the venue](venue.html).';
    const earlier = validateFeed(kept, feed.url);
    expect(earlier.dropped, 'the refused link is reported').to.have.length(1);
    storeFeed(feed.url, earlier);
    const element = listOf(feed.url);
    document.body.append(element);
    try {
      await waitUntil(() => titles(element).length > 0, 'nothing was shown');
      expect(titles(element)).to.deep.equal(['Stale 0', 'Stale 1']);
    } finally {
      element.remove();
    }
  });

  it('gives way to the fresh one item by item: focus stays on the same event where the fresh feed moves it', async () => {
    // Fresh: e0, e2 and e1 in date order; stored: e0 and e1.
    const feed = faultFeed({ delay: 1500, events: 3, title: 'Fresh' });
    sessionStorage.setItem(keyOf(feed.url), storedDocument('Stale'));
    const element = listOf(feed.url);
    const loaded = oneEvent(element, 'nsiw-load');
    document.body.append(element);
    try {
      await waitUntil(() => parts(element, 'calendar-button').length === 2, 'the stored feed was not shown');
      const button = parts(element, 'calendar-button')[1];
      button.focus();
      expect(text(button)).to.equal('Add to calendar: Stale 1');
      await loaded;
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['Fresh 0', 'Fresh 2', 'Fresh 1']);
      expect(text(element.shadowRoot!.activeElement), 'the focused button').to.equal('Add to calendar: Fresh 1');
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
      'an event whose link validation removes',
      '{"version": 1, "events": [{"id": "x", "title": "Linked", "start": "2030-01-01T00:00:00Z", "url": "javascript:alert(1)"}]}',
    ],
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

  it('is kept when the fresh load fails, saying it may be out of date, and "Try again" keeps it until the fresh one comes', async () => {
    const feed = faultFeed({ status: '500,200', delay: '300,400', title: 'Fresh' });
    sessionStorage.setItem(keyOf(feed.url), storedDocument('Stale'));
    const element = listOf(feed.url);
    const failed = oneEvent(element, 'nsiw-error');
    document.body.append(element);
    try {
      await failed;
      await element.updateComplete;
      expect(titles(element), 'the stored list stays').to.deep.equal(['Stale 0', 'Stale 1']);
      expect(part(element, 'error'), 'no error state in its place').to.equal(null);
      const notice = part(element, 'stale-notice')!;
      expect(text(notice.querySelector('p'))).to.equal('This may be out of date. The feed could not be loaded (HTTP 500).');
      expect(text(notice.querySelector('[part~="retry-button"]'))).to.equal('Try again');
      expect(
        await element.loaded!.then(
          () => 'resolved',
          (error: Error) => error.message,
        ),
      ).to.contain('500');

      const retried = oneEvent(element, 'nsiw-load');
      notice.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await element.updateComplete;
      expect(titles(element), 'the stored list stays while it tries again').to.deep.equal(['Stale 0', 'Stale 1']);
      expect(text(part(element, 'loading')), 'saying so above it').to.equal('Loading events…');
      await retried;
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['Fresh 0', 'Fresh 1']);
      expect(part(element, 'stale-notice')).to.equal(null);
      expect(part(element, 'loading')).to.equal(null);
    } finally {
      element.remove();
    }
  });
});
