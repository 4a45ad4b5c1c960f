/**
 * `<nsiw-events>` against real misbehaving feeds (served by test/support/fault-server.mjs), beyond what
 * every feed element does (test/support/feed-element-suite.ts, run in nsiw-events.test.ts): what a
 * visitor sees, and which events the page gets, when the feed is silent, cut off, huge or mislabelled,
 * when another element shares it, and when the element moves in the page or changes `src` while its feed
 * loads. Each test also checks that nothing stays in flight and nothing escapes.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/events/nsiw-events.js';
import type { NsiwEvents } from '../../src/events/nsiw-events.js';
import type { FeedErrorDetail, FeedLoadDetail } from '../../src/core/element/feed-events.js';
import { FeedTimeoutError } from '../../src/core/feed/errors.js';
import { feedRequestsInFlight } from '../../src/core/loading/feed-loader.js';
import { setLocale } from '../../src/core/i18n/localization.js';
import { busy, nextOutcome, part, parts, text } from '../support/dom.js';
import { checkNothingEscapesOrStays, countFreeMoments, faultFeed } from '../support/fault-feeds.js';

/** An element showing every event of `src` (the fault feeds' events are in 2030), with its events counted. */
function eventsFor(src: string, limit?: number) {
  const element = document.createElement('nsiw-events');
  element.src = src;
  element.show = 'all';
  if (limit !== undefined) element.limit = limit;
  const fired = { load: [] as FeedLoadDetail[], error: [] as FeedErrorDetail[] };
  element.addEventListener('nsiw-load', (event) => fired.load.push((event as CustomEvent<FeedLoadDetail>).detail));
  element.addEventListener('nsiw-error', (event) => fired.error.push((event as CustomEvent<FeedErrorDetail>).detail));
  return { element, fired };
}

function titles(element: NsiwEvents): string[] {
  return parts(element, 'title').map(text);
}

/**
 * Holds back timers of 15 s and more (the loader's default timeout) until `fire()`, so that a feed
 * that never answers can time out without the test waiting 15 s.
 */
function holdLongTimers() {
  const realSetTimeout = window.setTimeout;
  const realClearTimeout = window.clearTimeout;
  const held = new Map<number, () => void>();
  let nextId = -1;
  window.setTimeout = ((handler: (...args: unknown[]) => void, delay = 0, ...args: unknown[]) => {
    if (delay < 15_000) return realSetTimeout(handler, delay, ...args);
    const id = nextId--;
    held.set(id, () => handler(...args));
    return id;
  }) as unknown as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id === undefined || !held.delete(id)) realClearTimeout(id);
  }) as typeof clearTimeout;
  return {
    get count() {
      return held.size;
    },
    fire() {
      const due = [...held.values()];
      held.clear();
      for (const callback of due) callback();
    },
    restore() {
      window.setTimeout = realSetTimeout;
      window.clearTimeout = realClearTimeout;
    },
  };
}

const { add } = checkNothingEscapesOrStays();

beforeEach(() => setLocale('en', { remember: false }));

