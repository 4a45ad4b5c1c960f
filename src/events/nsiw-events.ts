import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ItemsElement } from '../core/calendar/items-element.js';
import { resolveHeadingLevel } from '../core/element/heading-level.js';
import { renderActions, renderPlace, titledLink } from '../core/element/item-templates.js';
import { eventPlace } from '../core/feed/place.js';
import { baseStyles } from '../core/element/styles.js';
import { renderEach } from '../core/element/feed-frame.js';
import { createItemCache } from '../core/feed/item-cache.js';
import { lazyModule } from '../core/lazy-module.js';
import type { FeedEvent } from '../core/feed/schema.js';
import type { ValidatedFeed } from '../core/validator/validate.js';
import { formatWhen, instantSpan } from '../core/time/dates.js';
import type { Text } from '../core/i18n/locale.js';
import { eventsStyles } from './nsiw-events.styles.js';
import type { JsonLdBuilders } from '../core/structured-data/structured-data-controller.js';

export type { FeedErrorDetail, FeedLoadDetail } from '../core/element/feed-element.js';

export type EventsShow = 'upcoming' | 'past' | 'all';

const cachedSpan = createItemCache<ReturnType<typeof instantSpan>>();
const cachedWhen = createItemCache<ReturnType<typeof formatWhen>>();

const DEFAULT_PAGE_SIZE = 50;

/** Lists longer than this are put in order once per feed, in slices, by a chunk of their own; shorter ones at each render. */
const ORDER_IN_SLICES_ABOVE = 2000;
const eventOrders = lazyModule(() => import('./event-order.js'));

const KNOWN_TYPES = ['seminar', 'workshop', 'conference', 'panel', 'webinar', 'meeting'] as const;

/**
 * The network's event list, read from a feed.
 *
 * @element nsiw-events
 *
 * @attr {'upcoming'|'past'|'all'} show - Which events: not yet ended, soonest first (default); ended,
 *   most recent first; or all, in date order.
 * @attr {number} limit - The most events shown.
 * @attr {number} page-size - How many events are shown at first (default 50); a "Show more events" button
 *   under the list shows as many more each time, and moves focus to the first of them.
 * @attr {string} types - Space-separated event types to show; absent: all.
 * @attr {boolean} structured-data - Describes the events shown to search engines: schema.org `Event`s as a
 *   JSON-LD script child of the element (written without breaking pages that enforce Trusted Types).
 * @attr {string} calendars - The choices of each event's add-to-calendar menu, in order, from `ics google
 *   outlook office365 yahoo` (the default, all five).
 * @attr {string} now - For stories, tests and previews: an ISO 8601 date-time taken as the current time.
 *
 * @csspart list - The list of events.
 * @csspart event - One event.
 * @csspart title - An event's title (a heading).
 * @csspart title-link - The link in the title, when the event has a `url`.
 * @csspart when - The date and time line.
 * @csspart type - The type label.
 * @csspart status - The cancelled / postponed marker.
 * @csspart organizer - The organizer.
 * @csspart place - The place, or the online link.
 * @csspart actions - The row of links under an event.
 * @csspart calendar - An event's add-to-calendar menu: its button and its list.
 * @csspart calendar-button - The button that opens the add-to-calendar menu.
 * @csspart calendar-menu - The list of calendars the menu offers.
 * @csspart calendar-link - Each choice of the menu (with `calendar-ics`, `calendar-google`, `calendar-outlook`,
 *   `calendar-office365` or `calendar-yahoo`).
 * @csspart subscribe - The subscription line, when the feed names a `calendarUrl`.
 * @csspart subscribe-link - The `webcal:` link that subscribes the visitor's calendar program to the feed's calendar.
 * @csspart subscribe-google - The link that subscribes Google Calendar to it.
 * @csspart registration-link - The registration link.
 * @csspart empty - The empty state.
 * @csspart show-more - The "Show more events (N more)" button under a list longer than `page-size`.
 *
 * @cssprop [--nsiw-gap=1em] - Space between events.
 * @cssprop --nsiw-events-min-height - Height the element keeps from the moment it is on the page, loading or not
 *   (set it to the rendered height to avoid any layout shift). Unset: while the feed loads, 11em for each event `limit` promises (1 to 4), else 55em; then none.
 */
