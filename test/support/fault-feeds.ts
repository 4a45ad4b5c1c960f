/**
 * The page's side of `fault-server.mjs`: URLs of misbehaving feeds, what the server saw of them, and
 * watchers for what must not happen while they load (errors that escape, a main thread that never frees).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { feedRequestsInFlight } from '../../src/core/loading/feed-loader.js';

/** One request the fault server received (see `fault-server.mjs`). */
export interface FaultRequest {
  path: string;
  kind: 'redirect' | 'feed';
  aborted: boolean;
  /** The request's Cache-Control header, or null. */
  cacheControl: string | null;
}

export interface FaultFeed {
  /** The absolute URL of the feed; unique, so that no result shared by the loader stands in for it. */
  url: string;
  /** What became of each request for it so far. */
  requests(): Promise<FaultRequest[]>;
  /** Waits until the server's record of the requests satisfies `test`. */
  until(test: (requests: FaultRequest[]) => boolean, message: string): Promise<void>;
}

const otherHostname = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';

/** The test page's origin under its other name (`localhost` / `127.0.0.1`): another origin, same server. */
export const OTHER_ORIGIN = `${location.protocol}//${otherHostname}:${location.port}`;

/**
 * A feed served as `options` say (see `fault-server.mjs`), from `origin`. Its id is random, because
 * both browsers run the same tests against the same server.
 */
export function faultFeed(options: Record<string, string | number> = {}, origin = location.origin): FaultFeed {
  const id = crypto.randomUUID();
  const query = new URLSearchParams({ id });
  for (const [key, value] of Object.entries(options)) query.set(key, String(value));
  const requests = async (): Promise<FaultRequest[]> =>
    (await fetch(`/__faults/log?id=${id}`, { cache: 'no-store' })).json() as Promise<FaultRequest[]>;
  return {
    url: `${origin}/__faults/feed?${query}`,
    requests,
    until: (test, message) => waitUntil(async () => test(await requests()), message, { timeout: 5000 }),
  };
}

/**
 * Counts the tasks the main thread gets to run (a `setTimeout(0)` chain) until `stop()`: more than
 * none means that whatever else ran in between did not hold the thread for the whole time.
 */
export function countFreeMoments(): { stop(): number } {
  let count = 0;
  let timer = setTimeout(function tick() {
    count += 1;
    timer = setTimeout(tick);
  });
  return {
    stop() {
      clearTimeout(timer);
      return count;
    },
  };
}

/**
 * Collects what escapes while it watches: unhandled promise rejections, uncaught errors and
 * `console.error` calls. `stop()` returns them, described.
 */
function watchForEscapes(): { stop(): string[] } {
  const escaped: string[] = [];
  const realError = console.error;
  const onRejection = (event: PromiseRejectionEvent) => escaped.push(`unhandled rejection: ${String(event.reason)}`);
  const onError = (event: ErrorEvent) => escaped.push(`uncaught error: ${event.message}`);
  window.addEventListener('unhandledrejection', onRejection);
  window.addEventListener('error', onError);
  console.error = (...args: unknown[]) => {
    // The library's own report of a failed feed (one per element) is meant; anything else escaped.
    if (!String(args[0]).startsWith('nsiw-widgets: <')) escaped.push(`console.error: ${args.map(String).join(' ')}`);
    realError.apply(console, args);
  };
  return {
    stop() {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
      console.error = realError;
      return escaped;
    },
  };
}

/**
 * Mocha hooks for a suite of fault tests: each test fails if an error escaped while it ran, or if a
 * feed request is still in flight after it (once the elements it added with `add` left the page).
 */
export function checkNothingEscapesOrStays(): { add<T extends Element>(element: T): T } {
  let escapes: ReturnType<typeof watchForEscapes>;
  const added: Element[] = [];
  beforeEach(() => {
    escapes = watchForEscapes();
  });
  afterEach(async () => {
    for (const element of added.splice(0)) element.remove();
    // Let a rejection that nobody handles surface before looking.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(escapes.stop(), 'errors that escaped').to.deep.equal([]);
    expect([...feedRequestsInFlight()], 'requests still in flight').to.deep.equal([]);
  });
  return {
    add(element) {
      added.push(element);
      document.body.append(element);
      return element;
    },
  };
}
