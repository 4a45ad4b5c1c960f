/**
 * Instants and spans of the feed (see `docs/feed.md`), formatted with `Intl` in the item's own time zone,
 * never the viewer's. No date library: the platform knows every zone and every locale we need.
 *
 * "Wall" times below are the local date and time of a zone, held as if they were UTC milliseconds, so
 * that `Date`'s UTC getters read them without the viewer's zone ever getting involved.
 */
import { INTL_LOCALES, type Locale } from '../i18n/locale.js';
import { dateTimeFormat } from '../i18n/intl-cache.js';

export const DAY_MS = 86_400_000;

const INSTANT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:Z|([+-])(\d{2}):(\d{2})))?$/;

/** The fields of an Instant; `offset` (ms east of UTC) is `undefined` for a date alone. */
interface InstantFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  offset: number | undefined;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The fields of a syntactically valid Instant that names a real date and time, else `undefined`. */
export function parseInstant(value: string): InstantFields | undefined {
  const match = typeof value === 'string' ? INSTANT_PATTERN.exec(value) : null;
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, sign, offsetHours, offsetMinutes] = match;
  const fields: InstantFields = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    millisecond: Number((fraction ?? '0').padEnd(3, '0')),
    offset:
      hour === undefined ? undefined : sign ? (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000 : 0,
  };
  const real =
    fields.month >= 1 &&
    fields.month <= 12 &&
    fields.day >= 1 &&
    fields.day <= daysInMonth(fields.year, fields.month) &&
    fields.hour <= 23 &&
    fields.minute <= 59 &&
    fields.second <= 59 &&
    Number(offsetHours ?? 0) <= 23 &&
    Number(offsetMinutes ?? 0) <= 59 &&
    fields.year >= 1 &&
    // A date-time's offset may carry it out of the years feeds can hold (`0001-01-01T00:30+01:00`).
    (fields.offset === undefined || inFeedYears(epochOf(fields, 'UTC')));
  return real ? fields : undefined;
}

/** The first moments of year 1 and of year 10000, as UTC-style ms: a feed's years lie between. */
const FIRST_MS = wallTime(1, 1, 1);
const END_MS = wallTime(10000, 1, 1);

export function inFeedYears(ms: number): boolean {
  return ms >= FIRST_MS && ms < END_MS;
}

/** Whether `value` is a date alone (`2023-10-12`), which stands for the whole day in the item's zone. */
export function isDateOnly(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateTimeFormat(locale, { ...options, timeZone });
}

/** The offset `Intl` gives for `timeZone` at `epochMs`; see {@link zoneOffset}, which remembers it. */
function intlZoneOffset(epochMs: number, timeZone: string): number {
  const name = formatter('en-US', timeZone, { timeZoneName: 'longOffset' })
    .formatToParts(epochMs)
    .find((part) => part.type === 'timeZoneName')?.value;
  // `GMT+02:00`, `GMT-03:30:52` (historic local mean time), or plain `GMT` for UTC in some engines.
  const match = /([+\-\u2212])(\d\d):(\d\d)(?::(\d\d))?/.exec(name ?? '');
  if (!match) return 0;
  const [, sign, hours, minutes, seconds = '0'] = match;
  return (sign === '+' ? 1 : -1) * ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
}

/** Instants `from`–`to` (inclusive) over which a zone's offset is known to be `offset`. */
interface OffsetSpan {
  from: number;
  to: number;
  offset: number;
}

/**
 * Two instants this close with the same offset have it in between too, and with different offsets have
 * one change between them: no zone changes its offset twice within two days (tzdb's changes are months
 * apart; the closest, Ramadan's pause of summer time, lasts weeks).
 */
const SAME_OFFSET_REACH = 2 * DAY_MS;
/**
 * Spans kept per zone before they are forgotten (some 3 MB at most): enough for the 100 000 events of an
 * archive in a few zones, whose list asks every one of them, small however many a feed has.
 */
const MAX_SPANS = 65_536;

