import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { FeedMissingError } from '../feed/errors.js';
import { withoutCredentials } from '../feed/urls.js';
import type { ValidatedFeed } from '../validator/validate.js';
import { pageBaseUrl } from '../environment.js';
import { jsonError, loadFeed, parseJson } from '../loading/feed-loader.js';
import { lazyModule } from '../lazy-module.js';
import { requireValidator } from '../validator/require-validator.js';
import { validator } from '../validator/static-validator.js';
import type { FeedErrorDetail, FeedLoadDetail } from './feed-events.js';

/** The last good feeds of the visit (`feed-store.ts`), a chunk of its own: a first page view shows none. */
const feedStore = lazyModule(() => import('../loading/feed-store.js'));

/** The element a {@link FeedController} serves. */
export type FeedHost = ReactiveControllerHost & HTMLElement;

export interface FeedControllerOptions {
  /**
   * A feed the page or a server already has (the feed's JSON, parsed): shown instead of the one at `src`
   * or inline, whose relative links resolve against `src` (or the page). Read before each update of the
   * host: another object is read again.
   */
  data?: () => unknown;
  /**
   * The feed's URL; empty, `null` or `undefined`: the feed in the host's child
   * `<script type="application/json">`. Read before each update of the host: a change loads again.
   */
  src: () => string | null | undefined;
  /**
   * Whether the host reads a feed now (a card given its workshop as a property reads none). Read before
   * each update; a load in flight when it turns false is aborted and fires nothing. Default: always.
   */
  enabled?: () => boolean;
  /**
   * What the host works out from a feed before it counts as loaded (`nsiw-load`, the content shown): a
   * long list's order, in slices. Never rejects. Default: nothing.
   */
  prepare?: (result: ValidatedFeed) => Promise<unknown> | undefined;
}

/** `initial`: the host reads no feed (`enabled` is false); `stale`: an earlier page's feed, shown while the fresh one loads. */
export type FeedState =
  | { status: 'initial' }
  | { status: 'loading' }
  | { status: 'ready'; value: ValidatedFeed; stale?: boolean }
  | { status: 'error'; error: Error };

/**
 * Gives an element its feed, the way `@lit/task`'s `Task` gives it the result of async work: the element
 * configures it once (`src`, `enabled`), and it loads before an update that needs it (from `src`
 * through the shared loader, one request per URL per page, or from the inline feed), aborts what the
 * element no longer needs (a changed `src`, a removal while loading), and fires `nsiw-load` / `nsiw-error` on
 * the host. Like `Task`, it runs and reports; the element renders its states (`renderFeedFrame`).
 */
export class FeedController implements ReactiveController {
  private _current: FeedState = { status: 'loading' };

  /** Where the feed stands: `initial` whenever the host reads none now (asked at render too, where a server renderer runs no `hostUpdate`). */
  get state(): FeedState {
    if (!this.enabled) return { status: 'initial' };
    if (isServer && this._current.status === 'loading') return readAtOnce(this._options.data?.(), this._feedUrl()) ?? this._current;
    return this._current;
  }

  /** The feed, once it is ready. */
  get value(): ValidatedFeed | undefined {
    const state = this.state;
    return state.status === 'ready' ? state.value : undefined;
  }

  /** What the current load is for: the host's `data`, its `src`, or `null` for the inline feed; `undefined` while none is wanted. */
  private _requested: unknown;
  private _abortController: AbortController | undefined;
  /** Those who asked for `loaded` while loading. */
  private _waiting: { resolve: (detail: FeedLoadDetail) => void; reject: (error: Error) => void }[] = [];

  constructor(
    private readonly _host: FeedHost,
    private readonly _options: FeedControllerOptions,
  ) {
    _host.addController(this);
  }

  /**
   * The outcome of the current load, for code that starts listening after `nsiw-load` / `nsiw-error` fired
   * (a framework that attaches its handlers late, a script that runs after the feed arrived): resolves
   * with the `nsiw-load` detail, rejects with the `nsiw-error` error. Asked while loading, it waits for
   * the load that finishes (after a change of `src`, the newer one).
   */
  get loaded(): Promise<FeedLoadDetail> {
    const state = this._current;
    if (state.status === 'ready' && !state.stale) return Promise.resolve(state.value);
    if (state.status === 'error') return Promise.reject(state.error);
    return new Promise((resolve, reject) => this._waiting.push({ resolve, reject }));
  }

  /** Whether the host reads a feed now. */
  get enabled(): boolean {
    return this._options.enabled?.() ?? true;
  }

  /** The load starts with the connection, not with the first update, which waits for the page's translations. */
  hostConnected(): void {
    if (this._requested === undefined && this.enabled) void this._load(this._wanted(), false);
  }

  hostUpdate(): void {
    if (!this.enabled) {
      this._abortController?.abort();
      this._requested = undefined;
      this._current = { status: 'initial' };
      return;
    }
    // An element updated after it left the page (a chunk it waited for arrived) must not start a load
    // that nothing would ever abort; it loads again if it comes back (`hostConnected`). A server
    // renderer, with no page, renders what `state` reads at once.
    if (!this._host.isConnected) return;
    const wanted = this._wanted();
    if (wanted !== this._requested) void this._load(wanted, false);
  }

