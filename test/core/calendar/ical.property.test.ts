/**
 * Properties of the calendar writer, over generated events (fast-check): for any event data, the file
 * behind the add-to-calendar link is one a real iCalendar parser (ical.js) reads back with the same
 * instants (or days) and the same texts, in lines of at most 75 octets.
 *
 * A fixed seed and run count by default (CI); for more runs or another seed:
 *   FC_RUNS=10000 FC_SEED=123 npm test -- browsers
 * or for this file alone: FC_RUNS=10000 FC_SEED=123 WTR_COVERAGE=0 npx wtr --files test/core/calendar/ical.property.test.ts
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { zoneOffset } from '../../../src/core/time/dates.js';
import { calendarHref, toICalendar, type CalendarEntry } from '../../../src/core/calendar/ical.js';
import {
  anyCodeUnit,
  dateTime,
  httpUrl,
  isoDate,
  offsetMinutes,
  propertyParameters,
  propertyTimeout,
  timePrecision,
  YEAR_1_MS,
  YEAR_10000_MS,
} from '../../support/properties.js';

const RUNS = 500;
const DAY_MS = 86_400_000;
const DATA_URL_PREFIX = 'data:text/calendar;charset=utf-8,';
const NOW = new Date('2024-05-02T08:00:00Z');
const STATUS = { scheduled: 'CONFIRMED', cancelled: 'CANCELLED', postponed: 'TENTATIVE' } as const;

// Every zone the browser knows. From 1973 on, when Monrovia rounded the last offset that had seconds
// in it: ical.js reads UTC offsets to the minute only.
const timeZone = fc.constantFrom(...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC', 'Etc/GMT-14');
const epochMs = fc.integer({ min: Date.UTC(1973, 0, 1), max: Date.UTC(2199, 11, 31) });
/** Any text, with line breaks, control characters, commas, semicolons, backslashes and broken surrogate pairs. */
const anyText = fc.oneof(
  fc.string({ unit: anyCodeUnit, maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc
    .array(fc.constantFrom('\\', ',', ';', ':', '\n', '\r\n', '\r', '\\n', 'ø', '😀', '\ud83d', '\t', '\u0000', ' '), {
      maxLength: 40,
    })
    .map((pieces) => pieces.join('')),
);

/**
 * The first instant after `from`, within a year, at which `timeZone`'s offset changes (found to the
 * minute), or `from` itself for a zone that keeps its offset: the times around it are where writing a
 * zone's local time goes wrong, if anywhere.
 */
function nextChange(from: number, timeZone: string): number {
  const offset = zoneOffset(from, timeZone);
  for (let step = 1; step <= 13; step++) {
    let after = from + step * 28 * DAY_MS;
    if (zoneOffset(after, timeZone) === offset) continue;
    let before = after - 28 * DAY_MS;
    while (after - before > 60_000) {
      const middle = before + Math.floor((after - before) / 120_000) * 60_000;
      if (zoneOffset(middle, timeZone) === offset) before = middle;
      else after = middle;
    }
    return after;
  }
  return from;
}

/** Any instant, or one within three hours of a change of `timeZone`'s offset. */
function instant(timeZone: string): fc.Arbitrary<number> {
  return fc.oneof(
    epochMs,
    fc.tuple(epochMs, fc.integer({ min: -3 * 3600, max: 3 * 3600 })).map(([from, seconds]) => nextChange(from, timeZone) + seconds * 1000),
  );
}

/** A `start` and maybe an `end` not before it: both dates alone (an all-day event), or both date-times. */
function span(timeZone: string) {
  return fc.oneof(
    fc.record({ start: epochMs, days: fc.option(fc.nat(60), { nil: undefined }) }).map(({ start, days }) => ({
      start: isoDate(start),
      end: days === undefined ? undefined : isoDate(start + days * DAY_MS),
    })),
    fc
      .record({
        start: instant(timeZone),
        startOffset: offsetMinutes,
        end: fc.option(
          fc.oneof(
            fc.record({ minutes: fc.nat(60 * 24 * 60), offset: offsetMinutes }),
            // Ends around the next change of offset too.
            fc.record({ minutes: fc.nat(6 * 60), offset: offsetMinutes }),
          ),
          { nil: undefined },
        ),
        precision: timePrecision,
      })
      .map(({ start, startOffset, end, precision }) => ({
        start: dateTime(start, startOffset, precision),
        end: end === undefined ? undefined : dateTime(start + end.minutes * 60_000, end.offset, precision),
      })),
  );
}

const entry: fc.Arbitrary<CalendarEntry> = fc
  .record({
    uid: anyText.filter((uid) => uid !== ''),
    title: anyText,
    description: fc.option(anyText, { nil: undefined }),
    location: fc.option(anyText, { nil: undefined }),
    // As the feed validator leaves them: absolute, and encoded by the URL parser.
    url: fc.option(
      httpUrl.map((url) => new URL(url).href),
      { nil: undefined },
    ),
    status: fc.option(fc.constantFrom('scheduled' as const, 'cancelled' as const, 'postponed' as const), { nil: undefined }),
    timeZone,
  })
  .chain((fields) => span(fields.timeZone).map((when) => ({ ...fields, ...when })));

/** A text as iCalendar keeps it: line breaks as LF, without the control characters it may not hold. */
function asCalendarText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\p{Cs}/gu, '\ufffd');
}

