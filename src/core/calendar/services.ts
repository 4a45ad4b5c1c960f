/**
 * Links that open a calendar service's "new event" page filled with an entry (`docs/calendar.md` lists
 * the parameters). Nothing is asked of a service before the visitor follows its link.
 */
import { compactDate, compactUtc, entryTimes, type CalendarEntry } from './ical.js';

/** The choices of a calendar menu, in the default order of the `calendars` attribute. */
export const CALENDAR_SERVICES = ['ics', 'google', 'outlook', 'office365', 'yahoo'] as const;
export type CalendarService = (typeof CALENDAR_SERVICES)[number];

/**
 * The services `calendars` names, in its order, each once; unknown names are left out, and an empty or
 * missing list means all of them.
 */
export function chosenServices(calendars: string | null | undefined): CalendarService[] {
  const named = new Set((calendars ?? '').trim().split(/\s+/));
  const chosen = [...named].filter((name): name is CalendarService => (CALENDAR_SERVICES as readonly string[]).includes(name));
  return chosen.length > 0 ? chosen : [...CALENDAR_SERVICES];
}

/** `name=value&…`, each part percent-encoded (not `+` for a space, which Outlook shows as it is). */
function query(parameters: Record<string, string | undefined>): string {
  return Object.entries(parameters)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');
}

/** `2023-10-12` or `2023-10-12T10:30:00Z`: Outlook's ISO 8601 forms. */
function isoDate(wall: number): string {
  return new Date(wall).toISOString().slice(0, 10);
}
function isoUtc(instant: number): string {
  return `${new Date(instant).toISOString().slice(0, 19)}Z`;
}

/** The entry's description, then its link: the services have one text field for both. */
function details(entry: CalendarEntry): string {
  return [entry.description, entry.url].filter(Boolean).join('\n\n');
}

/** The link of `service` for `entry`. */
export function serviceUrl(service: Exclude<CalendarService, 'ics'>, entry: CalendarEntry): string {
  const times = entryTimes(entry);
  if (service === 'google') {
    const dates = times.allDay
      ? `${compactDate(times.firstDay)}/${compactDate(times.dayAfter)}`
      : `${compactUtc(times.start)}/${compactUtc(times.end)}`;
    return `https://calendar.google.com/calendar/render?${query({ action: 'TEMPLATE', text: entry.title, dates, details: details(entry), location: entry.location })}`;
  }
  if (service === 'yahoo') {
    const [st, et] = times.allDay
      ? [compactDate(times.firstDay), compactDate(times.dayAfter)]
      : [compactUtc(times.start), compactUtc(times.end)];
    return `https://calendar.yahoo.com/?${query({ v: '60', title: entry.title, st, et, dur: times.allDay ? 'allday' : undefined, desc: details(entry), in_loc: entry.location })}`;
  }
  const host = service === 'outlook' ? 'outlook.live.com' : 'outlook.office.com';
  const [startdt, enddt] = times.allDay ? [isoDate(times.firstDay), isoDate(times.dayAfter)] : [isoUtc(times.start), isoUtc(times.end)];
  return `https://${host}/calendar/0/action/compose?${query({
    subject: entry.title,
    startdt,
    enddt,
    body: details(entry),
    location: entry.location,
    allday: String(times.allDay),
  })}`;
}

/**
 * The links that subscribe to a published calendar file (a feed's `calendarUrl`): `webcal:` for the
 * visitor's calendar program, and Google Calendar's "add by URL"; none for a URL that is not http(s).
 */
export function subscriptionUrls(calendarUrl: string): { webcal: string; google: string } | undefined {
  if (!/^https?:/i.test(calendarUrl)) return undefined;
  const webcal = calendarUrl.replace(/^https?:/i, 'webcal:');
  return { webcal, google: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}` };
}
