/**
 * Loads feeds for the elements: one request per feed URL per page, however many elements (and however
 * many copies of this library) ask for it, with each caller free to give up on its own.
 */
import { FeedCorsError, FeedError, FeedHttpError, FeedJsonError, FeedNetworkError, FeedTimeoutError, messageOf } from '../feed/errors.js';
import type { ValidatedFeed } from '../validator/validate.js';
import { pageBaseUrl, pageDocument } from '../environment.js';
import { lazyModule } from '../lazy-module.js';
import { requireValidator } from '../validator/require-validator.js';
import { validator } from '../validator/static-validator.js';

const jsonPosition = lazyModule(() => import('../feed/json-position.js'));
/** The parser of big bodies, in slices: a chunk of its own, which a feed of some thousand events never loads. */
const slicedJson = lazyModule(() => import('./sliced-json.js'));
/** Bytes above which a body is parsed in slices: in one task, a megabyte of JSON takes some 15 ms to parse. */
const PARSE_IN_SLICES_ABOVE = 2 ** 20;

/** How one caller wants its feed. */
export interface LoadFeedOptions {
  /** Aborting it rejects this caller's promise with the signal's reason; others keep waiting. */
  signal?: AbortSignal;
  /** Milliseconds this caller waits before failing with a FeedTimeoutError; default 15 000, `Infinity` for no limit. */
  timeout?: number;
  /** Fetch again, bypassing both this page's shared result and the HTTP cache (a retry button). */
  reload?: boolean;
}

const DEFAULT_TIMEOUT = 15_000;
/** How long a fetched feed is reused on this page before another caller fetches it again. */
const FRESH_FOR = 5 * 60_000;

/**
 * One fetch of a feed's raw JSON, shared page-wide. Every copy of the library on the page (another
 * version, a CDN build beside a bundled one) finds these under the same global symbol, so this shape is
 * a contract between copies: change it only together with the symbol's version.
 */
interface SharedRequest {
  /** The parsed JSON; rejects with a FeedError, or with the abort reason once nobody waits. */
  readonly document: Promise<unknown>;
  /** When the document arrived (epoch ms); `undefined` while the request is in flight. */
  receivedAt: number | undefined;
  /**
   * Where the document was found, after redirects: the base of its relative links. Set when it arrives;
   * copies of the library that predate it leave it out, and the requested URL stands in.
   */
  url?: string;
  /** Callers waiting while it is in flight; when the last one gives up, the fetch is aborted. */
  waiting: number;
  readonly controller: AbortController;
}

const REQUESTS = Symbol.for('nsiw-widgets.feeds.v1');

function sharedRequests(): Map<string, SharedRequest> {
  const global = globalThis as typeof globalThis & { [REQUESTS]?: Map<string, SharedRequest> };
  return (global[REQUESTS] ??= new Map());
}

/**
 * JSON text parsed by the engine's own parser, as `response.json()` does: the page's global `JSON.parse`
 * may have been replaced (a legacy framework's date reviver turns every date into a `Date`).
 */
export function parseJson(text: string): Promise<unknown> {
  return new Response(text).json().catch((engineError: unknown) => {
    // WebKit refuses with a DOMException that says neither what nor where ("The string did not match the
    // expected pattern."); the page's parser, trusted for its errors if not for its values, throws one
    // that says both.
    JSON.parse(text);
    throw engineError;
  });
}

/**
 * The FeedJsonError for `text`, which `cause` says is not JSON: its message names where (`line N, column M`,
 * found by a scanner loaded on demand), as not every engine's own message does.
 */
export async function jsonError(what: string, text: string, cause: unknown, feedUrl?: string): Promise<FeedJsonError> {
  // The position helps; the error stands without it (a scanner that could not be loaded).
  const position = (await jsonPosition.load())?.jsonErrorPosition(text);
  const where = position ? `line ${position.line}, column ${position.column}: ` : '';
  const error = new FeedJsonError(`${what} is not valid JSON: ${where}${messageOf(cause)}`, { feedUrl, cause });
  Object.assign(error, position);
  return error;
}

