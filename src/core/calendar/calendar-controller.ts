/** The calendar writer (`ical.ts`), a chunk of its own that the elements load beside their feed. */
export type CalendarWriter = typeof import('./ical.js');

let writer: CalendarWriter | null | undefined;
let loading: Promise<unknown> | undefined;

/**
 * Starts loading the calendar writer, once per page; resolves when it is loaded, or has failed to (then
 * the elements go without add-to-calendar links rather than without their content).
 */
export function loadCalendarWriter(): Promise<unknown> {
  return (loading ??= import('./ical.js').then(
    (module) => (writer = module),
    () => (writer = null),
  ));
}

/**
 * The `href` of an add-to-calendar link until the visitor reaches for it: an empty calendar file. The
 * real one is written by {@link fillCalendarLink}, so that a render builds no file (an event's can take
 * milliseconds, and a list has many).
 */
export const EMPTY_CALENDAR_HREF = 'data:text/calendar;charset=utf-8,';

/**
 * A listener for an add-to-calendar link's `pointerdown`, `focus` and `click` (every way of reaching
 * for it: pointer, touch, keyboard, context menu, assistive technology), writing `href()` into it then.
 */
export function fillCalendarLink(href: () => string): (event: Event) => void {
  return (event) => {
    (event.currentTarget as HTMLAnchorElement).href = href();
  };
}

/** The calendar writer: `undefined` while it loads, `null` if it could not be loaded. */
export function calendarWriter(): CalendarWriter | null | undefined {
  return writer;
}