export class NsiwEvents extends ItemsElement {
  static override styles = [baseStyles, eventsStyles];
  static override properties: PropertyDeclarations = {
    show: {},
    limit: { type: Number },
    pageSize: { attribute: 'page-size', type: Number },
    types: {},
  };

  show: EventsShow = 'upcoming';
  limit: number | null = null;
  pageSize = DEFAULT_PAGE_SIZE;
  types: string | null = null;
  /** Pages of the list shown: 1, and one more for each "Show more events". */
  private _pagesShown = 1;
  /** After "Show more events": the position of the first event it showed, which then takes focus. */
  private _focusAt: number | undefined;
  protected override render(): TemplateResult {
    return this.renderFeed({
      pending: () => msg('Loading events…'),
      complete: ({ feed }) => html`${this._renderList(feed.events)}${this.calendar.renderSubscription(feed.calendarUrl)}`,
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another selection starts again at its first page.
    if (['show', 'types', 'limit', 'pageSize', 'src'].some((name) => changed.has(name as keyof NsiwEvents))) this._pagesShown = 1;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this._focusAt === undefined) return;
    const item = this.shadowRoot?.querySelectorAll<HTMLElement>('[part~="event"]')[this._focusAt];
    this._focusAt = undefined;
    if (!item) return;
    item.tabIndex = -1;
    item.focus();
  }

  protected override describeStructuredData(builders: JsonLdBuilders) {
    const result = this.feedController.value;
    return result && this._selectEvents(result.feed.events).map((event) => builders.eventJsonLd(event, this.locale));
  }

  /** A long list is put in order before the feed counts as loaded: in slices, by a chunk of its own. */
  protected override prepareFeed({ feed }: ValidatedFeed): Promise<unknown> | undefined {
    return feed.events.length > ORDER_IN_SLICES_ABOVE ? eventOrders.load().then((module) => module?.ordered(feed.events)) : undefined;
  }

  private _renderList(all: readonly FeedEvent[]): TemplateResult {
    const events = this._selectEvents(all);
    if (events.length === 0) {
      return html`<p class="state" part="empty">${this._emptyMessage()}</p>`;
    }
    const pageSize = Number.isInteger(Number(this.pageSize)) && Number(this.pageSize) > 0 ? Number(this.pageSize) : DEFAULT_PAGE_SIZE;
    const shown = events.slice(0, pageSize * this._pagesShown);
    const more = events.length - shown.length;
    return html`<ul part="list" role="list">
        ${renderEach(this, shown, (event) => this._renderEvent(event))}
      </ul>
      ${
        more > 0
          ? html`<button type="button" part="show-more" class="show-more" @click=${() => this._showMore(shown.length)}>
              ${msg(str`Show more events (${more} more)`)}
            </button>`
          : nothing
      }`;
  }

  private _showMore(firstNew: number): void {
    this._pagesShown += 1;
    this._focusAt = firstNew;
    this.requestUpdate();
  }

  private _emptyMessage(): string {
    if (this.show === 'past') return msg('No past events.');
    if (this.show === 'all') return msg('No events.');
    return msg('No upcoming events.');
  }

  /** The events `show`, `types` and `limit` ask for, in the order `show` fixes. */
  private _selectEvents(events: readonly FeedEvent[]): FeedEvent[] {
    const now = (this.now ?? new Date()).getTime();
    const wantedTypes = this.types?.trim() ? new Set(this.types.trim().split(/\s+/)) : undefined;
    const show: EventsShow = this.show === 'past' || this.show === 'all' ? this.show : 'upcoming';
    const keep = (event: FeedEvent, end: number) => {
      if (wantedTypes && !wantedTypes.has(event.type ?? '')) return false;
      const ended = end <= now;
      return show === 'all' || (show === 'past' ? ended : !ended);
    };
    // A long list was put in order once (event-order.ts), and is filtered in that order; a short one is sorted
    // here (and a long one too, should the order's chunk have failed to load).
    const order = events.length > ORDER_IN_SLICES_ABOVE ? eventOrders.module?.orderOf(events) : undefined;
    let selected: FeedEvent[];
    if (order) {
      const { events: sorted, ends } = show === 'past' ? order.byEndDescending : order.byStart;
      selected = sorted.filter((event, index) => keep(event, ends[index]!));
    } else {
      const spans = new Map(
        events.map((event) => [event, cachedSpan(event, '', () => instantSpan(event.start, event.end, event.timeZone))]),
      );
      selected = events.filter((event) => keep(event, spans.get(event)!.end));
      selected.sort((a, b) => (show === 'past' ? spans.get(b)!.end - spans.get(a)!.end : spans.get(a)!.start - spans.get(b)!.start));
    }
    // A framework that sets properties (React 19) may pass the attribute's string: "3" means 3 all the same.
    const limit = this.limit === null || (this.limit as unknown) === '' ? NaN : Number(this.limit);
    return Number.isInteger(limit) && limit >= 0 ? selected.slice(0, limit) : selected;
  }

  private _renderEvent(event: FeedEvent): TemplateResult {
    const title = this.text(event.title);
    const when = cachedWhen(event, this.locale, () => formatWhen(event.start, event.end, event.timeZone, this.locale));
    const level = resolveHeadingLevel(this.headingLevel);
    const typeLabel = event.label ? this.text(event.label) : this._typeLabel(event.type);
    return html`<li part="event" class=${`event ${event.status}`}>
      <div role="heading" aria-level=${level} part="title" class="title">
        ${
          event.url
            ? html`<a part="title-link" href=${event.url} lang=${title.lang ?? nothing}><bdi>${title.value}</bdi></a>`
            : html`<bdi lang=${title.lang ?? nothing}>${title.value}</bdi>`
        }
      </div>
      ${this._renderStatus(event)}
      <p part="when" class="when">
        <time datetime=${event.start}>${when.date}</time>${
          when.time ? html`, <span class="time">${when.time}</span>` : nothing
        }${when.zone ? html` <span class="zone">${when.zone}</span>` : nothing}
      </p>
      ${
        typeLabel || event.organizer
          ? html`<p class="meta">
            ${typeLabel ? html`<span part="type" class="type" lang=${typeLabel.lang ?? nothing}>${typeLabel.value}</span>` : nothing}
            ${event.organizer ? this._renderOrganizer(event.organizer) : nothing}
          </p>`
          : nothing
      }
      ${renderPlace(eventPlace(event, this.locale), event.location?.online)}
      ${this._renderActions(event, title.value)}
    </li>`;
  }

  private _renderStatus(event: FeedEvent): TemplateResult | typeof nothing {
    if (event.status === 'cancelled') {
      return html`<p part="status" class="status">${msg('Cancelled')}</p>`;
    }
    if (event.status === 'postponed') {
      return html`<p part="status" class="status">${msg('Postponed')}</p>`;
    }
    return nothing;
  }

  private _renderOrganizer(organizer: Text): TemplateResult {
    const name = this.text(organizer);
    return html`<span part="organizer" class="organizer"
      >${msg('Organizer:')} <bdi lang=${name.lang ?? nothing}>${name.value}</bdi></span
    >`;
  }

  private _renderActions(event: FeedEvent, title: string): TemplateResult | typeof nothing {
    return renderActions(
      event.status === 'cancelled'
        ? nothing
        : this.calendar.renderMenu({
            kind: 'event',
            item: event,
            title,
            locale: this.locale,
            feedUrl: this.feedController.value?.feedUrl ?? '',
            calendars: this.calendars,
          }),
      event.registrationUrl ? titledLink('registration-link', event.registrationUrl, msg('Register'), title) : nothing,
    );
  }

  private _typeLabel(type: string | undefined) {
    if (!type) return undefined;
    const labels: Record<(typeof KNOWN_TYPES)[number], string> = {
      seminar: msg('Seminar'),
      workshop: msg('Workshop'),
      conference: msg('Conference'),
      panel: msg('Panel'),
      webinar: msg('Webinar'),
      meeting: msg('Meeting'),
    };
    return (KNOWN_TYPES as readonly string[]).includes(type)
      ? { value: labels[type as (typeof KNOWN_TYPES)[number]], lang: undefined }
      : { value: type, lang: undefined };
  }
}

// Written out, not in a helper, so that tools reading the source (the manifest analyzer) see the definition.
// A second copy of the library on the page (another version, the CDN build) finds the tag taken and steps back.
if (!customElements.get('nsiw-events')) customElements.define('nsiw-events', NsiwEvents);

declare global {
  interface HTMLElementTagNameMap {
    'nsiw-events': NsiwEvents;
  }
}
