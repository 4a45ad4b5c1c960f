import type { ValidatedFeed } from '../validator/validate.js';

/** `detail` of the `nsiw-load` event. */
export interface FeedLoadDetail extends ValidatedFeed {}

/** `detail` of the `nsiw-error` event. */
export interface FeedErrorDetail {
  error: Error;
}

/** The events every feed-driven element fires, typed for `addEventListener` on any element. */
declare global {
  interface HTMLElementEventMap {
    'nsiw-load': CustomEvent<FeedLoadDetail>;
    'nsiw-error': CustomEvent<FeedErrorDetail>;
  }
}