  hostDisconnected(): void {
    const state = this._current;
    if (state.status !== 'loading' && !(state.status === 'ready' && state.stale)) return;
    this._abortController?.abort();
    this._requested = undefined;
  }

  /** Loads the feed again, really refetching it (the error state's "Try again"). */
  retry(): void {
    void this._load(this._wanted(), true);
  }

  /** The host's `data` if it has one, else its `src`, else `null`: the inline feed. */
  private _wanted(): unknown {
    return this._options.data?.() ?? (this._options.src() || null);
  }

  /** The feed's URL, against which its relative links resolve: `src` on the page, or the page itself. */
  private _feedUrl(): string {
    const src = this._options.src();
    const page = pageBaseUrl() ?? '';
    if (!src) return page;
    try {
      return new URL(src, page || undefined).href;
    } catch {
      return src;
    }
  }

  private async _load(wanted: unknown, reload: boolean): Promise<void> {
    const src = typeof wanted === 'string' ? wanted : null;
    this._abortController?.abort();
    const abortController = new AbortController();
    this._abortController = abortController;
    this._requested = wanted;
    this._current = { status: 'loading' };
    this._host.requestUpdate();
    // The validator (a chunk of its own in the CDN build) loads while the feed is fetched or read.
    void validator.load();
    // On a later page of the visit, the last good feed is shown until the fresh one arrives (never after it).
    if (src && !reload) {
      void feedStore
        .load()
        .then((store) => store?.storedFeed(src))
        .then((value) => {
          if (!value || abortController.signal.aborted || this._current.status !== 'loading') return;
          this._current = { status: 'ready', value, stale: true };
          this._host.requestUpdate();
        });
    }
    try {
      const result =
        wanted === null
          ? await this._readInlineFeed()
          : src
            ? await loadFeed(src, { signal: abortController.signal, reload })
            : await this._readData(wanted);
      const preparing = this._options.prepare?.(result);
      if (preparing) await preparing;
      if (abortController.signal.aborted) return;
      if (src) void feedStore.load().then((store) => store?.storeFeed(src, result));
      this._current = { status: 'ready', value: result };
      for (const waiter of this._waiting.splice(0)) waiter.resolve(result);
      this._dispatch<FeedLoadDetail>('nsiw-load', result);
    } catch (cause) {
      if (abortController.signal.aborted) return;
      this.fail(cause);
    }
    this._host.requestUpdate();
  }

  /**
   * Turns the host to its error state, firing `nsiw-error`, and says so once in the console: a failed
   * load, or content from the feed that could not be rendered (`renderFeedFrame`).
   */
  fail(cause: unknown): Error {
    const error = asError(cause);
    const src = this._options.src();
    console.error(`nsiw-widgets: <${this._host.localName}${src ? ` src="${withoutCredentials(src)}"` : ''}>: ${error.message}`);
    this._current = { status: 'error', error };
    for (const waiter of this._waiting.splice(0)) waiter.reject(error);
    this._dispatch<FeedErrorDetail>('nsiw-error', { error });
    return error;
  }

  /** The host's `data`, checked as a feed from `src` would be. */
  private async _readData(data: unknown): Promise<ValidatedFeed> {
    await Promise.resolve();
    const checks = await requireValidator();
    const result = await checks.validateInSlices(data, this._feedUrl());
    checks.warnProblems(result, `<${this._host.localName}> feed property`);
    return result;
  }

  /** The inline feed; async so that `nsiw-load` fires after the element is connected, as with `src`. */
  private async _readInlineFeed(): Promise<ValidatedFeed> {
    await Promise.resolve();
    const script = this._host.querySelector(':scope > script[type="application/json"]');
    if (!script) {
      throw new FeedMissingError('No feed: set the src attribute, or add a <script type="application/json"> child');
    }
    let data: unknown;
    try {
      data = await parseJson(script.textContent ?? '');
    } catch (cause) {
      throw await jsonError('The inline feed', script.textContent ?? '', cause);
    }
    const checks = await requireValidator();
    const result = await checks.validateInSlices(data, pageBaseUrl() ?? '');
    checks.warnProblems(result, `<${this._host.localName}> inline feed`);
    return result;
  }

  private _dispatch<T>(type: string, detail: T): void {
    this._host.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }
}

const readOnServer = new WeakMap<object, Map<string, FeedState>>();

/**
 * On a server (a renderer connects nothing and runs no `hostUpdate`), a host's `data` read at once by a
 * validator at hand (the npm build's and Node's, never the CDN build's chunk), so that the server renders
 * the content itself; each feed once for each URL its links resolve against.
 */
function readAtOnce(data: unknown, feedUrl: string): FeedState | undefined {
  const checks = validator.module;
  if (typeof data !== 'object' || data === null || !checks) return undefined;
  const byUrl = readOnServer.get(data) ?? new Map<string, FeedState>();
  readOnServer.set(data, byUrl);
  let state = byUrl.get(feedUrl);
  if (!state) {
    try {
      state = { status: 'ready', value: checks.validateFeed(data, feedUrl) };
    } catch (cause) {
      state = { status: 'error', error: asError(cause) };
    }
    byUrl.set(feedUrl, state);
  }
  return state;
}

export function asError(cause: unknown): Error {
  return cause instanceof Error ? cause : new Error(String(cause));
}
