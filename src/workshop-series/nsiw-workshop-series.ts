import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { LocalizedElement } from '../core/element/localized-element.js';
import { FeedController, type FeedErrorDetail, type FeedLoadDetail } from '../core/loading/feed-controller.js';
import { renderEach, renderFeedFrame } from '../core/loading/feed-frame.js';
import { DEFAULT_HEADING_LEVEL } from '../core/element/heading-level.js';
import { nowAttribute } from '../core/time/dates.js';
import { updateJsonLd } from '../core/structured-data/structured-data-controller.js';
import { inSeriesOrder, seriesLength, workshopStatus } from '../core/feed/workshops.js';
import { baseStyles } from '../core/element/styles.js';
import '../workshop-card/nsiw-workshop-card.js';
import { workshopSeriesStyles } from './nsiw-workshop-series.styles.js';

/** The `detail` types of this element's events, for handlers written apart from `addEventListener`. */
export type { FeedErrorDetail, FeedLoadDetail } from '../core/loading/feed-controller.js';

/** The card parts a page can style through the series, as `nsiw-workshop-series::part(card)`. */
const CARD_PARTS =
  'card, title, number, next, status, when, place, host, description, programme, programme-link, actions, calendar-link, registration-link';

/**
 * The whole workshop series of a feed, in order, one `<nsiw-workshop-card>` per workshop, with the next
 * upcoming workshop marked "Next in the series". A webmaster places one element for the series, instead
 * of one card per workshop, and a workshop added to the feed appears without editing the page.
 *
 * @element nsiw-workshop-series
 *
 * @attr {string} src - Feed URL. Without it the element reads a child `<script type="application/json">`.
 * @attr {number} heading-level - Heading level (2–6) of each workshop's title; anything else means 3.
 * @attr {boolean} structured-data - Describes the workshops to search engines: schema.org `Event`s as a
 *   JSON-LD script child of the element (written without breaking pages that enforce Trusted Types).
 * @attr {string} now - For stories, tests and previews: an ISO 8601 date-time taken as the current time.
 *
 * @fires {CustomEvent<FeedLoadDetail>} nsiw-load - The feed was loaded: `detail.feed` (validated), `detail.skipped` and `detail.dropped`.
 * @fires {CustomEvent<FeedErrorDetail>} nsiw-error - The feed could not be used: `detail.error` names the cause.
 *
 * @slot - An inline feed: `<script type="application/json">{"version": 1, ...}</script>`. Never shown.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart list - The ordered list of workshops.
 * @csspart item - One workshop's list item.
 * @csspart item-next - The list item of the next upcoming workshop (it also carries `item`).
 * @csspart empty - The state shown when the feed has no workshops.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error state (`role="alert"`).
 * @csspart error-detail - The technical cause inside the error state.
 * @csspart retry-button - The retry button of the error state.
 * @csspart card - Each card, and the other parts of `<nsiw-workshop-card>` named in its docs: title,
 *   number, next, status, when, place, host, description, programme, programme-link, actions,
 *   calendar-link, registration-link.
 *
 * @cssprop --nsiw-workshop-series-min-height - Height the element keeps from the moment it is on the page, loading or not
 *   (set it to the rendered height to avoid any layout shift). Unset: `12em` while the feed loads, then none.
 * @cssprop [--nsiw-workshop-series-column=18em] - The narrowest a column of cards gets before the cards stack.
 * @cssprop [--nsiw-gap=1em] - Space between the cards, and their padding.
 * @cssprop [--nsiw-accent=currentColor] - Link and marker colour (and the cards' other custom properties).
 */
export class NsiwWorkshopSeries extends LocalizedElement {
  static override styles = [baseStyles, workshopSeriesStyles];

  @property({ reflect: true }) src: string | null = null;
  @property({ attribute: 'heading-level', type: Number }) headingLevel: number = DEFAULT_HEADING_LEVEL;
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;
  /** The moment the workshops' status is measured from; the current time unless set (stories, tests). */
  @property({ converter: nowAttribute }) now: Date | undefined;

  private readonly feed = new FeedController(this);

  /**
   * Settles with the feed's current load: resolves with the `nsiw-load` detail, rejects with the
   * `nsiw-error` error. For code that arrives after the event fired.
   */
  get loaded(): Promise<FeedLoadDetail> {
    return this.feed.loaded;
  }

  protected override updated(): void {
    updateJsonLd(this, (builders) =>
      this.feed.status === 'ready'
        ? inSeriesOrder(this.feed.result!.feed.workshops).map((workshop) => builders.workshopJsonLd(workshop, this.locale))
        : undefined,
    );
  }

  protected override render(): TemplateResult {
    return renderFeedFrame({
      locale: this.locale,
      status: this.feed.status,
      loadingText: msg('Loading workshops…'),
      error: this.feed.error,
      retry: () => this.feed.retry(),
      ready: () => this.renderSeries(),
      failed: (error) => this.feed.fail(error),
    });
  }

  private renderSeries(): TemplateResult {
    const { workshops } = this.feed.result!.feed;
    if (workshops.length === 0) return html`<p class="state" part="empty">${msg('No workshops yet.')}</p>`;
    const length = seriesLength(workshops);
    const ordered = inSeriesOrder(workshops);
    const next = ordered.find((workshop) => workshopStatus(workshop, this.now) === 'upcoming');
    // role="list": Safari drops the list role of a list without markers.
    return html`<ol part="list" role="list" aria-label=${msg('Workshop series')}>
      ${renderEach(
        this,
        ordered,
        (workshop) => html`<li part=${workshop === next ? 'item item-next' : 'item'}>
          <nsiw-workshop-card
            exportparts=${CARD_PARTS}
            .workshop=${workshop}
            series-length=${length}
            ?next=${workshop === next}
            heading-level=${this.headingLevel}
            color-scheme=${this.colorScheme ?? nothing}
            .now=${this.now}
          ></nsiw-workshop-card>
        </li>`,
      )}
    </ol>`;
  }
}

// Written out, not in a helper, so that tools reading the source (the manifest analyzer) see the definition.
// A second copy of the library on the page (another version, the CDN build) finds the tag taken and steps back.
if (!customElements.get('nsiw-workshop-series')) customElements.define('nsiw-workshop-series', NsiwWorkshopSeries);

declare global {
  interface HTMLElementTagNameMap {
    'nsiw-workshop-series': NsiwWorkshopSeries;
  }
  interface HTMLElementEventMap {
    'nsiw-load': CustomEvent<FeedLoadDetail>;
    'nsiw-error': CustomEvent<FeedErrorDetail>;
  }
}
