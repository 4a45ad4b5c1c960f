import { withoutCredentials } from './urls.js';

/**
 * The errors a feed can fail with as a whole. Each names its cause in English (the message is meant for
 * webmasters and editors, and shown beside the widget's localized error text); elements tell them apart
 * with `instanceof` to pick that localized text. `name` is set explicitly so that it survives minification.
 */

/** What a thrown value says: an error's message, or the value itself as text. */
export function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/** Options every feed error takes: the standard `cause`, and the URL of the feed that failed. */
export interface FeedErrorOptions extends ErrorOptions {
  feedUrl?: string;
}

/** Any error that stops a feed from being used at all (as opposed to one bad item, which is skipped). */
export class FeedError extends Error {
  override name = 'FeedError';
  /** The absolute URL of the feed, when it came from one. */
  feedUrl?: string;

  constructor(message: string, options: FeedErrorOptions = {}) {
    // Every message names its URL without the user name and password a `src` may carry.
    super(withoutCredentials(message), options.cause === undefined ? undefined : { cause: options.cause });
    if (options.feedUrl !== undefined) this.feedUrl = withoutCredentials(options.feedUrl);
  }
}

/** The request did not get an answer: offline, DNS failure, refused connection, CORS refusal. */
export class FeedNetworkError extends FeedError {
  override name = 'FeedNetworkError';
}

/**
 * The request failed for a feed on another origin than the page's: the browser refuses to let the page
 * read a feed whose server sends no `Access-Control-Allow-Origin` for it (CORS), and tells the page no
 * more than "failed to fetch", so this is the likely cause (an unreachable server looks the same).
 */
export class FeedCorsError extends FeedNetworkError {
  override name = 'FeedCorsError';
}

/** The element was given no feed: no `src`, and no `<script type="application/json">` child. */
export class FeedMissingError extends FeedError {
  override name = 'FeedMissingError';
}

/** The server answered with a status other than 2xx. */
export class FeedHttpError extends FeedError {
  override name = 'FeedHttpError';
  /** The HTTP status code, e.g. `404`. */
  readonly status: number;

  /** @param statusText the server's reason phrase; empty over HTTP/2, where the message shows the code alone. */
  constructor(status: number, statusText: string, options: FeedErrorOptions & { feedUrl: string }) {
    super(`HTTP ${status}${statusText ? ` ${statusText}` : ''} for ${options.feedUrl}`, options);
    this.status = status;
  }
}

/** The feed is not valid JSON. */
export class FeedJsonError extends FeedError {
  override name = 'FeedJsonError';
  /** Where the text stops being JSON (1-based), when that could be told. */
  line?: number;
  column?: number;
}

/** The feed's `version` is missing or is not one this library reads. */
export class FeedVersionError extends FeedError {
  override name = 'FeedVersionError';
  /** The `version` the feed declares (`undefined` when it declares none). */
  readonly version: unknown;

  constructor(version: unknown, options: FeedErrorOptions = {}) {
    super(
      version === undefined ? 'The feed has no version (expected 1)' : `Unsupported feed version ${JSON.stringify(version)} (expected 1)`,
      options,
    );
    this.version = version;
  }
}

/** The feed is JSON, but not a feed: not an object at all. */
export class FeedFormatError extends FeedError {
  override name = 'FeedFormatError';
}

/** The feed did not arrive within the time allowed. */
export class FeedTimeoutError extends FeedError {
  override name = 'FeedTimeoutError';
  /** The time allowed, in milliseconds. */
  readonly timeout: number;

  constructor(timeout: number, options: FeedErrorOptions & { feedUrl: string }) {
    super(`The feed at ${options.feedUrl} did not arrive within ${timeout / 1000} s`, options);
    this.timeout = timeout;
  }
}
