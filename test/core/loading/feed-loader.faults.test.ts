/**
 * The loader against real misbehaving feeds (served by test/support/fault-server.mjs): slow, silent,
 * cut off, huge, changing between attempts, failing then recovering, mislabelled and redirected. Each
 * test also checks that nothing stays in flight and nothing escapes as an unhandled error.
 */
import { expect } from '@open-wc/testing';
import { FeedHttpError, FeedJsonError, FeedNetworkError, FeedTimeoutError } from '../../../src/core/feed/errors.js';
import { feedRequestsInFlight, loadFeed } from '../../../src/core/loading/feed-loader.js';
import { validateInSlices } from '../../../src/core/validator/validate-in-slices.js';
import { validateFeed } from '../../../src/core/validator/validate.js';
import { OTHER_ORIGIN, checkNothingEscapesOrStays, countFreeMoments, faultFeed } from '../../support/fault-feeds.js';
import { rejectionOf } from '../../support/promises.js';

function titles(result: Awaited<ReturnType<typeof loadFeed>>): string[] {
  return result.feed.events.map((event) => event.title as string);
}

checkNothingEscapesOrStays();

describe('loadFeed under faults', () => {
  it('waits for a slow feed, counted in flight with its callers meanwhile', async () => {
    const feed = faultFeed({ delay: 1200, trickle: 150 });
    const first = loadFeed(feed.url);
    const second = loadFeed(feed.url);
    expect(feedRequestsInFlight().get(feed.url)).to.equal(2);
    const [result, again] = await Promise.all([first, second]);
    expect(titles(result)).to.deep.equal(['Event 0', 'Event 1']);
    expect(again).to.equal(result);
    expect(feedRequestsInFlight().has(feed.url)).to.equal(false);
    expect(await feed.requests()).to.have.length(1);
  });

  it('gives up on a feed that never answers after its timeout, and aborts the request', async () => {
    const feed = faultFeed({ hang: 1 });
    const loading = loadFeed(feed.url, { timeout: 400 });
    await feed.until((requests) => requests.length === 1, 'the request did not reach the server');
    const error = await rejectionOf(loading);
    expect(error).to.be.instanceOf(FeedTimeoutError);
    expect((error as Error).message).to.contain(feed.url);
    await feed.until((requests) => requests[0].aborted, 'the server saw no abort');
  });

  it('keeps the request going while another caller still waits, and aborts it when the last one leaves', async () => {
    const feed = faultFeed({ hang: 1 });
    const leaving = new AbortController();
    const staying = new AbortController();
    const callers = [loadFeed(feed.url, { signal: leaving.signal }), loadFeed(feed.url, { signal: staying.signal })];
    await feed.until((requests) => requests.length === 1, 'the request did not reach the server');
    leaving.abort();
    expect(await rejectionOf(callers[0])).to.have.property('name', 'AbortError');
    expect(feedRequestsInFlight().get(feed.url)).to.equal(1);
    // Give an abort that should not happen the time to reach the server.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await feed.requests())[0].aborted, 'aborted while a caller waited').to.equal(false);
    staying.abort();
    expect(await rejectionOf(callers[1])).to.have.property('name', 'AbortError');
    await feed.until((requests) => requests[0].aborted, 'the server saw no abort');
  });

  it('fails with FeedNetworkError when the connection drops mid-body, and tries again on the next call', async () => {
    const feed = faultFeed({ drop: 40 });
    expect(await rejectionOf(loadFeed(feed.url))).to.be.instanceOf(FeedNetworkError);
    expect(await rejectionOf(loadFeed(feed.url))).to.be.instanceOf(FeedNetworkError);
    expect(await feed.requests()).to.have.length(2);
  });

  it('fails with FeedJsonError for a body cut short, naming the feed', async () => {
    const feed = faultFeed({ truncate: 40 });
    const error = await rejectionOf(loadFeed(feed.url));
    expect(error).to.be.instanceOf(FeedJsonError);
    expect((error as Error).message).to.contain(`The feed at ${feed.url} is not valid JSON`);
  });

  it('reads a feed of 10 000 events whole, without holding the main thread for the whole load', async function () {
    // Not a limit on speed: room for a busy machine to download and validate 3 MB of feed.
    this.timeout(30_000);
    const feed = faultFeed({ events: 10_000 });
    const freeMoments = countFreeMoments();
    const result = await loadFeed(feed.url);
    expect(freeMoments.stop()).to.be.greaterThan(0);
    expect(result.feed.events).to.have.length(10_000);
    expect(result.skipped).to.deep.equal([]);
    expect(result.feed.events[9_999].title).to.equal('Event 9999');
  });

  it('validates a feed of 10 000 events in slices, giving the event loop back, with the result of one whole pass', async function () {
    this.timeout(30_000);
    const document = {
      version: 1,
      events: Array.from({ length: 10_000 }, (_, index) => ({
        id: `e${index}`,
        title: `Event ${index}`,
        start: '2023-10-12T12:30:00+02:00',
        timeZone: 'Europe/Oslo',
        ...(index === 5_000 ? { start: 'soon' } : {}),
      })),
    };
    // Counted from before the validation starts: a task queued now runs only if the validation yields.
    const freeMoments = countFreeMoments();
    const sliced = await validateInSlices(document, 'https://example.org/feed.json');
    expect(freeMoments.stop()).to.be.greaterThan(0);
    expect(sliced).to.deep.equal(validateFeed(document, 'https://example.org/feed.json'));
    expect(sliced.feed.events).to.have.length(9_999);
    expect(sliced.skipped.map((problem) => problem.index)).to.deep.equal([5_000]);
  });

  it('shares a result that is still fresh, and fetches past the HTTP cache on reload when the feed changed', async () => {
    // Cacheable for an hour, as a CDN might serve it; the second answer has other titles.
    const feed = faultFeed({ cache: 'max-age=3600', title: 'Old,New' });
    expect(titles(await loadFeed(feed.url))).to.deep.equal(['Old 0', 'Old 1']);
    expect(titles(await loadFeed(feed.url))).to.deep.equal(['Old 0', 'Old 1']);
    // The browser itself would answer from its HTTP cache... (WebKit's WebDriver session is ephemeral and
    // keeps no HTTP cache, so there a plain fetch reaches the server, and only the reload is checked.)
    const plain = ((await (await fetch(feed.url)).json()) as { events: { title: string }[] }).events[0].title;
    const browserCaches = navigator.userAgent.includes('Chrome/') || navigator.userAgent.includes('Firefox/');
    if (browserCaches) {
      expect(plain, 'answered from the HTTP cache').to.equal('Old 0');
      expect(await feed.requests()).to.have.length(1);
    }
    // ...but a reload (the retry button) asks the server, telling any cache on the way to revalidate.
    const before = (await feed.requests()).length;
    expect(titles(await loadFeed(feed.url, { reload: true }))).to.deep.equal(['New 0', 'New 1']);
    const requests = await feed.requests();
    expect(requests).to.have.length(before + 1);
    expect(requests.at(-1)!.cacheControl, 'the reload bypasses caches').to.match(/max-age=0|no-cache/);
  });

  it('fails with HTTP 500, then recovers on the retry when the server answers 200', async () => {
    const feed = faultFeed({ status: '500,200' });
    const error = await rejectionOf(loadFeed(feed.url));
    expect(error).to.be.instanceOf(FeedHttpError);
    expect(error).to.have.property('status', 500);
    expect(titles(await loadFeed(feed.url, { reload: true }))).to.deep.equal(['Event 0', 'Event 1']);
    expect(await feed.requests()).to.have.length(2);
  });

  it('reads JSON served with another content type, and reports an HTML page as not JSON', async () => {
    for (const type of ['text/plain', 'text/html', 'application/octet-stream']) {
      expect(titles(await loadFeed(faultFeed({ type }).url)), type).to.deep.equal(['Event 0', 'Event 1']);
    }
    const loginPage = faultFeed({ body: 'html' });
    const error = await rejectionOf(loadFeed(loginPage.url));
    expect(error).to.be.instanceOf(FeedJsonError);
    expect((error as Error).message).to.contain(loginPage.url);
  });

  it('follows redirects, and resolves relative links against where the feed was found', async () => {
    const feed = faultFeed({ redirect: 2 });
    const result = await loadFeed(feed.url);
    expect(titles(result)).to.deep.equal(['Event 0', 'Event 1']);
    expect((await feed.requests()).map((request) => request.kind)).to.deep.equal(['redirect', 'redirect', 'feed']);
    const finalUrl = new URL('/__faults/moved/0/feed', location.href);
    expect(result.feed.events[0].url).to.equal(new URL('events/e0.html', finalUrl).href);
    expect(result.feed.workshops[0].programUrl).to.equal(new URL('programme.html', finalUrl).href);
  });

  it('reads a feed on another origin that allows it (CORS), also through a redirect', async () => {
    expect(titles(await loadFeed(faultFeed({ cors: 1 }, OTHER_ORIGIN).url))).to.have.length(2);
    expect(titles(await loadFeed(faultFeed({ cors: 1, redirect: 1, to: OTHER_ORIGIN }).url))).to.have.length(2);
  });

  it('fails with FeedNetworkError for a feed on another origin that does not allow it, redirected or not', async () => {
    expect(await rejectionOf(loadFeed(faultFeed({}, OTHER_ORIGIN).url))).to.be.instanceOf(FeedNetworkError);
    expect(await rejectionOf(loadFeed(faultFeed({ redirect: 1, to: OTHER_ORIGIN }).url))).to.be.instanceOf(FeedNetworkError);
  });
});
