import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import type { InferInput } from 'valibot';
import { ItemsElement } from '../core/calendar/items-element.js';
import { resolveHeadingLevel } from '../core/element/heading-level.js';
import { renderActions, renderPlace, titledLink } from '../core/element/item-templates.js';
import { workshopPlace } from '../core/feed/place.js';
import { renderRichText } from '../core/element/rich-text.js';
import { baseStyles } from '../core/element/styles.js';
import type { JsonLdBuilders } from '../core/structured-data/structured-data-controller.js';
import type { FeedSchema, Workshop } from '../core/feed/schema.js';
import { validator, type Validator } from '../core/validator/static-validator.js';
import { renderLoading } from '../core/element/feed-frame.js';
import { seriesLength, workshopStatus } from '../core/feed/workshops.js';
import { formatDateRange, type SpanStatus } from '../core/time/dates.js';
import type { LocalizedText } from '../core/i18n/locale.js';
import { pageBaseUrl } from '../core/environment.js';
import { workshopCardStyles } from './nsiw-workshop-card.styles.js';

/** The `detail` types of this element's events, for handlers written apart from `addEventListener`. */
export type { FeedErrorDetail, FeedLoadDetail } from '../core/element/feed-element.js';

/** A workshop as a feed writes it (`docs/feed.md`): texts, relative links and an optional `timeZone`. */
export type WorkshopInput = InferInput<FeedSchema['Workshop']>;

/** Where a workshop stands at the card's `now`. */
export type WorkshopStatus = SpanStatus;

/** The `.workshop` property, read: the workshop to show, or why it cannot be shown. */
type CheckedWorkshop = { workshop: Workshop } | { problem: string };

/**
 * One workshop of the network's series, as a card: its number in the series, title, status (upcoming,
 * ongoing or past, measured in the workshop's own zone), days, venue, city and country, host, description, the programme (or that it is to
 * be announced), registration while it is not past, and an add-to-calendar link.
 *
 * Given either by `src` and `workshop-id` (the workshop with that id in the feed), or by the `.workshop`
 * property (a workshop object of the feed's shape, checked by the feed's own validator), which wins when
 * both are set. A `workshop-id` that the feed does not hold, or none at all, is said so on the card.
 *
 * @element nsiw-workshop-card
 *
 * @attr {string} src - Feed URL. Without it (and without `.workshop`) the element reads a child
 *   `<script type="application/json">` holding a feed.
 * @attr {string} workshop-id - The `id` of the workshop to show, among the feed's `workshops`.
 * @attr {number} series-length - How many workshops the series has, for "Workshop 1 of 3" on a card given
 *   by `.workshop`; a card from a feed counts the feed's workshops itself.
 * @attr {boolean} next - Marks the card as the series' next workshop ("Next in the series").
 *   `<nsiw-workshop-series>` sets it.
 * @attr {boolean} structured-data - Describes the workshop to search engines: a schema.org `Event` as a
 *   JSON-LD script child of the element (written without breaking pages that enforce Trusted Types).
 * @attr {string} calendars - The choices of the add-to-calendar menu, in order, from `ics google outlook
 *   office365 yahoo` (the default, all five).
 * @attr {string} now - For stories, tests and previews: an ISO 8601 date-time taken as the current time.
 *
 * @fires {CustomEvent<FeedLoadDetail>} nsiw-load - The feed was loaded (feed mode only): `detail.feed` (validated), `detail.skipped`
 *   and `detail.dropped`, as for `nsiw-events`.
 * @fires {CustomEvent<FeedErrorDetail>} nsiw-error - The feed could not be used (feed mode only): `detail.error` names the cause.
 *
 * @csspart card - The workshop (an `<article>`).
 * @csspart title - The workshop's title (a heading).
 * @csspart number - "Workshop 1 of 3" ("Workshop 1" when the series length is unknown), when the workshop has a number.
 * @csspart next - The "Next in the series" marker.
 * @csspart status - Upcoming, ongoing or past.
 * @csspart status-upcoming - The status, while the workshop is upcoming.
 * @csspart status-ongoing - The status, while the workshop is ongoing.
 * @csspart status-past - The status, once the workshop is past.
 * @csspart when - The days of the workshop.
 * @csspart place - Venue, city and country.
 * @csspart host - The hosting institution.
 * @csspart description - The description (rich text).
 * @csspart programme - The programme link, or the "to be announced" line.
 * @csspart programme-link - The programme link.
 * @csspart actions - The row of links under the card.
 * @csspart calendar - The add-to-calendar menu: its button and its list.
 * @csspart calendar-button - The button that opens the add-to-calendar menu.
 * @csspart calendar-menu - The list of calendars the menu offers.
 * @csspart calendar-link - Each choice of the menu (with `calendar-ics`, `calendar-google`, `calendar-outlook`,
 *   `calendar-office365` or `calendar-yahoo`).
 * @csspart registration-link - The registration link.
 * @csspart missing-id - The state shown when no `workshop-id` is set.
 * @csspart not-found - The state shown when the feed has no workshop with the `workshop-id`.
 * @csspart invalid - The state shown when the `.workshop` property is not a valid workshop.
 * @csspart invalid-detail - The technical cause inside the invalid state.
 *
 * @cssprop [--nsiw-border=color-mix(in srgb, currentColor 25%, transparent)] - The card's border colour.
 * @cssprop [--nsiw-radius=0.25em] - Corner radius of the card, its badges and buttons.
 * @cssprop [--nsiw-gap=1em] - Padding of the card.
 * @cssprop --nsiw-workshop-card-min-height - Height the element keeps from the moment it is on the page, loading or not
 *   (set it to the rendered height to avoid any layout shift). Unset: `18em` while the feed loads, then none.
 */
