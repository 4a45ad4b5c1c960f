import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
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
  if (error instanceof FeedNetworkError) return msg('The connection to the feed failed. Check your internet connection and try again.');
  if (error instanceof FeedMissingError) return msg('This widget has not been given a feed.');
  if (error instanceof FeedJsonError) return msg('The feed is not valid JSON.');
  if (error instanceof FeedVersionError) return msg('The feed has a version this widget does not support.');
  return msg('The feed could not be read.');
}

/**
 * "Try again": the feed loads again. Focus, on the button that goes with the state it ends, moves to the
 * element's frame for as long as it stays there (as GOV.UK moves it to a notification banner), where
 * the frame's status line tells how the load goes (see {@link renderFeedFrame}).
 */
function retryFrom(event: Event, retry: () => void): void {
  const frame = (event.currentTarget as Element).closest<HTMLElement>('[part~="base"]');
  if (frame) {
    frame.tabIndex = -1;
    frame.focus();
    frame.addEventListener('blur', () => frame.removeAttribute('tabindex'), { once: true });
  }
  retry();
}

/**
 * The error state every feed-driven element shows, and the notice above a stale copy kept after its fresh
 * load failed (`stale`): the cause in the visitor's language, the technical message for webmasters
 * behind "Technical details" (in English, with the feed's URL, it is not read out with the rest), and
 * "Try again" where trying again can help (not for a server's CORS headers, a missing `src`, or a feed of
 * another version or shape: only the page or the feed's server can change those; a file that is not
 * JSON may be a login or error page in its place for a while, and a status may pass). Not a live region:
 * a failure on page load is part of the page, read where it is (GOV.UK's error summary and notification
 * banner are not announced either); one after "Try again" is announced by the frame's status line.
 */
export function renderFeedError(error: Error, retry: () => void, stale = false): TemplateResult {
  const lasting = [FeedCorsError, FeedMissingError, FeedVersionError, FeedFormatError].some((type) => error instanceof type);
  return html`<div class="state error" part=${stale ? 'stale-notice' : 'error'}>
    <p>${stale ? html`<strong>${msg('This may be out of date.')}</strong> ` : nothing}${describeFeedError(error)}</p>
    ${lasting ? nothing : html`<button type="button" part="retry-button" @click=${(event: Event) => retryFrom(event, retry)}>${msg('Try again')}</button>`}
    <details part="error-details">
      <summary>${msg('Technical details')}</summary>
      <span class="error-detail" part="error-detail" lang="en">${withoutCredentials(error.message)}</span>
    </details>
  </div>`;
}

/** The loading line every feed-driven element shows until its content can be shown whole. */
export function renderLoading(text: string): TemplateResult {
  return html`<div class="state loading" part="loading">${text}</div>`;
}

/**
 * What the status line says after "Try again": that it loads, then how it ended. Nothing before the
 * visitor asks: a page's own first load is not announced.
 */
function announcement(feed: FeedController, shown: FeedState, pending: string): string {
  if (!feed.retried) return '';
  if (shown.status === 'loading' || feed.loading) return pending;
  if (shown.status === 'error') return describeFeedError(shown.error);
  if (shown.status === 'ready' && shown.error) return `${msg('This may be out of date.')} ${describeFeedError(shown.error)}`;
  return msg('Loaded.');
}

/**
 * The frame every feed-driven element renders: its base part in this render's language, left to right
 * as its languages are (on right-to-left pages too), `aria-busy` while loading, and inside it the state
 * `shown` (see {@link shownState}): the loading line, the error state, or what the renderers make of it,
 * below a notice when it is a stale copy whose fresh load failed (or is being tried again). After it, a
 * polite status line (outside the busy part, which would hold its news back) for "Try again".
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
  const retry = () => feed.retry();
  const guarded = (render: () => unknown, fromFeed: boolean) => {
    try {
      return render();
    } catch (cause) {
      if (fromFeed) return renderFeedError(feed.fail(cause), retry);
      return renderFeedError(asError(cause), () => host.requestUpdate());
    }
  };
  const content = () => {
    switch (shown.status) {
      case 'loading':
        return renderLoading(renderers.pending());
      case 'error':
        return renderFeedError(shown.error, retry);
      case 'initial':
        return guarded(() => renderers.initial?.(), false);
      case 'ready': {
        const notice = shown.error
          ? renderFeedError(shown.error, retry, true)
          : shown.stale && feed.retried && feed.loading
            ? renderLoading(renderers.pending())
            : nothing;
        return html`${notice}${guarded(() => renderers.complete(shown.value), true)}`;
      }
    }
  };
  return html`<div part="base" lang=${locale} dir="ltr" aria-busy=${shown.status === 'loading' ? 'true' : 'false'}>${content()}</div>
    <div class="visually-hidden" role="status" lang=${locale}>${announcement(feed, shown, renderers.pending())}</div>`;
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

/**
 * {@link renderEach}, keyed by the items' ids (Lit's `repeat`): when a fresher feed moves an item, its
 * rendering moves with it, instead of the one now at its place taking over its nodes (and the focus
 * in them: a focused "Add to calendar: Seminar" turning into "…: Webinar").
 */
export function renderKeyed<T extends { readonly id: string }>(host: Element, items: readonly T[], render: (item: T) => unknown): unknown {
  const rendered = renderEach(host, items, (item) => [item.id, render(item)] as const);
  return repeat(
    rendered,
    ([id]) => id,
    ([, template]) => template,
  );
}
