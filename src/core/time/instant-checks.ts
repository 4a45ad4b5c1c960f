/**
 * The checks the feed's validator makes of its dates and zones (`docs/feed.md`, "Instant"): apart from
 * `dates.ts`, which the elements use to show dates, so that in the CDN build they travel in the
 * validator's chunk.
 */
import { dateTimeFormat } from '../i18n/intl-cache.js';
import { DAY_MS, inFeedYears, parseInstant, zoneOffset } from './dates.js';

/**
 * Whether both ends of a span from {@link instantSpan} lie within the years 0001–9999, in UTC and in
 * `timeZone`'s wall time (`docs/feed.md`: a date-only end of `9999-12-31` ends in year 10000, which no
 * calendar file can write; `9999-12-31T23:30:00-01:00` is shown in year 10000).
 */
export function isWithinFeedYears(span: { start: number; end: number }, timeZone: string): boolean {
  // No zone is a day off UTC, so only an instant within a day of either end needs its zone asked.
  const inZone = (ms: number) => (inFeedYears(ms - DAY_MS) && inFeedYears(ms + DAY_MS)) || inFeedYears(ms + zoneOffset(ms, timeZone));
  return [span.start, span.end].every((ms) => inFeedYears(ms) && inZone(ms));
}

/**
 * Whether `value` is a feed Instant: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS[.sss]]` followed by `Z` or
 * `±HH:MM`, naming a date and time that exist (`2023-02-30` and `24:00` do not).
 */
export function isValidInstant(value: string): boolean {
  return parseInstant(value) !== undefined;
}

/**
 * Whether `timeZone` is an IANA zone name this browser knows (`Europe/Oslo`, `UTC`). Raw offsets such as
 * `+02:00`, which newer engines accept as zones, are refused: they are not IANA names, and their
 * support differs between browsers.
 */
export function isKnownTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || !/^[A-Za-z]/.test(timeZone)) return false;
  // A feed of thousands of events checks a zone per item, and names few zones. Only known ones are kept,
  // so that a feed of made-up names leaves nothing behind.
  if (knownTimeZones.has(timeZone)) return true;
  try {
    dateTimeFormat('en', { timeZone });
  } catch {
    return false;
  }
  knownTimeZones.add(timeZone);
  return true;
}
const knownTimeZones = new Set<string>();
