import type { PropertyDeclarations } from 'lit';
import { FeedElement } from '../element/feed-element.js';
import { nowAttribute } from '../time/dates.js';
import { CalendarController } from './calendar-controller.js';

/**
 * The base of the elements that show dated items of the feed (events, workshops): each item offers an
 * add-to-calendar menu, the element can describe what it shows to search engines, and "upcoming" and
 * "past" are measured from `now`.
 *
 * @attr {boolean} structured-data - Describes what the element shows to search engines: schema.org
 *   `Event`s as a JSON-LD script child of the element.
 * @attr {string} calendars - The choices of each add-to-calendar menu, in order, from `ics google outlook
 *   office365 yahoo` (the default, all five).
 * @attr {string} now - For stories, tests and previews: an ISO 8601 date-time taken as the current time.
 *
 * @internal
 */
export class ItemsElement extends FeedElement {
  static override properties: PropertyDeclarations = {
    structuredData: { attribute: 'structured-data', type: Boolean },
    calendars: {},
    now: { converter: nowAttribute },
  };

  structuredData = false;
  calendars: string | null = null;
  /** The moment "upcoming", "past" and statuses are measured from; the current time unless set (stories, tests). */
  now: Date | undefined;

  /** The items' calendar menus; their chunk loads beside the feed. */
  protected readonly calendar = new CalendarController(this);

  /** The items wait for the calendar writer too, so that each arrives whole, and none grows its menu a moment after the others moved. */
  protected override get holding(): boolean {
    return this.calendar.loading;
  }
}