/** The day after the date `date` (`YYYY-MM-DD`). */
function nextDay(date: string): string {
  return isoDate(Date.parse(`${date}T00:00:00Z`) + DAY_MS);
}

/** The instant, to the second (iCalendar's precision), of a feed date-time. */
function toSecond(instant: string): number {
  return Math.floor(Date.parse(instant) / 1000) * 1000;
}

/** The VEVENT of `ics` as ical.js reads it, with the file's own VTIMEZONE the only zone it knows. */
function parseEvent(ics: string): ICAL.Event {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
}

describe('toICalendar properties', () => {
  afterEach(() => ICAL.TimezoneService.reset());

  it('writes, for any event, a download that ical.js reads back with the same instants and texts', function () {
    this.timeout(propertyTimeout(RUNS));
    fc.assert(
      fc.property(entry, (input) => {
        const href = calendarHref(toICalendar(input, NOW));
        expect(href.startsWith(DATA_URL_PREFIX)).to.equal(true);
        const ics = decodeURIComponent(href.slice(DATA_URL_PREFIX.length));

        expect(ics.endsWith('\r\n')).to.equal(true);
        for (const line of ics.slice(0, -2).split('\r\n')) {
          expect(line, 'a bare CR or LF').not.to.match(/[\r\n]/);
          expect(new TextEncoder().encode(line).length, line).to.be.at.most(75);
        }

        const event = parseEvent(ics);
        expect(event.uid).to.equal(asCalendarText(input.uid));
        expect(event.summary).to.equal(asCalendarText(input.title));
        expect(event.description ?? undefined).to.equal(input.description ? asCalendarText(input.description) : undefined);
        expect(event.location ?? undefined).to.equal(input.location ? asCalendarText(input.location) : undefined);
        expect(event.component.getFirstPropertyValue('url') ?? undefined).to.equal(input.url);
        expect(event.component.getFirstPropertyValue('status')).to.equal(STATUS[input.status ?? 'scheduled']);

        if (input.start.length === 10) {
          expect(event.startDate.isDate, 'an all-day event').to.equal(true);
          expect(event.startDate.toString()).to.equal(input.start);
          expect(event.endDate.toString(), 'the exclusive end day').to.equal(nextDay(input.end ?? input.start));
        } else {
          expect(event.startDate.toUnixTime() * 1000, 'start').to.equal(toSecond(input.start));
          expect(event.endDate.toUnixTime() * 1000, 'end').to.equal(toSecond(input.end ?? input.start));
        }
      }),
      {
        ...propertyParameters<[CalendarEntry]>(RUNS),
        // Cases this property found once, tried first on every run.
        examples: [
          // A lone surrogate (JSON can hold one), on which encodeURIComponent threw.
          [{ uid: 'a', title: 'Seminar \ud83d', start: '1973-01-01', timeZone: 'Africa/Abidjan' }],
          // 01:59 on the night Denver's clocks go back, before and after they do: ical.js read the first as the second.
          [
            {
              uid: 'b',
              title: 'Night',
              start: '2029-11-04T07:59+00:00',
              end: '2029-11-04T08:59+00:00',
              timeZone: 'America/Denver',
            },
          ],
          // 02:30 in Oslo the second time round, which a TZID time would name the first.
          [{ uid: 'c', title: 'Night', start: '2023-10-29T02:30:00+01:00', timeZone: 'Europe/Oslo' }],
        ],
      },
    );
  });

  it('writes a small file, with each end at its wall time, for a span from the first days of year 1 to the last of 9999', function () {
    const runs = 100;
    this.timeout(propertyTimeout(runs));
    /** `YYYYMMDDTHHMMSS`: the wall time of `epochMs` in `zone`, asked of Intl (apart from the code under test). */
    const wallValue = (epochMs: number, zone: string) => {
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      }).formatToParts(epochMs);
      const part = (type: string) => parts.find((candidate) => candidate.type === type)!.value;
      return `${part('year').padStart(4, '0')}${part('month')}${part('day')}T${part('hour')}${part('minute')}${part('second')}`;
    };
    const huge = fc.record({
      start: fc.integer({ min: YEAR_1_MS + 2 * DAY_MS, max: YEAR_1_MS + 400 * DAY_MS }),
      end: fc.integer({ min: YEAR_10000_MS - 400 * DAY_MS, max: YEAR_10000_MS - 2 * DAY_MS }),
      timeZone,
    });
    fc.assert(
      fc.property(huge, ({ start, end, timeZone: zone }) => {
        const entry = { uid: 'long', title: 'Long', start: dateTime(start, 0, 19, true), end: dateTime(end, 0, 19, true), timeZone: zone };
        const ics = toICalendar(entry, NOW);
        expect(ics.length, 'observances of the years of DTSTART and DTEND only').to.be.below(4000);
        for (const [name, instant] of [
          ['DTSTART', start],
          ['DTEND', end],
        ] as const) {
          const second = Math.floor(instant / 1000) * 1000;
          const utc = new Date(second).toISOString().slice(0, 19).replace(/[-:]/g, '');
          const written = ics.slice(ics.indexOf('BEGIN:VEVENT')).match(new RegExp(`^${name}[;:].*$`, 'm'))![0];
          // A repeated wall time, and every time in a UTC zone, is written in UTC.
          expect(written, zone).to.be.oneOf([`${name};TZID=${zone}:${wallValue(second, zone)}`, `${name}:${utc}Z`]);
        }
      }),
      propertyParameters(runs),
    );
  });
});