/** Per zone, the offsets asked so far as sorted, disjoint spans: a list of 1 000 events asks `Intl` about once each, not eight times. */
const offsetSpans = new Map<string, OffsetSpan[]>();

/** The first instant after `from` (whose offset is `offset`) and at most `to` where `timeZone`'s offset is another. */
function offsetChange(from: number, to: number, offset: number, timeZone: string): number {
  while (to - from > 1) {
    const middle = Math.floor((from + to) / 2);
    if (intlZoneOffset(middle, timeZone) === offset) from = middle;
    else to = middle;
  }
  return to;
}

/**
 * The offset of `timeZone` from UTC at the instant `epochMs`, in milliseconds (east positive):
 * 7 200 000 for `Europe/Oslo` in summer. Remembered per zone and span between changes.
 * @throws RangeError when the zone is unknown (see {@link isKnownTimeZone}).
 */
export function zoneOffset(epochMs: number, timeZone: string): number {
  let spans = offsetSpans.get(timeZone) ?? [];
  if (spans.length >= MAX_SPANS) spans = [];
  let index = 0;
  for (let high = spans.length; index < high;) {
    const middle = (index + high) >> 1;
    if (spans[middle].from <= epochMs) index = middle + 1;
    else high = middle;
  }
  const before: OffsetSpan | undefined = spans[index - 1];
  if (before && before.to >= epochMs) return before.offset;
  const after: OffsetSpan | undefined = spans[index];
  const offset = intlZoneOffset(epochMs, timeZone);
  // Kept only once `Intl` knew the zone: a feed's unknown names leave nothing behind.
  offsetSpans.set(timeZone, spans);
  let span: OffsetSpan = { from: epochMs, to: epochMs, offset };
  if (before && epochMs - before.to <= SAME_OFFSET_REACH) {
    if (before.offset === offset) span = before;
    else {
      span.from = offsetChange(before.to, epochMs, before.offset, timeZone);
      before.to = span.from - 1;
    }
  }
  if (span !== before) spans.splice(index++, 0, span);
  span.to = epochMs;
  if (after && after.from - epochMs <= SAME_OFFSET_REACH) {
    if (after.offset === offset) {
      span.to = after.to;
      spans.splice(index, 1);
    } else {
      after.from = offsetChange(epochMs, after.from, offset, timeZone);
      span.to = after.from - 1;
    }
  }
  return offset;
}

/** UTC-style milliseconds for a calendar date and time; unlike `Date.UTC`, years 0–99 stay themselves. */
export function wallTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisecond);
  return date.getTime();
}

/**
 * The instant at which `timeZone`'s clocks show `wall`. A time that occurs twice (clocks turned back)
 * is the first one; a time skipped by clocks turned forward moves forward with them, so the start of
 * a day whose midnight is skipped is the moment the day really begins.
 */
function instantOfWallTime(wall: number, timeZone: string): number {
  // The offsets just before and after `wall` hold every offset that can apply to it.
  const candidates = [zoneOffset(wall - DAY_MS, timeZone), zoneOffset(wall + DAY_MS, timeZone)].map((offset) => wall - offset);
  const exact = candidates.filter((instant) => instant + zoneOffset(instant, timeZone) === wall);
  return exact.length > 0 ? Math.min(...exact) : Math.max(...candidates);
}

/** Epoch ms of an Instant; a date alone is the start of the day after `daysLater` days, in `timeZone`. */
function epochOf(fields: InstantFields, timeZone: string, daysLater = 0): number {
  const { year, month, day, hour, minute, second, millisecond, offset } = fields;
  if (offset === undefined) return instantOfWallTime(wallTime(year, month, day + daysLater), timeZone);
  return wallTime(year, month, day, hour, minute, second, millisecond) - offset;
}

function requireInstant(value: string): InstantFields {
  const fields = parseInstant(value);
  if (!fields) throw new RangeError(`Not a valid instant: ${JSON.stringify(value)}`);
  return fields;
}

