import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { ItemsElement } from '../core/calendar/items-element.js';
import { baseStyles } from '../core/element/styles.js';
import { renderEach } from '../core/element/feed-frame.js';
import type { JsonLdBuilders } from '../core/structured-data/structured-data-controller.js';
import type { Workshop } from '../core/feed/schema.js';
import { inSeriesOrder, seriesLength, workshopStatus } from '../core/feed/workshops.js';
import '../workshop-card/nsiw-workshop-card.js';
import { workshopSeriesStyles } from './nsiw-workshop-series.styles.js';

/** The `detail` types of this element's events, for handlers written apart from `addEventListener`. */
export type { FeedErrorDetail, FeedLoadDetail } from '../core/element/feed-element.js';

/** The card parts a page can style through the series, as `nsiw-workshop-series::part(card)`. */
const CARD_PARTS =
  'card, title, number, next, status, when, place, host, description, programme, programme-link, actions, ' +
  'calendar, calendar-button, calendar-menu, calendar-link, calendar-ics, calendar-google, calendar-outlook, calendar-office365, calendar-yahoo, registration-link';

/**
 * The whole workshop series of a feed, in order, one `<nsiw-workshop-card>` per workshop, with the next
 * upcoming workshop marked "Next in the series". A webmaster places one element for the series, instead
 * of one card per workshop, and a workshop added to the feed appears without editing the page.
 *
 * @element nsiw-workshop-series
 *
 * @attr {boolean} structured-data - Describes the workshops to search engines: schema.org `Event`s as a
 *   JSON-LD script child of the element (written without breaking pages that enforce Trusted Types).
 * @attr {string} calendars - The choices of each card's add-to-calendar menu, as on `<nsiw-workshop-card>`.
 * @attr {string} now - For stories, tests and previews: an ISO 8601 date-time taken as the current time.
 *
 * @csspart list - The ordered list of workshops.
 * @csspart item - One workshop's list item.
 * @csspart item-next - The list item of the next upcoming workshop (it also carries `item`).
 * @csspart empty - The state shown when the feed has no workshops.
 * @csspart card - Each card, and the other parts of `<nsiw-workshop-card>` named in its docs: title,
 *   number, next, status, when, place, host, description, programme, programme-link, actions,
 *   calendar, calendar-button, calendar-menu, calendar-link (and calendar-ics … calendar-yahoo), registration-link.
 *
 * @cssprop --nsiw-workshop-series-min-height - Height the element keeps from the moment it is on the page, loading or not
 *   (set it to the rendered height to avoid any layout shift). Unset: `54em` while the feed loads, then none.
 * @cssprop [--nsiw-workshop-series-column=18em] - The narrowest a column of cards gets before the cards stack.
 * @cssprop [--nsiw-gap=1em] - Space between the cards, and their padding.
 * @cssprop [--nsiw-accent=currentColor] - Link and marker colour (and the cards' other custom properties).
 */
export class NsiwWorkshopSeries extends ItemsElement {
  static override styles = [baseStyles, workshopSeriesStyles];
  protected override render(): TemplateResult {
    return this.renderFeed({
      pending: () => msg('Loading workshops…'),
      complete: ({ feed, feedUrl }) => this._renderSeries(feed.workshops, feedUrl),
    });
  }

  protected override describeStructuredData(builders: JsonLdBuilders) {
    const result = this.feedController.value;
    return result && inSeriesOrder(result.feed.workshops).map((workshop) => builders.workshopJsonLd(workshop, this.locale));
  }

  private _renderSeries(workshops: readonly Workshop[], feedUrl: string): TemplateResult {
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
            .feedUrl=${feedUrl}
            series-length=${length}
            ?next=${workshop === next}
            heading-level=${this.headingLevel}
            color-scheme=${this.colorScheme ?? nothing}
            calendars=${this.calendars ?? nothing}
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
}