describe('<nsiw-events> under faults', () => {
  it('says the feed took too long when it never answers, aborts the request, and offers a retry', async () => {
    const timers = holdLongTimers();
    try {
      const feed = faultFeed({ hang: 1 });
      const { element, fired } = eventsFor(feed.url);
      add(element);
      await feed.until((requests) => requests.length === 1, 'the request did not reach the server');
      expect(timers.count, 'the loader waits with a timeout').to.equal(1);
      const failed = nextOutcome(element);
      timers.fire();
      await failed;
      expect(fired.error).to.have.length(1);
      expect(fired.error[0].error).to.be.instanceOf(FeedTimeoutError);
      const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
      expect(text(alert)).to.contain('The feed took too long to load.');
      expect(part(element, 'retry-button')).to.exist;
      await feed.until((requests) => requests[0].aborted, 'the server saw no abort');
    } finally {
      timers.restore();
    }
  });

  it('shows an error, not part of the list, when the connection drops mid-body or the body is cut short', async () => {
    const dropped = eventsFor(faultFeed({ drop: 60 }).url);
    add(dropped.element);
    await nextOutcome(dropped.element);
    expect(text(part(dropped.element, 'error'))).to.contain('The feed could not be reached.');
    expect(part(dropped.element, 'list')).to.equal(null);

    const truncated = eventsFor(faultFeed({ truncate: 60 }).url);
    add(truncated.element);
    await nextOutcome(truncated.element);
    expect(text(part(truncated.element, 'error'))).to.contain('The feed is not valid JSON.');
    expect(part(truncated.element, 'list')).to.equal(null);
    expect([...dropped.fired.load, ...truncated.fired.load]).to.deep.equal([]);
  });

  it('renders only `limit` of 10 000 events, the soonest, without holding the main thread all the while', async function () {
    // Not a limit on speed: room for a busy machine to download and validate 3 MB of feed.
    this.timeout(30_000);
    const { element, fired } = eventsFor(faultFeed({ events: 10_000 }).url, 5);
    const freeMoments = countFreeMoments();
    add(element);
    await nextOutcome(element);
    expect(freeMoments.stop()).to.be.greaterThan(0);
    expect(fired.load[0].feed.events).to.have.length(10_000);
    const starts = [...element.shadowRoot!.querySelectorAll('[part~="event"] time')].map((time) => time.getAttribute('datetime'));
    expect(starts).to.deep.equal([0, 1, 2, 3, 4].map((hour) => `2030-01-01T0${hour}:00:00Z`));
    // Still responsive: a change of filter re-renders.
    element.limit = 2;
    await element.updateComplete;
    expect(titles(element)).to.have.length(2);
  });

  it('lists a feed served as text/plain, and reports an HTML page as not JSON', async () => {
    const plain = eventsFor(faultFeed({ type: 'text/plain' }).url);
    add(plain.element);
    await nextOutcome(plain.element);
    expect(titles(plain.element)).to.deep.equal(['Event 0', 'Event 1']);

    const page = eventsFor(faultFeed({ body: 'html' }).url);
    add(page.element);
    await nextOutcome(page.element);
    expect(text(part(page.element, 'error'))).to.contain('The feed is not valid JSON.');
  });

  it('lets a feed it shares keep loading for the element that stays when it is removed', async () => {
    const feed = faultFeed({ delay: 800 });
    const leaving = eventsFor(feed.url);
    const staying = eventsFor(feed.url);
    add(leaving.element);
    add(staying.element);
    await feed.until((requests) => requests.length === 1, 'the request did not reach the server');
    expect(feedRequestsInFlight().get(feed.url)).to.equal(2);
    leaving.element.remove();
    expect(feedRequestsInFlight().get(feed.url)).to.equal(1);
    await nextOutcome(staying.element);
    expect(titles(staying.element)).to.deep.equal(['Event 0', 'Event 1']);
    expect(leaving.fired).to.deep.equal({ load: [], error: [] });
    expect(await feed.requests()).to.have.length(1);
    expect((await feed.requests())[0].aborted).to.equal(false);
  });

  it('loads again when it is moved in the page while its feed loads', async () => {
    const feed = faultFeed({ delay: 400 });
    const { element, fired } = eventsFor(feed.url);
    add(element);
    await feed.until((requests) => requests.length === 1, 'the request did not reach the server');
    document.body.prepend(element);
    await nextOutcome(element);
    expect(titles(element)).to.deep.equal(['Event 0', 'Event 1']);
    expect(fired.load).to.have.length(1);
  });

  it('ignores its old feed arriving for another element while it loads the new src', async () => {
    const old = faultFeed({ delay: 300, title: 'Old' });
    const current = faultFeed({ delay: 1500, title: 'New' });
    const other = eventsFor(old.url);
    const { element, fired } = eventsFor(old.url);
    add(other.element);
    add(element);
    await old.until((requests) => requests.length === 1, 'the first request did not reach the server');
    element.src = current.url;
    const shown: string[] = [];
    const observer = new MutationObserver(() => shown.push(text(element.shadowRoot)));
    observer.observe(element.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await nextOutcome(other.element);
    expect(titles(other.element)).to.deep.equal(['Old 0', 'Old 1']);
    expect(busy(element), 'still loading the new src').to.equal('true');
    await nextOutcome(element);
    observer.disconnect();
    expect(titles(element)).to.deep.equal(['New 0', 'New 1']);
    expect(shown.filter((snapshot) => snapshot.includes('Old'))).to.deep.equal([]);
    expect(fired.load).to.have.length(1);
    await waitUntil(() => feedRequestsInFlight().size === 0, 'requests left in flight');
  });
});