export class NsiwWorkshopCard extends ItemsElement {
  static override styles = [baseStyles, workshopCardStyles];
  static override properties: PropertyDeclarations = {
    workshopId: { attribute: 'workshop-id', reflect: true },
    workshop: { attribute: false },
    seriesLength: { attribute: 'series-length', type: Number },
    next: { type: Boolean, reflect: true },
    feedUrl: { attribute: false },
  };

  workshopId: string | null = null;
  /**
   * A workshop object of the feed's shape, shown instead of one from a feed. It is validated as a feed
   * item would be: bad optional members are left out, and an object that is no workshop at all shows
   * the invalid state. Assign a new object to change it; changes inside the same object go unnoticed.
   */
  workshop: WorkshopInput | null | undefined;
  seriesLength: number | null = null;
  next = false;
  /**
   * The URL the `.workshop`'s relative links resolve against, and whose host names it in calendar files:
   * the page's unless set. `<nsiw-workshop-series>` sets its feed's, so that its cards link as a card
   * from the same feed does.
   * @internal
   */
  feedUrl: string | undefined;

  /** The `.workshop` property, read; `undefined` while it is not set, or while the validator loads. */
  private _checked: CheckedWorkshop | undefined;
  /** Whether `.workshop` waits for the validator (the CDN build's chunk), to be read when it arrives. */
  private _awaitsValidator = false;

  private get _propertyMode(): boolean {
    return this.workshop !== null && this.workshop !== undefined;
  }

  protected override readsFeed(): boolean {
    return !this._propertyMode && !!this.workshopId;
  }