/** The parsed JSON at `feedUrl`, and the URL it was found at after redirects. */
async function fetchDocument(feedUrl: string, reload: boolean, signal: AbortSignal): Promise<{ json: unknown; url: string }> {
  let body: ArrayBuffer;
  let url: string;
  try {
    const response = await fetch(feedUrl, {
      signal,
      cache: reload ? 'no-cache' : 'default',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) throw new FeedHttpError(response.status, response.statusText, { feedUrl });
    url = response.url || feedUrl;
    body = await response.arrayBuffer();
  } catch (cause) {
    if (signal.aborted) throw signal.reason;
    if (cause instanceof FeedError) throw cause;
    const page = pageDocument()?.location.origin;
    // The browser says only "failed to fetch"; from another origin (or a file:// page), CORS is the likely cause.
    if (page && (page === 'null' || new URL(feedUrl).origin !== page)) {
      throw new FeedCorsError(
        `The feed at ${feedUrl} could not be read from ${page}: its server must send Access-Control-Allow-Origin (CORS) (${messageOf(cause)})`,
        { feedUrl, cause },
      );
    }
    throw new FeedNetworkError(`The feed at ${feedUrl} could not be fetched: ${messageOf(cause)}`, { feedUrl, cause });
  }
  try {
    // The bytes parsed as they came: a feed's text made a string, then bytes again for the parser, was
    // two more long tasks for a big feed. A big one in slices (without its chunk, whole all the same).
    const sliced = body.byteLength > PARSE_IN_SLICES_ABOVE ? await slicedJson.load() : null;
    return { json: await (sliced ? sliced.parseJsonInSlices(body) : new Response(body).json()), url };
  } catch {
    // Again from its text, which the error's position and WebKit's wordless refusal (see parseJson) need.
    const text = new TextDecoder().decode(body);
    try {
      return { json: await parseJson(text), url };
    } catch (cause) {
      throw await jsonError(`The feed at ${feedUrl}`, text, cause, feedUrl);
    }
  }
}

/** The shared request for `feedUrl`: the one in flight or still fresh, else a new one. */
function requestFor(feedUrl: string, reload: boolean): SharedRequest {
  const requests = sharedRequests();
  const existing = requests.get(feedUrl);
  if (
    existing &&
    !reload &&
    !existing.controller.signal.aborted &&
    (existing.receivedAt === undefined || Date.now() - existing.receivedAt < FRESH_FOR)
  ) {
    return existing;
  }
  const controller = new AbortController();
  const request: SharedRequest = {
    // Stamped in the first handler, so it is set before any caller sees the document.
    document: fetchDocument(feedUrl, reload, controller.signal).then(({ json, url }) => {
      request.receivedAt = Date.now();
      request.url = url;
      return json;
    }),
    receivedAt: undefined,
    waiting: 0,
    controller,
  };
  // Failures are not kept: the next caller tries again. This handler also keeps a rejection that no
  // caller waits for any more from being reported as unhandled.
  request.document.catch(() => {
    if (requests.get(feedUrl) === request) requests.delete(feedUrl);
  });
  requests.set(feedUrl, request);
  return request;
}

/** The request's document for one caller, who may abort or time out without disturbing the others. */
function waitFor(request: SharedRequest, feedUrl: string, signal: AbortSignal | undefined, timeout: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let waiting = true;
    const stopWaiting = (): void => {
      waiting = false;
      request.waiting -= 1;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const giveUp = (reason: unknown): void => {
      if (!waiting) return;
      stopWaiting();
      reject(reason);
      if (request.waiting === 0 && request.receivedAt === undefined) {
        const requests = sharedRequests();
        if (requests.get(feedUrl) === request) requests.delete(feedUrl);
        request.controller.abort();
      }
    };
    const onAbort = (): void => giveUp(signal?.reason);
    // setTimeout fires at once for delays beyond 2^31 - 1 ms, so longer ones wait that long (24.8 days).
    const timer =
      timeout === Infinity
        ? undefined
        : setTimeout(() => giveUp(new FeedTimeoutError(timeout, { feedUrl })), Math.min(timeout, 2 ** 31 - 1));
    request.waiting += 1;
    signal?.addEventListener('abort', onAbort);
    request.document.then(
      (document) => {
        if (waiting) {
          stopWaiting();
          resolve(document);
        }
      },
      (error: unknown) => {
        if (waiting) {
          stopWaiting();
          reject(error);
        }
      },
    );
  });
}

// Validation is per copy of the library (each copy trusts only its own validator), but once per
// document: the elements sharing a feed share its result, and its problems are reported once.
const validatedDocuments = new WeakMap<object, Promise<ValidatedFeed>>();

function validated(document: unknown, feedUrl: string): Promise<ValidatedFeed> {
  if (typeof document !== 'object' || document === null)
    return requireValidator().then((checks) => checks.validateInSlices(document, feedUrl));
  let result = validatedDocuments.get(document);
  if (!result) {
    result = requireValidator().then(async (checks) => {
      const feed = await checks.validateInSlices(document, feedUrl);
      checks.warnProblems(feed, feedUrl);
      return feed;
    });
    validatedDocuments.set(document, result);
  }
  return result;
}

/**
 * For tests and debugging, not part of the package's API: the feed requests in flight on this page (from
 * every copy of the library), each feed URL with the number of callers waiting for it. Empty once
 * nothing loads: a caller that gives up stops counting, and the request is aborted when the last gives up.
 * @internal
 */
export function feedRequestsInFlight(): Map<string, number> {
  const inFlight = new Map<string, number>();
  for (const [feedUrl, request] of sharedRequests()) {
    if (request.receivedAt === undefined) inFlight.set(feedUrl, request.waiting);
  }
  return inFlight;
}

/**
 * Loads and validates the feed at `url` (resolved against the page's base URL). Concurrent callers for
 * the same URL share one request, and a successful result is reused for five minutes; a failure is not
 * kept. The promise rejects with a FeedError subclass naming the cause (network, HTTP status, JSON,
 * version, timeout), or with the caller's abort reason.
 */
export function loadFeed(url: string, options: LoadFeedOptions = {}): Promise<ValidatedFeed> {
  const { signal, timeout = DEFAULT_TIMEOUT, reload = false } = options;
  let feedUrl: string;
  try {
    // On a server there is no page to resolve against: an absolute URL needs none, a relative one fails here.
    const absolute = new URL(url, pageBaseUrl());
    // The fragment never reaches the server: `feed.json#x` is the same feed as `feed.json`.
    absolute.hash = '';
    feedUrl = absolute.href;
  } catch (cause) {
    const reason = pageBaseUrl() ? '' : ' (no page to resolve it against: give an absolute URL)';
    return Promise.reject(new FeedError(`The feed URL ${JSON.stringify(url)} is not a valid URL${reason}`, { cause }));
  }
  if (signal?.aborted) return Promise.reject(signal.reason);
  // The validator (a chunk of its own in the CDN build) loads while the feed is fetched.
  void validator.load();
  const request = requestFor(feedUrl, reload);
  return waitFor(request, feedUrl, signal, timeout).then((document) => validated(document, request.url ?? feedUrl));
}
