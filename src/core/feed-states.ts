import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  FeedHttpError,
  FeedJsonError,
  FeedNetworkError,
  FeedTimeoutError,
  FeedVersionError,
} from './errors.js';

/** What went wrong, in the visitor's language; the technical message stays beside it for webmasters. */
export function describeFeedError(error: Error): string {
  if (error instanceof FeedHttpError) return msg(str`The feed could not be loaded (HTTP ${error.status}).`);
  if (error instanceof FeedTimeoutError) return msg('The feed took too long to load.');
  if (error instanceof FeedNetworkError) return msg('The feed could not be reached.');
  if (error instanceof FeedJsonError) return msg('The feed is not valid JSON.');
  if (error instanceof FeedVersionError) return msg('The feed has a version this widget does not support.');
  return msg('The feed could not be read.');
}

/** The error state every feed-driven element shows: an alert with the cause and a retry button. */
export function renderFeedError(error: Error, retry: () => void): TemplateResult {
  return html`<div class="state error" role="alert" part="error">
    <p>
      ${describeFeedError(error)}
      <span class="error-detail" part="error-detail" lang="en">${error.message}</span>
    </p>
    <button type="button" part="retry-button" @click=${retry}>${msg('Try again')}</button>
  </div>`;
}

/**
 * The frame every feed-driven element renders: its base part in this render's language, `aria-busy`
 * while loading, and inside it the loading line, the error state, or what `ready` renders.
 */
export function renderFeedFrame(frame: {
  locale: string;
  status: 'loading' | 'ready' | 'error' | undefined;
  loadingText: string;
  error: Error | undefined;
  retry: () => void;
  ready: () => unknown;
}): TemplateResult {
  const { status } = frame;
  return html`<div part="base" lang=${frame.locale} aria-busy=${status === 'loading' ? 'true' : 'false'}>
    ${status === 'loading'
      ? html`<div class="state loading" part="loading">${frame.loadingText}</div>`
      : status === 'error'
        ? renderFeedError(frame.error!, frame.retry)
        : frame.ready()}
  </div>`;
}
