import type { PropertyDeclarations } from 'lit';
import { FeedController } from './feed-controller.js';
import type { ValidatedFeed } from '../validator/validate.js';
import { DEFAULT_HEADING_LEVEL } from './heading-level.js';
import { LocalizedElement } from './localized-element.js';

/**
 * The base of the elements that show the feed: its `src`, the headings' level, and the feed itself,
 * loaded and rendered in each state by a {@link FeedController}.
 *
 * @attr {string} src - Feed URL. Without it the element reads the feed in a child
 *   `<script type="application/json">`.
 * @attr {number} heading-level - Heading level (2–6) of the element's headings, so that they fit the
 *   page's outline; anything else means 3.
 *
 * @fires {CustomEvent<FeedLoadDetail>} nsiw-load - The feed was loaded: `detail.feed` (validated),
 *   `detail.skipped` (`{index, id, reason}` of each item left out) and `detail.dropped` (bad optional
 *   members removed).
 * @fires {CustomEvent<FeedErrorDetail>} nsiw-error - The feed could not be used: `detail.error` names the cause.
 *
 * @slot - An inline feed: `<script type="application/json">{"version": 1, ...}</script>`. Never shown.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error state (`role="alert"`).
 * @csspart error-detail - The technical cause inside the error state.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssprop [--nsiw-accent=currentColor] - Link and marker colour.
 * @cssprop [--nsiw-muted=currentColor] - Secondary text colour (the page's own, unless set: hierarchy is by size and weight).
 * @cssprop [--nsiw-border=color-mix(in srgb, currentColor 25%, transparent)] - Separator and border colour.
 * @cssprop [--nsiw-radius=0.25em] - Corner radius of buttons, badges and cards.
 * @cssprop [--nsiw-gap=1em] - Space between items and around their content.
 * @cssprop [--nsiw-focus-ring=2px solid currentColor] - Outline of focused controls.
 *
 * @internal
 */
export class FeedElement extends LocalizedElement {
  static override properties: PropertyDeclarations = { src: { reflect: true }, headingLevel: { attribute: 'heading-level', type: Number } };
  src: string | null = null;
  headingLevel: number = DEFAULT_HEADING_LEVEL;

  protected readonly feed = new FeedController(this, {
    src: () => this.src,
    enabled: () => this.readsFeed(),
    prepare: (result) => this.prepareFeed?.(result),
  });

  /** What the element works out from a feed before it counts as loaded (see FeedControllerOptions.prepare). */
  protected prepareFeed?(result: ValidatedFeed): Promise<unknown> | undefined;

  /** Whether the element reads its feed now; an element that can show other content says when it does not. */
  protected readsFeed(): boolean {
    return true;
  }
}
