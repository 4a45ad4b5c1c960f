import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  FeedCorsError,
  FeedFormatError,
  FeedHttpError,
  FeedJsonError,
  FeedMissingError,
  FeedNetworkError,
  FeedTimeoutError,
  FeedVersionError,
  messageOf,
} from '../feed/errors.js';
import { withoutCredentials } from '../feed/urls.js';
import type { ValidatedFeed } from '../validator/validate.js';
import { asError, type FeedController, type FeedState } from './feed-controller.js';

/** What {@link renderFeedFrame} shows in each state; the error state is the frame's own. */
export interface FeedRenderers {
  /** While no feed is read. */
  initial?: () => unknown;
  /** The loading line. */
  pending: () => string;
  /** The content, from the feed. An exception here is the error state (and `nsiw-error`). */
  complete: (result: ValidatedFeed) => unknown;
}

/** The state a frame shows: the feed's, but `loading` while `holding` (a chunk the content needs is still loading). */
export function shownState(feed: FeedController, holding: boolean): FeedState {
  const state = feed.state;
  return state.status === 'ready' && holding ? { status: 'loading' } : state;
}

/**
 * What went wrong, in the visitor's language; the technical message beside it (in English, for
 * webmasters) names the fix: CORS headers, `src`, the line and column of the JSON.
 */
export function describeFeedError(error: Error): string {
  if (error instanceof FeedHttpError) return msg(str`The feed could not be loaded (HTTP ${error.status}).`);
  if (error instanceof FeedTimeoutError) return msg('The feed took too long to load.');
  if (error instanceof FeedCorsError) return msg('The feed is on another site, which does not allow this page to read it.');
  if (error instanceof FeedNetworkError) return msg('The feed could not be reached.');
  if (error instanceof FeedMissingError) return msg('This widget has not been given a feed.');
  if (error instanceof FeedJsonError) return msg('The feed is not valid JSON.');
  if (error instanceof FeedVersionError) return msg('The feed has a version this widget does not support.');
  return msg('The feed could not be read.');
}

/**
 * The error state every feed-driven element shows: an alert with the cause, and a retry button where
 * trying again can help (not for a server's CORS headers, a missing `src`, or a feed of another version
 * or shape: only the page or the feed's server can change those; a file that is not JSON may be a login
 * or error page in its place for a while, and a status may pass).
 */
export function renderFeedError(error: Error, retry: () => void): TemplateResult {
  const lasting = [FeedCorsError, FeedMissingError, FeedVersionError, FeedFormatError].some((type) => error instanceof type);
  return html`<div class="state error" role="alert" part="error">
    <p>
      ${describeFeedError(error)}
      <span class="error-detail" part="error-detail" lang="en">${withoutCredentials(error.message)}</span>
    </p>
    ${lasting ? nothing : html`<button type="button" part="retry-button" @click=${retry}>${msg('Try again')}</button>`}
  </div>`;
}

/** The loading line every feed-driven element shows until its content can be shown whole. */
export function renderLoading(text: string): TemplateResult {
  return html`<div class="state loading" part="loading">${text}</div>`;
}

/**
 * The frame every feed-driven element renders: its base part in this render's language, left to right
 * as its languages are (on right-to-left pages too), `aria-busy` while loading, and inside it the state
 * `shown` (see {@link shownState}): the loading line, the error state, or what the renderers make of it.
 * Content that throws is the error state too: it must not leave the element "loading" for ever. From a
 * feed, that is the feed's failure (`nsiw-error`); without one, "Try again" renders again.
 */
export function renderFeedFrame(
  host: ReactiveControllerHost,
  feed: FeedController,
  locale: string,
  shown: FeedState,
  renderers: FeedRenderers,
): TemplateResult {
  const guarded = (render: () => unknown, fromFeed: boolean) => {
    try {
      return render();
    } catch (cause) {
      if (fromFeed) return renderFeedError(feed.fail(cause), () => feed.retry());
      return renderFeedError(asError(cause), () => host.requestUpdate());
    }
  };
  const content = () => {
    switch (shown.status) {
      case 'loading':
        return renderLoading(renderers.pending());
      case 'error':
        return renderFeedError(shown.error, () => feed.retry());
      case 'initial':
        return guarded(() => renderers.initial?.(), false);
      case 'ready':
        return guarded(() => renderers.complete(shown.value), true);
    }
  };
  return html`<div part="base" lang=${locale} dir="ltr" aria-busy=${shown.status === 'loading' ? 'true' : 'false'}>${content()}</div>`;
}

const reportedItems = new WeakSet<object>();

/**
 * `render` for each item, leaving out an item whose rendering throws, so that it costs that item alone
 * (`docs/feed.md`, "What bad input gets"); each such item is reported once, in the console.
 */
export function renderEach<T extends { readonly id: string }, R>(host: Element, items: readonly T[], render: (item: T) => R): R[] {
  const rendered: R[] = [];
  for (const item of items) {
    try {
      rendered.push(render(item));
    } catch (cause) {
      if (reportedItems.has(item)) continue;
      reportedItems.add(item);
      console.warn(
        `nsiw-widgets: <${host.localName}>: left out id=${JSON.stringify(item.id)}, which could not be shown: ${messageOf(cause)}`,
      );
    }
  }
  return rendered;
}
