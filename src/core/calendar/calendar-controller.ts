import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { lazyModule } from '../loading/lazy-module.js';
import { createItemCache } from '../feed/item-cache.js';
import { titledLink } from '../element/item-templates.js';
import type { CalendarEntry } from './ical.js';

/** The calendar writer (`ical.ts`), a chunk of its own that the elements load beside their feed. */
export type CalendarWriter = typeof import('./ical.js');

const writer = lazyModule<CalendarWriter>(() => import('./ical.js'));

/**
 * The `href` of an add-to-calendar link until the visitor reaches for it: an empty calendar file. The
 * real one is written then (on `pointerdown`, `focus` or `click`: pointer, touch, keyboard, context
 * menu, assistive technology), so that a render builds no file: an event's can take milliseconds, and a
 * list has many.
 */
export const EMPTY_CALENDAR_HREF = 'data:text/calendar;charset=utf-8,';

/** A calendar entry without its `uid`, which the controller makes from the item's id and the feed's URL. */
export type CalendarItem = Omit<CalendarEntry, 'uid'>;

const cachedHref = createItemCache<string>();

/**
 * Gives an element its add-to-calendar links: loads the calendar writer when the element connects
 * (once per page) and updates the element when it arrives.
 */
export class CalendarController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whether the writer is still loading: an element that shows a whole item at once waits for it. */
  get loading(): boolean {
    return writer.module === undefined;
  }

  hostConnected(): void {
    if (this.loading) void writer.load().then(() => this.host.requestUpdate());
  }

  /**
   * The add-to-calendar link of `link.item` (a feed item: the key of its file, cached per locale), or
   * nothing while the writer is not loaded (or could not be). `link.entry` is called when the visitor
   * reaches for the link; `link.feedUrl` names the feed in the event's `uid`.
   */
  renderLink(link: {
    item: { readonly id: string };
    title: string;
    locale: string;
    feedUrl: string;
    entry: () => Omit<CalendarItem, 'title'>;
  }): TemplateResult | typeof nothing {
    const loaded = writer.module;
    if (!loaded) return nothing;
    const { item, title } = link;
    const fill = (event: Event): void => {
      (event.currentTarget as HTMLAnchorElement).href = cachedHref(item, link.locale, () =>
        loaded.calendarHref(loaded.toICalendar({ uid: loaded.calendarUid(item.id, link.feedUrl), title, ...link.entry() })),
      );
    };
    return titledLink(
      { part: 'calendar-link', href: EMPTY_CALENDAR_HREF, download: loaded.calendarFileName(title), fill },
      msg('Add to calendar'),
      title,
    );
  }
}
