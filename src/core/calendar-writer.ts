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

/** The calendar writer: `undefined` while it loads, `null` if it could not be loaded. */
export function calendarWriter(): CalendarWriter | null | undefined {
  return writer;
}
