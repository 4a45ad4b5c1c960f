import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedJsonError } from '../feed/errors.js';
import { pageBaseUrl } from '../environment.js';
import { loadFeed, parseJson } from './feed-loader.js';
import { validateFeed, warnProblems, type ValidatedFeed } from '../feed/validate.js';

/** The element a {@link FeedController} serves: it names its feed by a `src` URL, or holds it inline. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src: string | null | undefined;
}

export type FeedStatus = 'loading' | 'ready' | 'error';

/** `detail` of the `nsiw-load` event. */
export interface FeedLoadDetail extends ValidatedFeed {}

/** `detail` of the `nsiw-error` event. */
export interface FeedErrorDetail {
  error: Error;
}

/**
 * Gives an element its feed: from `src` through the shared loader (one request per URL per page), or
 * from a child `<script type="application/json">`. It follows `src` changes, aborts what the element no
 * longer needs when it leaves the page, and fires `nsiw-load` / `nsiw-error` on the host.
 */
export class FeedController implements ReactiveController {
  status: FeedStatus = 'loading';
  result: ValidatedFeed | undefined;
  error: Error | undefined;
  /**
   * The absolute URL the feed in `result` was read from (the page's own for an inline feed): the base of
   * its relative links, and the host that names its items in calendar files.
   */
  get feedUrl(): string {
    // Read when needed, not at construction: a server renderer constructs elements without a page.
    return this.loadedFrom ?? pageBaseUrl() ?? '';
  }

  /** Where `result` was read from; `undefined` before a load. */
  private loadedFrom: string | undefined;

  /**
   * The outcome of the current load, for code that starts listening after `nsiw-load` / `nsiw-error` fired
   * (a framework that attaches its handlers late, a script that runs after the feed arrived): resolves
   * with the `nsiw-load` detail, rejects with the `nsiw-error` error. Asked while loading, it waits for
   * the load that finishes (after a change of `src`, the newer one).
   */
  get loaded(): Promise<FeedLoadDetail> {
    if (this.status === 'ready') return Promise.resolve(this.result!);
    if (this.status === 'error') return Promise.reject(this.error);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  /** Those who asked for `loaded` while loading. */
  private waiting: { resolve: (detail: FeedLoadDetail) => void; reject: (error: Error) => void }[] = [];

  /** The `src` the current load is for; `undefined` until a load starts (or after one was abandoned). */
  private loadedSrc: string | null | undefined;
  private abortController: AbortController | undefined;

  constructor(private readonly host: FeedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.loadedSrc === undefined) this.host.requestUpdate();
  }

  hostUpdate(): void {
    // An element updated after it left the page (a chunk it waited for arrived) must not start a load
    // that nothing would ever abort; it loads again if it comes back (`hostConnected`).
    if (!this.host.isConnected) return;
    const src = this.host.src || null;
    if (src !== this.loadedSrc) void this.load(src, false);
  }

  hostDisconnected(): void {
    if (this.status === 'loading') {
      this.abortController?.abort();
      this.loadedSrc = undefined;
    }
  }

  /** Loads the feed again, really refetching it (the error state's retry button). */
  retry(): void {
    void this.load(this.host.src || null, true);
  }

  private async load(src: string | null, reload: boolean): Promise<void> {
    this.abortController?.abort();
    const abortController = new AbortController();
    this.abortController = abortController;
    this.loadedSrc = src;
    this.status = 'loading';
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const result = src
        ? await loadFeed(src, { signal: abortController.signal, reload })
        : await this.readInlineFeed();
      if (abortController.signal.aborted) return;
      this.status = 'ready';
      this.result = result;
      this.loadedFrom = result.feedUrl;
      for (const waiter of this.waiting.splice(0)) waiter.resolve(result);
      this.dispatch<FeedLoadDetail>('nsiw-load', result);
    } catch (cause) {
      if (abortController.signal.aborted) return;
      this.fail(cause);
    }
    this.host.requestUpdate();
  }

  /**
   * Turns the element to its error state, firing `nsiw-error`: for a feed that could not be used, and for
   * a render that threw (`renderFeedFrame`), which must not leave the element "loading" for ever.
   */
  fail(cause: unknown): void {
    this.status = 'error';
    this.result = undefined;
    this.error = cause instanceof Error ? cause : new Error(String(cause));
    for (const waiter of this.waiting.splice(0)) waiter.reject(this.error);
    this.dispatch<FeedErrorDetail>('nsiw-error', { error: this.error });
  }

  /** The inline feed; async so that `nsiw-load` fires after the element is connected, as with `src`. */
  private async readInlineFeed(): Promise<ValidatedFeed> {
    await Promise.resolve();
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    let data: unknown;
    try {
      data = await parseJson(script?.textContent ?? '');
    } catch (cause) {
      throw new FeedJsonError(
        script ? 'The inline feed is not valid JSON' : 'No feed: set src or add a <script type="application/json"> child',
        { cause },
      );
    }
    const result = validateFeed(data, pageBaseUrl() ?? '');
    warnProblems(result, `<${this.host.localName}> inline feed`);
    return result;
  }

  private dispatch<T>(type: string, detail: T): void {
    this.host.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }
}
