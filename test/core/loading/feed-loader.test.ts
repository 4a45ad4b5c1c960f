import { expect } from '@open-wc/testing';
import {
  FeedError,
  FeedFormatError,
  FeedHttpError,
  FeedJsonError,
  FeedNetworkError,
  FeedTimeoutError,
  FeedVersionError,
} from '../../../src/core/feed/errors.js';
import { loadFeed } from '../../../src/core/loading/feed-loader.js';
import { rejectionOf } from '../../support/promises.js';

const SHARED_REQUESTS = Symbol.for('nsiw-widgets.feeds.v1');
const VALID = JSON.stringify({ version: 1, events: [{ id: 'e1', title: 'Seminar', start: '2023-10-12', url: 'e1.html' }] });
const WITH_PROBLEMS = JSON.stringify({
  version: 1,
  events: [
    { id: 'ok', title: 'OK', start: '2023-10-12' },
    { id: 'bad', title: 'Bad', start: 'soon' },
    { id: 'link', title: 'Link', start: '2023-10-12', url: 'javascript:x' },
  ],
});

/** One request the fake `fetch` received, answered when and how the test decides. */
interface FakeRequest {
  url: string;
  init: RequestInit | undefined;
  signal: AbortSignal;
  respond(status: number, body: string, statusText?: string): void;
  fail(error: unknown): void;
}

let requests: FakeRequest[];
let warnings: string[];
const realFetch = globalThis.fetch;
const realWarn = console.warn;
let feedCounter = 0;

/** A URL no other test used, so that tests do not share requests through the page-wide cache. */
function freshUrl(): string {
  feedCounter += 1;
  return `https://feeds.example.org/feed-${feedCounter}.json`;
}

function useFakeFetch(): void {
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init?.signal ?? new AbortController().signal;
      // Like the real fetch: aborting rejects with the signal's reason.
      signal.addEventListener('abort', () => reject(signal.reason));
      requests.push({
        url: String(input),
        init,
        signal,
        respond: (status, body, statusText = '') => resolve(new Response(body, { status, statusText })),
        fail: reject,
      });
    })) as typeof fetch;
}

beforeEach(() => {
  requests = [];
  warnings = [];
  (globalThis as Record<symbol, Map<string, unknown> | undefined>)[SHARED_REQUESTS]?.clear();
  console.warn = (message: unknown) => warnings.push(String(message));
});

afterEach(() => {
  globalThis.fetch = realFetch;
  console.warn = realWarn;
});

