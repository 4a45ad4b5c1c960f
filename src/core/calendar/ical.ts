/**
 * RFC 5545 iCalendar files for the add-to-calendar links: one event, its zone described from `Intl`
 * (no zone database shipped), so that calendar programs show it at the venue's local time.
 */
import { instantSpan, isDateOnly, wallTime, zoneOffset } from '../time/dates.js';
import { pageBaseUrl } from '../environment.js';

/** One event or workshop as a calendar sees it; texts already resolved to one language. */
export interface CalendarEntry {
  /** Globally unique and stable, so that a second download updates the first: `seminar-1@example.org`. */
  uid: string;
  title: string;
  /** A feed Instant (see `docs/feed.md`). */
  start: string;
  /** A feed Instant; a date-only end is inclusive. */
  end?: string;
  /** The venue's IANA zone, one that `isKnownTimeZone` (`time/instant-checks.ts`) accepts. */
  timeZone: string;
  description?: string;
  location?: string;
  url?: string;
  status?: 'scheduled' | 'cancelled' | 'postponed';
}

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const MINUTE_MS = 60_000;
const STATUS = { scheduled: 'CONFIRMED', cancelled: 'CANCELLED', postponed: 'TENTATIVE' } as const;

/** `20231012T123000`: a wall time (UTC-style ms) as an iCalendar local DATE-TIME. */
function dateTimeValue(wall: number): string {
  return new Date(wall).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/** `20231012`: the date of a wall time as an iCalendar DATE. */
function dateValue(wall: number): string {
  return dateTimeValue(wall).slice(0, 8);
}

/** `+0200`, `-0330`, `-033052`: an offset in ms as an iCalendar UTC-OFFSET. */
function offsetValue(offset: number): string {
  const seconds = Math.abs(offset) / 1000;
  const pad = (value: number) => String(Math.floor(value)).padStart(2, '0');
  return `${offset < 0 ? '-' : '+'}${pad(seconds / 3600)}${pad((seconds % 3600) / 60)}${seconds % 60 ? pad(seconds % 60) : ''}`;
}

/**
 * A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters dropped;
 * a lone UTF-16 surrogate (JSON can hold one, `"\ud800"`) replaced by U+FFFD, as UTF-8 has no way to
 * write it and `encodeURIComponent` throws on it.
 */
function text(value: string): string {
  return value
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n?|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
    .replace(/\p{Cs}/gu, '\ufffd');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds a content line into lines of at most 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
function fold(line: string): string {
  let folded = '';
  let octets = 0;
  for (const character of line) {
    const length = utf8Length(character.codePointAt(0)!);
    if (octets + length > 75) {
      folded += '\r\n ';
      octets = 1;
    }
    folded += character;
    octets += length;
  }
  return folded;
}

interface Transition {
  /** The first instant of the new offset. */
  at: number;
  from: number;
  to: number;
}

/**
 * The instants where `timeZone`'s offset changes from `from` to `to`: weekly samples, then a binary
 * search to the minute. Zones change at most a few times a year, never twice in a week.
 */
function transitions(from: number, to: number, timeZone: string): Transition[] {
  const found: Transition[] = [];
  for (let sample = from; sample < to; sample += WEEK_MS) {
    let before = sample;
    let after = Math.min(sample + WEEK_MS, to);
    const offsetBefore = zoneOffset(before, timeZone);
    const offsetAfter = zoneOffset(after, timeZone);
    if (offsetBefore === offsetAfter) continue;
    while (after - before > MINUTE_MS) {
      const middle = before + Math.floor((after - before) / 2 / MINUTE_MS) * MINUTE_MS;
      if (zoneOffset(middle, timeZone) === offsetBefore) before = middle;
      else after = middle;
    }
    found.push({ at: after, from: offsetBefore, to: offsetAfter });
  }
  return found;
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', start: string, from: number, to: number): string[] {
  return [`BEGIN:${kind}`, `DTSTART:${start}`, `TZOFFSETFROM:${offsetValue(from)}`, `TZOFFSETTO:${offsetValue(to)}`, `END:${kind}`];
}

/**
 * The VTIMEZONE for the years the spans (epoch ms) fall in, in `timeZone`: for each span its first and
 * its last year (and, when they are at most a year apart, between), the windows of all spans merged.
 */
function vtimezone(timeZone: string, spans: readonly { from: number; to: number }[]): string[] {
  const year = (instant: number) => new Date(instant + zoneOffset(instant, timeZone)).getUTCFullYear();
  const windows = spans
    .flatMap(({ from, to }): [number, number][] => {
      const [first, last] = [year(from), year(to)];
      return last - first > 1
        ? [
            [first, first],
            [last, last],
          ]
        : [[first, last]];
    })
    .sort((a, b) => a[0] - b[0])
    .reduce<[number, number][]>((merged, window) => {
      const previous = merged.at(-1);
      if (previous && window[0] <= previous[1] + 1) previous[1] = Math.max(previous[1], window[1]);
      else merged.push(window);
      return merged;
    }, []);
  const key = `${timeZone} ${windows.join(' ')}`;
  let lines = vtimezones.get(key);
  if (!lines) {
    lines = describeZone(timeZone, windows);
    vtimezones.set(key, lines);
  }
  return lines;
}

// Searching a zone's changes takes about half a millisecond, and a list re-renders every event's link.
const vtimezones = new Map<string, string[]>();

/** A day before the local new year of `year`, whatever the zone's offset. */
function yearWindowStart(year: number): number {
  return wallTime(year, 1, 1) - DAY_MS;
}

/**
 * A VTIMEZONE that is right for every time in the `windows` of years (first and last year of each,
 * sorted, apart): the offset in force as the first window begins, then each change found in them.
 * RFC 5545 needs the observances at DTSTART and DTEND, not every year between: an event from year 1
 * to 9999 described them all (1.5 MB, seconds of work). A change to a
 * greater offset is daylight time; a zone without changes gets one STANDARD observance.
 */
function describeZone(timeZone: string, windows: readonly [number, number][]): string[] {
  const from = yearWindowStart(windows[0][0]);
  const initialOffset = zoneOffset(from, timeZone);
  const changes: Transition[] = [];
  for (const [firstYear, lastYear] of windows) {
    const start = yearWindowStart(firstYear);
    // Across the years left out, the offset may have changed for good: one observance says so.
    const before = changes.at(-1)?.to ?? initialOffset;
    const offset = zoneOffset(start, timeZone);
    if (offset !== before) changes.push({ at: start, from: before, to: offset });
    changes.push(...transitions(start, yearWindowStart(lastYear + 1) + 2 * DAY_MS, timeZone));
  }
  const kind = (change: Transition) => (change.to > change.from ? 'DAYLIGHT' : 'STANDARD');
  const initialKind = changes.length > 0 && kind(changes[0]) === 'STANDARD' ? 'DAYLIGHT' : 'STANDARD';
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    // Before 1970 the first observance starts with the window, so that it applies to what it describes.
    ...observance(initialKind, from < 0 ? dateTimeValue(from + initialOffset) : '19700101T000000', initialOffset, initialOffset),
    // An observance starts at the local time of the offset it replaces (RFC 5545 §3.6.5).
    ...changes.flatMap((change) => observance(kind(change), dateTimeValue(change.at + change.from), change.from, change.to)),
    'END:VTIMEZONE',
  ];
}

/**
 * Whether `timeZone`'s clocks show the local time of `instant` at another instant too (the hour after
 * they are turned back). Such a time with TZID is ambiguous: RFC 5545 reads it as the first of the two,
 * some parsers (ical.js) as the second, so it is written in UTC instead.
 */
function isRepeatedWallTime(instant: number, timeZone: string): boolean {
  const wallTime = instant + zoneOffset(instant, timeZone);
  // The offsets a day either side are the only others that can give the same local time.
  return [instant - DAY_MS, instant + DAY_MS].some((nearby) => {
    const other = wallTime - zoneOffset(nearby, timeZone);
    return other !== instant && other + zoneOffset(other, timeZone) === wallTime;
  });
}

/**
 * When an entry happens, as calendars take it: an all-day entry (a date-only start) as its first day and
 * the day after its last (`2023-09-14`–`2023-09-16` is 14 to 17 September, exclusive), as wall times in
 * its zone, found from the span so that a date-time end also ends a whole day; a timed entry as its
 * instants (epoch ms; without a later end, it ends where it starts).
 */
export function entryTimes(
  entry: Pick<CalendarEntry, 'start' | 'end' | 'timeZone'>,
): { allDay: true; firstDay: number; dayAfter: number } | { allDay: false; start: number; end: number } {
  const span = instantSpan(entry.start, entry.end, entry.timeZone);
  if (!isDateOnly(entry.start)) return { allDay: false, start: span.start, end: Math.max(span.start, span.end) };
  const wall = (instant: number) => instant + zoneOffset(instant, entry.timeZone);
  return { allDay: true, firstDay: wall(span.start), dayAfter: wall(Math.max(span.start, span.end - 1)) + DAY_MS };
}

/** `20231012T123000Z` for an instant, `20231012` for a wall time's day: the forms iCalendar and the services share. */
export function compactUtc(instant: number): string {
  return `${dateTimeValue(instant)}Z`;
}
export { dateValue as compactDate };

/** The VEVENT lines of `entry`, and the zone its times name (for the file's VTIMEZONE), if any. */
function vevent(entry: CalendarEntry, now: Date): { lines: string[]; zone: { timeZone: string; from: number; to: number } | undefined } {
  const { timeZone } = entry;
  const times = entryTimes(entry);
  const utc = /^(Etc\/)?(UTC|GMT)$/i.test(timeZone);
  let zone;
  let dates: string[];
  if (times.allDay) {
    dates = [`DTSTART;VALUE=DATE:${dateValue(times.firstDay)}`, `DTEND;VALUE=DATE:${dateValue(times.dayAfter)}`];
  } else {
    const wall = (instant: number) => instant + zoneOffset(instant, timeZone);
    const timeValue = (instant: number) =>
      utc || isRepeatedWallTime(instant, timeZone) ? `:${compactUtc(instant)}` : `;TZID=${timeZone}:${dateTimeValue(wall(instant))}`;
    // Without a later end, DTEND is left out: the event then ends where it starts (RFC 5545 §3.6.1).
    dates = [`DTSTART${timeValue(times.start)}`, ...(times.end > times.start ? [`DTEND${timeValue(times.end)}`] : [])];
    if (!utc) zone = { timeZone, from: times.start, to: times.end };
  }
  const lines = [
    'BEGIN:VEVENT',
    `UID:${text(entry.uid)}`,
    `DTSTAMP:${compactUtc(now.getTime())}`,
    ...dates,
    `SUMMARY:${text(entry.title)}`,
    ...(entry.description ? [`DESCRIPTION:${text(entry.description)}`] : []),
    ...(entry.location ? [`LOCATION:${text(entry.location)}`] : []),
    ...(entry.url ? [`URL:${entry.url}`] : []),
    `STATUS:${STATUS[entry.status ?? 'scheduled']}`,
    'END:VEVENT',
  ];
  return { lines, zone };
}

/**
 * The entries as an iCalendar file (CRLF line ends, folded at 75 octets): a VCALENDAR with one VEVENT
 * each. Date-only entries are all-day events with an exclusive DTEND (see {@link entryTimes}); timed
 * entries carry `TZID` and one VTIMEZONE per zone, covering the years of every entry in it, or plain UTC
 * times in `UTC` (and for a local time that the zone's clocks show twice).
 * @param calendarName `X-WR-CALNAME`, the name a calendar program gives a subscribed calendar.
 * @param now the moment the file is made, for DTSTAMP.
 * @throws RangeError for an invalid instant or an unknown zone (a validated feed has neither).
 */
export function toICalendar(entries: CalendarEntry | readonly CalendarEntry[], now: Date = new Date(), calendarName?: string): string {
  const events = (Array.isArray(entries) ? entries : [entries]).map((entry) => vevent(entry, now));
  const zones = new Map<string, { from: number; to: number }[]>();
  for (const { zone } of events) {
    if (!zone) continue;
    // Added in place: a copy of the list per entry made 40,000 entries in one zone take 30 s.
    const spans = zones.get(zone.timeZone);
    if (spans) spans.push(zone);
    else zones.set(zone.timeZone, [zone]);
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//N-SIW//nsiw-widgets//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(calendarName ? [`X-WR-CALNAME:${text(calendarName)}`] : []),
    ...[...zones].flatMap(([timeZone, spans]) => vtimezone(timeZone, spans)),
    ...events.flatMap((event) => event.lines),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** A link target that downloads `ics`: `data:text/calendar;charset=utf-8,…`. */
export function calendarHref(ics: string): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
}

/**
 * A file name for the entry that every system accepts: the title's letters and digits joined by
 * hyphens, lower case, cut to at most 60 characters at a word's end when it can be, then `.ics`;
 * `event.ics` when nothing is left.
 */
export function calendarFileName(title: string): string {
  const characters = Array.from(
    title
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+/, ''),
  );
  let name = characters.slice(0, 60).join('');
  if (characters.length > 60 && characters[60] !== '-' && name.includes('-')) name = name.slice(0, name.lastIndexOf('-'));
  return `${name.replace(/-+$/, '') || 'event'}.ics`;
}

/**
 * A calendar UID for a feed item that stays the same across downloads, so that a calendar updates the
 * entry instead of adding a second one: the item's collection and id at the host of the feed that
 * published it (`event-seminar@www.fafo.no`). The collection keeps an event and a workshop that share an
 * id apart, as RFC 5545 wants UIDs unique, and calendar programs drop one of two entries that share one.
 */
export function calendarUid(collection: 'event' | 'workshop', itemId: string, feedUrl: string): string {
  return `${collection}-${itemId}@${new URL(feedUrl, pageBaseUrl()).host || 'nsiw-widgets'}`;
}