  /** A card of a server-rendered series keeps its content until the series gives it its workshop. */
  protected override keepsServerContent(): boolean {
    return super.keepsServerContent() || (!this._propertyMode && !this.readsFeed());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('workshop') || changed.has('feedUrl') || this._awaitsValidator) {
      const validate = validator.module;
      this._awaitsValidator = this._propertyMode && validate === undefined;
      if (this._awaitsValidator) void validator.load().then(() => this.requestUpdate());
      this._checked = this._propertyMode && validate !== undefined ? checkWorkshop(validate, this.workshop, this._linkBase()) : undefined;
    }
  }

  protected override render(): TemplateResult {
    return this.renderFeed({
      pending: () => msg('Loading workshop…'),
      initial: () => this._renderWithoutFeed(),
      complete: (result) => {
        const { workshops } = result.feed;
        const workshop = workshops.find((candidate) => candidate.id === this.workshopId);
        if (!workshop) {
          const id = this.workshopId;
          return html`<p class="state" part="not-found">${msg(str`The feed has no workshop with the id "${id}".`)}</p>`;
        }
        return this._renderCard(workshop, result.feedUrl, seriesLength(workshops));
      },
    });
  }

  protected override describeStructuredData(builders: JsonLdBuilders) {
    const shown = this._shownWorkshop();
    return shown && builders.workshopJsonLd(shown.workshop, this.locale);
  }

  private _linkBase(): string {
    return this.feedUrl ?? pageBaseUrl() ?? '';
  }

  /** The workshop on the card, with the base its links resolve against and its series' length. */
  private _shownWorkshop(): { workshop: Workshop } | undefined {
    if (this._checked) return 'workshop' in this._checked ? this._checked : undefined;
    const workshop = this.feedController.value?.feed.workshops.find((candidate) => candidate.id === this.workshopId);
    return workshop && { workshop };
  }

  /** A card given `.workshop`, or the reason it shows none. */
  private _renderWithoutFeed(): TemplateResult {
    if (this._awaitsValidator) return renderLoading(msg('Loading workshop…'));
    if (this._checked && 'workshop' in this._checked) return this._renderCard(this._checked.workshop, this._linkBase(), this.seriesLength);
    if (this._checked) {
      return html`<p class="state" part="invalid">
        ${msg('This workshop cannot be shown.')}
        <span class="state-detail" part="invalid-detail" lang="en">${this._checked.problem}</span>
      </p>`;
    }
    return html`<p class="state" part="missing-id">${msg('No workshop chosen: the workshop-id attribute is missing.')}</p>`;
  }

  /**
   * @param baseUrl the feed's own URL, against which the description's relative links resolve.
   * @param length how many workshops the series has, when known.
   */
  private _renderCard(workshop: Workshop, baseUrl: string, length: number | null): TemplateResult {
    const title = this.text(workshop.title);
    const status = workshopStatus(workshop, this.now);
    const description = workshop.description && this.text(workshop.description);
    return html`<article part="card" class=${`card ${status}`} aria-labelledby="title">
      <div role="heading" aria-level=${resolveHeadingLevel(this.headingLevel)} part="title" class="title" id="title">
        <bdi lang=${title.lang ?? nothing}>${title.value}</bdi>
      </div>
      <p class="badges">
        ${workshop.number === undefined ? nothing : this._renderNumber(workshop.number, length)}
        <span part=${`status status-${status}`} class="badge status">${this._statusLabel(status)}</span>
        ${this.next ? html`<span part="next" class="badge next">${msg('Next in the series')}</span>` : nothing}
      </p>
      <p part="when" class="when">
        <time datetime=${workshop.start}>
          ${formatDateRange(workshop.start, workshop.end, workshop.timeZone, this.locale)}
        </time>
      </p>
      ${renderPlace(workshopPlace(workshop, this.locale))}
      ${workshop.host ? this._renderHost(this.text(workshop.host)) : nothing}
      ${
        description
          ? html`<div part="description" class="description" lang=${description.lang ?? nothing}>
            ${renderRichText(description.value, { baseUrl })}
          </div>`
          : nothing
      }
      ${this._renderProgramme(workshop, status, title.value)}
      ${this._renderActions(workshop, status, title.value, baseUrl)}
    </article>`;
  }

  private _renderActions(workshop: Workshop, status: WorkshopStatus, title: string, baseUrl: string): TemplateResult | typeof nothing {
    return renderActions(
      this.calendar.renderMenu({
        kind: 'workshop',
        item: workshop,
        title,
        locale: this.locale,
        feedUrl: baseUrl,
        calendars: this.calendars,
      }),
      workshop.registrationUrl && status !== 'past'
        ? titledLink('registration-link', workshop.registrationUrl, msg('Register'), title)
        : nothing,
    );
  }

  private _renderHost(host: LocalizedText): TemplateResult {
    return html`<p part="host" class="host">
      ${msg('Host:')} <bdi lang=${host.lang ?? nothing}>${host.value}</bdi>
    </p>`;
  }

  /**
   * The programme link, or that it is to be announced; a past workshop without one says nothing, since
   * no programme will be announced for it any more.
   */
  private _renderProgramme(workshop: Workshop, status: WorkshopStatus, title: string): TemplateResult | typeof nothing {
    if (workshop.programUrl) {
      return html`<p part="programme" class="programme">
        ${titledLink('programme-link', workshop.programUrl, msg('Programme'), title)}
      </p>`;
    }
    if (status === 'past') return nothing;
    return html`<p part="programme" class="programme to-be-announced">${msg('Programme to be announced.')}</p>`;
  }

  private _renderNumber(number: number, length: number | null): TemplateResult {
    return html`<span part="number" class="badge number">
      ${
        length !== null && Number.isInteger(length) && length >= number
          ? msg(str`Workshop ${number} of ${length}`)
          : msg(str`Workshop ${number}`)
      }
    </span>`;
  }

  private _statusLabel(status: WorkshopStatus): string {
    if (status === 'upcoming') return msg('Upcoming');
    if (status === 'ongoing') return msg('Ongoing');
    return msg('Past');
  }
}

/**
 * Reads a `.workshop` object with the feed's own validator, as the one item of a feed, so that it gets
 * exactly what a feed's workshop would: links resolved against the page, bad optional members left out
 * and reported in the console, and a clear reason when it is no workshop at all (or when the CDN build's
 * validator could not be loaded: without it nothing may be shown).
 */
function checkWorkshop(validate: Validator | null, input: unknown, baseUrl: string): CheckedWorkshop {
  if (!validate) return { problem: 'Its validator, a file beside nsiw-widgets.js, could not be loaded.' };
  const result = validate.validateFeed({ version: validate.FEED_VERSION, workshops: [input] }, baseUrl);
  validate.warnProblems(result, '<nsiw-workshop-card> .workshop');
  const [workshop] = result.feed.workshops;
  return workshop ? { workshop } : { problem: result.skipped[0].reason };
}

// Written out, not in a helper, so that tools reading the source (the manifest analyzer) see the definition.
// A second copy of the library on the page (another version, the CDN build) finds the tag taken and steps back.
if (!customElements.get('nsiw-workshop-card')) customElements.define('nsiw-workshop-card', NsiwWorkshopCard);

declare global {
  interface HTMLElementTagNameMap {
    'nsiw-workshop-card': NsiwWorkshopCard;
  }
}