/**
 * Epoch ms where the span starts and (exclusively) ends, in the item's zone. A date-only start is
 * 00:00 that day in `timeZone`; a date-only end is inclusive, so the span ends at 00:00 of the day
 * after. Without an end, a date-only start spans its whole day and a date-time start ends where it
 * starts. Daylight saving time is honoured: a day can last 23 or 25 hours.
 * @throws RangeError for a value {@link isValidInstant} refuses, or an unknown zone.
 */
export function instantSpan(start: string, end: string | undefined, timeZone: string): { readonly start: number; readonly end: number } {
  // Validation asks twice per item (its order, its years) and a list once more: the second and third answer here.
  const key = `${start} ${end} ${timeZone}`;
  let span = spans.get(key);
  if (!span) {
    if (spans.size >= MAX_REMEMBERED_SPANS) spans.clear();
    spans.set(key, (span = Object.freeze(computeSpan(start, end, timeZone))));
  }
  return span;
}

const spans = new Map<string, { readonly start: number; readonly end: number }>();
/** A bound on the spans remembered (some 15 MB at most): an archive's 100 000 events, asked by validation and then by the list. */
const MAX_REMEMBERED_SPANS = 131_072;

function computeSpan(start: string, end: string | undefined, timeZone: string): { start: number; end: number } {
  const startFields = requireInstant(start);
  const startMs = epochOf(startFields, timeZone);
  if (end === undefined) {
    return { start: startMs, end: startFields.offset === undefined ? epochOf(startFields, timeZone, 1) : startMs };
  }
  return { start: startMs, end: epochOf(requireInstant(end), timeZone, 1) };
}

/** Where a span stands at a moment: not begun, under way, or over. */
export type SpanStatus = 'upcoming' | 'ongoing' | 'past';

/** The status of a span from {@link instantSpan} at `now` (epoch ms); a span ending at `now` is past. */
export function spanStatus(span: { start: number; end: number }, now: number): SpanStatus {
  if (now < span.start) return 'upcoming';
  return now < span.end ? 'ongoing' : 'past';
}

/**
 * Lit converter for a `now` attribute, which fixes "the current time" for stories, tests and previews:
 * an ISO 8601 date-time (`2023-10-12T12:00:00+02:00`); a missing or unreadable value means the real time.
 */
export const nowAttribute = {
  fromAttribute(value: string | null): Date | undefined {
    const epochMs = value ? Date.parse(value) : NaN;
    return Number.isNaN(epochMs) ? undefined : new Date(epochMs);
  },
};

/** The last instant inside a span, which names its last day: one ending at midnight ends the day before. */
function lastInstant(span: { start: number; end: number }): number {
  return Math.max(span.start, span.end - 1);
}

const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
const NUMERIC_PART_TYPES = new Set<string>(['day', 'hour', 'minute', 'literal']);

/**
 * A formatted range with the dash between its ends made the same in every engine: tight after a bare
 * number (`12.–13. oktober`, `12–13 October`), one plain space either side otherwise where the locale
 * spaces it (`12 October – 3 November 2023`). Engines differ in thin and narrow no-break spaces there.
 */
function joinRange(parts: Intl.DateTimeRangeFormatPart[]): string {
  const endRangeStart = parts.findIndex((part) => part.source === 'endRange');
  const startIsNumber = parts.every((part) => part.source !== 'startRange' || NUMERIC_PART_TYPES.has(part.type));
  return parts
    .map((part, index) =>
      index === endRangeStart - 1 && part.source === 'shared' ? part.value.replace(/\s+/g, startIsNumber ? '' : ' ') : part.value,
    )
    .join('');
}

/** `Thursday 12 October 2023`: the weekday and date, without the comma en-GB puts after the weekday. */
function formatFullDate(epochMs: number, timeZone: string, intlLocale: string): string {
  const parts = formatter(intlLocale, timeZone, { weekday: 'long', ...DAY_MONTH_YEAR }).formatToParts(epochMs);
  return parts
    .map((part, index) => (part.type === 'literal' && parts[index - 1]?.type === 'weekday' ? part.value.replace(',', '') : part.value))
    .join('');
}