describe('loadFeed with a fake fetch', () => {
  beforeEach(useFakeFetch);

  it('makes one request for three concurrent callers, validates once and warns once per problem', async () => {
    const url = freshUrl();
    const callers = [loadFeed(url), loadFeed(url), loadFeed(url)];
    expect(requests).to.have.length(1);
    expect(requests[0].url).to.equal(url);
    requests[0].respond(200, WITH_PROBLEMS);
    const [first, second, third] = await Promise.all(callers);
    expect(first.feed.events.map((event) => event.id)).to.deep.equal(['ok', 'link']);
    expect(second).to.equal(first);
    expect(third).to.equal(first);
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain(url).and.contain('events[1]').and.contain('id=bad');
    expect(warnings[1]).to.contain('events[2]').and.contain('id=link');
  });

  it('resolves a relative feed URL against the page, and relative links against the feed', async () => {
    const loading = loadFeed('feeds/relative.json#events');
    const expectedUrl = new URL('feeds/relative.json', document.baseURI).href;
    expect(requests[0].url).to.equal(expectedUrl);
    // The same feed named absolutely, or with another fragment, shares the request.
    const again = loadFeed(`${expectedUrl}#other`);
    expect(requests).to.have.length(1);
    requests[0].respond(200, VALID);
    const result = await loading;
    expect(await again).to.equal(result);
    expect(result.feed.events[0].url).to.equal(new URL('feeds/e1.html', document.baseURI).href);
  });

  it('asks for JSON', () => {
    void loadFeed(freshUrl());
    expect(new Headers(requests[0].init?.headers).get('accept')).to.equal('application/json');
  });

  for (const [status, statusText] of [
    [404, 'Not Found'],
    [500, 'Internal Server Error'],
  ] as const) {
    it(`rejects with FeedHttpError for HTTP ${status}, naming the status`, async () => {
      const url = freshUrl();
      const loading = loadFeed(url);
      requests[0].respond(status, 'error page', statusText);
      const error = await rejectionOf(loading);
      expect(error).to.be.instanceOf(FeedHttpError);
      expect(error).to.be.instanceOf(FeedError);
      expect(error).to.include({ status, feedUrl: url, name: 'FeedHttpError' });
      expect((error as Error).message).to.equal(`HTTP ${status} ${statusText} for ${url}`);
    });
  }

  it('names the status alone when the server sends no reason phrase (HTTP/2)', async () => {
    const url = freshUrl();
    const loading = loadFeed(url);
    requests[0].respond(503, '');
    expect(((await rejectionOf(loading)) as Error).message).to.equal(`HTTP 503 for ${url}`);
  });

  it('rejects with FeedJsonError for malformed JSON', async () => {
    const url = freshUrl();
    const loading = loadFeed(url);
    requests[0].respond(200, '{"version": 1, "events": [');
    const error = await rejectionOf(loading);
    expect(error).to.be.instanceOf(FeedJsonError);
    expect((error as FeedJsonError).message).to.contain(`The feed at ${url} is not valid JSON`);
    expect((error as FeedJsonError).cause).to.be.instanceOf(SyntaxError);
  });

  it('rejects with FeedVersionError for a wrong version, naming it', async () => {
    const url = freshUrl();
    const loading = loadFeed(url);
    requests[0].respond(200, '{"version": 2}');
    const error = await rejectionOf(loading);
    expect(error).to.be.instanceOf(FeedVersionError);
    expect(error).to.include({ version: 2, feedUrl: url, message: 'Unsupported feed version 2 (expected 1)' });
  });

  it('rejects with FeedFormatError for JSON that is not an object', async () => {
    const loading = loadFeed(freshUrl());
    requests[0].respond(200, '[1, 2]');
    expect(await rejectionOf(loading)).to.be.instanceOf(FeedFormatError);
  });

  it('rejects with FeedNetworkError when fetch fails', async () => {
    const url = freshUrl();
    const loading = loadFeed(url);
    const cause = new TypeError('Failed to fetch');
    requests[0].fail(cause);
    const error = await rejectionOf(loading);
    expect(error).to.be.instanceOf(FeedNetworkError);
    expect(error).to.include({ cause, feedUrl: url });
    // The URL is on another origin than the page: the likely cause, CORS, is named with the browser's words.
    expect((error as Error).message).to.equal(
      `The feed at ${url} could not be read from ${location.origin}: its server must send Access-Control-Allow-Origin (CORS) (Failed to fetch)`,
    );
  });

  it('rejects with FeedTimeoutError after the timeout, and aborts the request nobody waits for', async () => {
    const url = freshUrl();
    const error = await rejectionOf(loadFeed(url, { timeout: 30 }));
    expect(error).to.be.instanceOf(FeedTimeoutError);
    expect(error).to.include({ timeout: 30, feedUrl: url });
    expect((error as Error).message).to.equal(`The feed at ${url} did not arrive within 0.03 s`);
    expect(requests[0].signal.aborted).to.equal(true);
  });

  it('waits without a limit for timeout: Infinity, and beyond the longest setTimeout delay', async () => {
    const url = freshUrl();
    const callers = [loadFeed(url, { timeout: Infinity }), loadFeed(url, { timeout: 2 ** 40 })];
    // Let an immediate timer, if any, fire first.
    await new Promise((resolve) => setTimeout(resolve));
    requests[0].respond(200, VALID);
    for (const result of await Promise.all(callers)) expect(result.feed.events).to.have.length(1);
  });

  it('does not keep a failure: the next call (the retry) fetches again and recovers', async () => {
    const url = freshUrl();
    const failing = loadFeed(url);
    requests[0].respond(500, '', 'Internal Server Error');
    expect(await rejectionOf(failing)).to.be.instanceOf(FeedHttpError);
    const retry = loadFeed(url, { reload: true });
    expect(requests).to.have.length(2);
    requests[1].respond(200, VALID);
    expect((await retry).feed.events).to.have.length(1);
    // A later caller gets the good result without another request.
    await loadFeed(url);
    expect(requests).to.have.length(2);
  });

  it('fetches again after a failure even without reload', async () => {
    const url = freshUrl();
    const failing = loadFeed(url);
    requests[0].fail(new TypeError('offline'));
    await rejectionOf(failing);
    void loadFeed(url);
    expect(requests).to.have.length(2);
  });

  it("rejects only the aborting caller, with its signal's reason, and lets the others finish", async () => {
    const url = freshUrl();
    const controller = new AbortController();
    const leaving = loadFeed(url, { signal: controller.signal });
    const staying = loadFeed(url);
    controller.abort();
    const error = await rejectionOf(leaving);
    expect(error).to.equal(controller.signal.reason);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(requests[0].signal.aborted).to.equal(false);
    requests[0].respond(200, VALID);
    expect((await staying).feed.events).to.have.length(1);
  });

  it('aborts the fetch when every caller has aborted, without an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      const url = freshUrl();
      const controllers = [new AbortController(), new AbortController()];
      const callers = controllers.map((controller) => loadFeed(url, { signal: controller.signal }));
      controllers[0].abort();
      expect(requests[0].signal.aborted).to.equal(false);
      controllers[1].abort(new Error('gone'));
      expect(requests[0].signal.aborted).to.equal(true);
      expect(await rejectionOf(callers[1])).to.have.property('message', 'gone');
      expect(await rejectionOf(callers[0])).to.have.property('name', 'AbortError');
      // A new caller starts a new request rather than joining the aborted one.
      void loadFeed(url);
      expect(requests).to.have.length(2);
      // Let any unhandled rejection surface before checking.
      await new Promise((resolve) => setTimeout(resolve));
      expect(unhandled).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });

  it('rejects at once for a signal that is already aborted, without fetching', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await rejectionOf(loadFeed(freshUrl(), { signal: controller.signal }))).to.equal(controller.signal.reason);
    expect(requests).to.have.length(0);
  });

  it('ignores an abort after the feed arrived', async () => {
    const url = freshUrl();
    const controller = new AbortController();
    const loading = loadFeed(url, { signal: controller.signal });
    requests[0].respond(200, VALID);
    const result = await loading;
    controller.abort();
    expect(result.feed.events).to.have.length(1);
    // The result stays shared: aborting late must not evict it.
    await loadFeed(url);
    expect(requests).to.have.length(1);
  });

  it('keeps a result fresh for five minutes, then fetches again', async () => {
    const url = freshUrl();
    const loading = loadFeed(url);
    requests[0].respond(200, VALID);
    const first = await loading;
    expect(await loadFeed(url)).to.equal(first);
    expect(requests).to.have.length(1);

    const realNow = Date.now;
    try {
      Date.now = () => realNow() + 4 * 60_000;
      await loadFeed(url);
      expect(requests).to.have.length(1);
      Date.now = () => realNow() + 6 * 60_000;
      const later = loadFeed(url);
      expect(requests).to.have.length(2);
      requests[1].respond(200, VALID);
      expect((await later).feed.events).to.have.length(1);
    } finally {
      Date.now = realNow;
    }
  });

  it('really refetches on reload, bypassing the HTTP cache, even when a fresh result exists', async () => {
    const url = freshUrl();
    const loading = loadFeed(url);
    requests[0].respond(200, VALID);
    await loading;
    expect(requests[0].init?.cache).to.equal('default');
    const reloading = loadFeed(url, { reload: true });
    expect(requests).to.have.length(2);
    expect(requests[1].init?.cache).to.equal('no-cache');
    requests[1].respond(200, WITH_PROBLEMS);
    expect((await reloading).feed.events).to.have.length(2);
  });

  it('rejects with a FeedError for a URL that cannot be parsed', async () => {
    const error = await rejectionOf(loadFeed('http://[invalid'));
    expect(error).to.be.instanceOf(FeedError);
    expect((error as Error).message).to.contain('"http://[invalid"');
    expect(requests).to.have.length(0);
  });

  it('keeps its requests where a second copy of the library finds them', async () => {
    const url = freshUrl();
    const loading = loadFeed(url);
    const registry = (globalThis as Record<symbol, Map<string, Record<string, unknown>>>)[SHARED_REQUESTS];
    const shared = registry.get(url);
    expect(shared).to.include({ waiting: 1, receivedAt: undefined });
    expect(shared?.document).to.be.instanceOf(Promise);
    expect(shared?.controller).to.be.instanceOf(AbortController);
    requests[0].respond(200, VALID);
    await loading;
    expect(shared?.receivedAt).to.be.a('number');
  });

  it('uses a request another copy of the library started, validating it itself, once', async () => {
    const url = freshUrl();
    const registry = (globalThis as Record<symbol, Map<string, unknown>>)[SHARED_REQUESTS];
    // What another copy (another script tag, another version) leaves in the page-wide registry.
    registry.set(url, {
      document: Promise.resolve(JSON.parse(WITH_PROBLEMS)),
      receivedAt: Date.now(),
      waiting: 0,
      controller: new AbortController(),
    });
    const [first, second] = await Promise.all([loadFeed(url), loadFeed(url)]);
    expect(requests).to.have.length(0);
    expect(first.feed.events.map((event) => event.id)).to.deep.equal(['ok', 'link']);
    expect(second).to.equal(first);
    expect(warnings).to.have.length(2);
  });
});

describe('loadFeed with real requests to the test server', () => {
  it('loads a fixture and resolves its links against its own URL', async () => {
    const result = await loadFeed('/test/fixtures/minimal.json');
    expect(result.skipped).to.deep.equal([]);
    expect(result.feed.events[0].url).to.equal(new URL('/test/fixtures/pages/seminar.html', location.href).href);
  });

  it('rejects with FeedHttpError 404 for a missing file', async () => {
    const error = await rejectionOf(loadFeed('/test/fixtures/does-not-exist.json'));
    expect(error).to.be.instanceOf(FeedHttpError);
    expect(error).to.have.property('status', 404);
  });

  it('rejects with FeedJsonError for a file that is not JSON', async () => {
    expect(await rejectionOf(loadFeed('/test/fixtures/not-json.json'))).to.be.instanceOf(FeedJsonError);
  });
});
