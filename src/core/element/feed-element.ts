import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { FeedInput } from '../feed/schema.js';
import type { ValidatedFeed } from '../validator/validate.js';
import type { JsonLd } from '../structured-data/json-ld.js';
import { StructuredDataController, type JsonLdBuilders, type StructuredDataHost } from '../structured-data/structured-data-controller.js';
import { FeedController } from './feed-controller.js';
import type { FeedLoadDetail } from './feed-events.js';
import { renderFeedFrame, shownState, type FeedRenderers } from './feed-frame.js';
import { DEFAULT_HEADING_LEVEL } from './heading-level.js';
import { LocalizedElement } from './localized-element.js';

/** The `detail` types of the feed elements' events, for handlers written apart from `addEventListener`. */
export type { FeedErrorDetail, FeedLoadDetail } from './feed-events.js';

/**
 * The base of the elements that show the feed: its `src`, the headings' level, the feed itself (loaded
 * by a {@link FeedController}, rendered in each state by `renderFeedFrame`), the `loading` custom state
 * its styles reserve the content's place with, `loaded`, and the JSON-LD of those that describe what
 * they show to search engines.
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
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    feed: { attribute: false },
  };
  src: string | null = null;
  headingLevel: number = DEFAULT_HEADING_LEVEL;
  /**
   * A feed the page or a server already has (the feed's JSON, parsed, as `docs/feed.md` describes it),
   * shown instead of loading `src`: checked as any feed is, its relative links resolved against `src` (or
   * the page). For frameworks and servers that hold the data already (`feed={…}`, `:feed`, `.feed=`).
   */
  feed: FeedInput | null = null;

  protected readonly feedController = new FeedController(this, {
    data: () => this.feed ?? undefined,
    src: () => this.src,
    enabled: () => this.readsFeed(),
    prepare: (result) => this.prepareFeed?.(result),
  });

  /**
   * The host's custom states: `loading` from its connection, before its first render (which waits for
   * the page locale's translations), so that its styles hold the place the content will take. Safari
   * before 17.4 has no custom states, and before 16.4 no internals: it reserves from the first render.
   */
  private readonly _customStates = this.attachInternals?.().states;
  /** Whether this render shows the loading line, for the custom state set once it is on the page. */
  private _showsLoading = true;

  constructor() {
    super();
    // Only elements that describe what they show (a `describeStructuredData`) keep a JSON-LD child.
    if (this.describeStructuredData) {
      new StructuredDataController(this as this & StructuredDataHost, (builders) => this.describeStructuredData?.(builders));
    }
  }

  /**
   * Settles with the feed's current load: resolves with the `nsiw-load` detail, rejects with the
   * `nsiw-error` error. For code that arrives after the event fired. `undefined` while the element
   * reads no feed (a card given its workshop as a property, tabs made from `<details>` children).
   */
  get loaded(): Promise<FeedLoadDetail> | undefined {
    return this.feedController.enabled ? this.feedController.loaded : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Content a server rendered holds its own place: no reservation over it.
    this._showLoadingState(!this.renderedByServer && this.feedController.state.status === 'loading');
  }

  /**
   * Content a server rendered stays until this element can show as much: its fresh feed (not a stored
   * copy of an earlier page), and what its content waits for.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    // An update held back runs no controller: the feed that properties set after the upgrade ask for (a
    // framework's `src`, `workshopId`, `feed`) starts loading here, or the content would wait for it forever.
    if (this.renderedByServer) this.feedController.hostUpdate();
    return !(this.renderedByServer && this.keepsServerContent()) && super.shouldUpdate(changed);
  }

  /** Whether this element would show less than the server's content now (see `shouldUpdate`). */
  protected keepsServerContent(): boolean {
    const shown = shownState(this.feedController, this.holding);
    return shown.status === 'loading' || (shown.status === 'ready' && !!shown.stale);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this._showLoadingState(this._showsLoading);
  }

  /** The element's frame around what `renderers` make of the feed's state. */
  protected renderFeed(renderers: FeedRenderers): TemplateResult {
    const shown = shownState(this.feedController, this.holding);
    this._showsLoading = shown.status === 'loading';
    return renderFeedFrame(this, this.feedController, this.locale, shown, renderers);
  }

  /** Keeps the loading line though the feed is ready: a chunk the content needs is still loading. */
  protected get holding(): boolean {
    return false;
  }

  /** What the element works out from a feed before it counts as loaded (see FeedControllerOptions.prepare). */
  protected prepareFeed?(result: ValidatedFeed): Promise<unknown> | undefined;

  /** What an element with a `structured-data` attribute describes; `undefined` while it shows nothing to describe. */
  protected describeStructuredData?(builders: JsonLdBuilders): JsonLd | JsonLd[] | undefined;

  /** Whether the element reads its feed now; an element that can show other content says when it does not. */
  protected readsFeed(): boolean {
    return true;
  }

  private _showLoadingState(loading: boolean): void {
    this._customStates?.[loading ? 'add' : 'delete']('loading');
  }
}