function calendarDay(epochMs: number, timeZone: string): string {
  return formatter('en-CA', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(epochMs);
}

/**
 * The days a span covers, in `timeZone` and the locale's words, without weekdays: `12. oktober 2023`,
 * `12.–13. oktober 2023` (nb), `12–13 October 2023`, `12 October – 3 November 2023` (en). A date-only
 * `end` is inclusive. This is the workshop card's date line.
 */
export function formatDateRange(start: string, end: string | undefined, timeZone: string, locale: Locale): string {
  return formatDays(instantSpan(start, end, timeZone), timeZone, INTL_LOCALES[locale]);
}

function formatDays(span: { start: number; end: number }, timeZone: string, intlLocale: string): string {
  return joinRange(formatter(intlLocale, timeZone, DAY_MONTH_YEAR).formatRangeToParts(span.start, lastInstant(span)));
}

/** When an item takes place, split so that a list can lay the pieces out; see {@link formatWhen}. */
export interface FormattedWhen {
  /** The day (`torsdag 12. oktober 2023`, with the weekday) or the days (`12.–13. oktober 2023`). */
  date: string;
  /** Times of day, only when `start` has one: `12:30–16:30`, `12:30`, or `tor. kl. 12:30 – fre. kl. 10:30`. */
  time?: string;
  /**
   * The zone's short name in the locale at the start (`CEST`, `GMT-4`), only when there is a `time` and
   * both ends share it; ends in different zone names (across a DST change) each carry theirs in `time`.
   */
  zone?: string;
}

/**
 * What an event or workshop list shows for a span, always in `timeZone`, never the viewer's zone.
 *
 * - One day: `date` is the weekday and date (`Thursday 12 October 2023`).
 * - Several days: `date` is the range of days (`12–13 October 2023`); a date-only `end` is inclusive.
 * - Date-only start: no `time` and no `zone`.
 * - Date-time start on one day: `time` is `12:30–16:30`, or `12:30` without a date-time end.
 * - Date-time start over several days: `time` names each end's weekday, because the times alone
 *   (`12:30–10:30`) would read as one day: `Thu 12:30 – Fri 10:30`, `tor. kl. 12:30 – fre. kl. 10:30`.
 * @throws RangeError for a value {@link isValidInstant} refuses, or an unknown zone.
 */
export function formatWhen(start: string, end: string | undefined, timeZone: string, locale: Locale): FormattedWhen {
  const intlLocale = INTL_LOCALES[locale];
  const span = instantSpan(start, end, timeZone);
  const oneDay = calendarDay(span.start, timeZone) === calendarDay(lastInstant(span), timeZone);
  const date = oneDay ? formatFullDate(span.start, timeZone, intlLocale) : formatDays(span, timeZone, intlLocale);
  if (isDateOnly(start)) return { date };

  const timeFormat = formatter(intlLocale, timeZone, oneDay ? TIME : { weekday: 'short', ...TIME });
  const zoneName = (epochMs: number) =>
    formatter(intlLocale, timeZone, { timeZoneName: 'short' })
      .formatToParts(epochMs)
      .find((part) => part.type === 'timeZoneName')!.value;
  const startTime = timeFormat.format(span.start);
  const zone = zoneName(span.start);
  if (end === undefined || isDateOnly(end)) return { date, time: startTime, zone };
  const endZone = zoneName(span.end);
  // Across the autumn change `02:30–02:30 CEST` would be false for one end: `02:30 CEST – 02:30 CET`.
  if (endZone !== zone) return { date, time: `${startTime} ${zone} – ${timeFormat.format(span.end)} ${endZone}` };
  return { date, time: `${startTime}${oneDay ? '–' : ' – '}${timeFormat.format(span.end)}`, zone };
}
