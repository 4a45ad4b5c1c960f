import { expect } from '@open-wc/testing';
import { formatDateRange, formatWhen, instantSpan, isDateOnly, zoneOffset } from '../../../src/core/time/dates.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const OSLO = 'Europe/Oslo';

describe('isDateOnly', () => {
  it('tells a date from a date-time', () => {
    expect(isDateOnly('2023-10-12')).to.equal(true);
    expect(isDateOnly('2023-10-12T12:30Z')).to.equal(false);
  });
});

describe('zoneOffset', () => {
  it('finds summer and winter time', () => {
    expect(zoneOffset(Date.parse('2023-07-01T12:00Z'), OSLO)).to.equal(2 * HOUR);
    expect(zoneOffset(Date.parse('2023-01-01T12:00Z'), OSLO)).to.equal(HOUR);
    expect(zoneOffset(Date.parse('2023-07-01T12:00Z'), 'America/New_York')).to.equal(-4 * HOUR);
  });

  it('handles half hours, UTC and seconds of historic local mean time', () => {
    expect(zoneOffset(Date.parse('2023-07-01T12:00Z'), 'Asia/Kolkata')).to.equal(5.5 * HOUR);
    expect(zoneOffset(Date.parse('2023-07-01T12:00Z'), 'UTC')).to.equal(0);
    // St. John's kept local mean time, 3:30:52 behind Greenwich, until 1935.
    expect(zoneOffset(Date.parse('1906-08-16T12:00Z'), 'America/St_Johns')).to.equal(-(3 * HOUR + 30 * 60_000 + 52_000));
  });

  it('changes at the exact moment clocks change', () => {
    const change = Date.parse('2023-03-26T01:00:00Z');
    expect(zoneOffset(change - 1, OSLO)).to.equal(HOUR);
    expect(zoneOffset(change, OSLO)).to.equal(2 * HOUR);
  });

  it('answers from what it remembers exactly as Intl does, in any order of asking, around every change of clocks', () => {
    // Intl's own answer, asked afresh each time (the offset from the wall time it shows, to the second).
    const formats = new Map<string, Intl.DateTimeFormat>();
    const intlOffset = (epochMs: number, timeZone: string) => {
      if (!formats.has(timeZone)) {
        const options = { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric' } as const;
        formats.set(timeZone, new Intl.DateTimeFormat('en-US', { ...options, hour: 'numeric', minute: 'numeric', second: 'numeric' }));
      }
      const parts = formats.get(timeZone)!.formatToParts(epochMs);
      const field = (type: string) => Number(parts.find((part) => part.type === type)!.value);
      const wall = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
      return wall - (epochMs - (((epochMs % 1000) + 1000) % 1000));
    };
    // Summer time (Oslo, New York, Sydney's southern one), Lord Howe's half hour, Casablanca's pause of summer
    // time for Ramadan (two changes weeks apart), Samoa's skipped day, and a zone without changes.
    const zones = [
      'Europe/Oslo',
      'America/New_York',
      'Australia/Sydney',
      'Australia/Lord_Howe',
      'Africa/Casablanca',
      'Pacific/Apia',
      'Asia/Tokyo',
    ];
    const changes = [
      '2023-03-26T01:00Z',
      '2023-10-29T01:00Z',
      '2023-03-12T07:00Z',
      '2023-11-05T06:00Z',
      '2023-04-01T16:00Z',
      '2023-10-01T16:00Z',
    ];
    const instants = [
      ...changes.flatMap((change) => [-1, 0, 1, -HOUR, HOUR, -DAY, DAY, -30 * 60_000].map((delta) => Date.parse(change) + delta)),
      // Casablanca's Ramadan of 2023 (clocks back 19 March, forward 23 April) and Samoa's 30 December 2011.
      ...[Date.parse('2023-03-19T02:00Z'), Date.parse('2023-04-23T02:00Z'), Date.parse('2011-12-30T10:00Z')].flatMap((change) =>
        [-DAY, -HOUR, -1, 0, 1, HOUR, DAY].map((delta) => change + delta),
      ),
      // Every nine hours through 2023: many small gaps, filled in as they are asked.
      ...Array.from({ length: 974 }, (_, index) => Date.parse('2023-01-01T00:00Z') + index * 9 * HOUR),
    ];
    // A fixed shuffle, so that spans are found out of order and merged from both sides.
    const order = instants.map((instant, index) => ({ instant, key: (index * 7919) % instants.length })).sort((a, b) => a.key - b.key);
    for (const timeZone of zones) {
      for (const { instant } of order) {
        expect(zoneOffset(instant, timeZone), `${timeZone} at ${new Date(instant).toISOString()}`).to.equal(intlOffset(instant, timeZone));
      }
    }
  });
});

describe('instantSpan', () => {
  it('reads a date-time with its offset, whatever the zone argument', () => {
    expect(instantSpan('2023-10-12T12:30:00+02:00', '2023-10-12T16:30:00+02:00', 'America/New_York')).to.deep.equal({
      start: Date.parse('2023-10-12T10:30:00Z'),
      end: Date.parse('2023-10-12T14:30:00Z'),
    });
    expect(instantSpan('2023-10-12T12:30:15.25-04:00', undefined, OSLO).start).to.equal(Date.parse('2023-10-12T16:30:15.250Z'));
    expect(instantSpan('2023-10-12T12:30Z', undefined, OSLO).start).to.equal(Date.parse('2023-10-12T12:30:00Z'));
  });

  it('ends a date-time without end where it starts', () => {
    const span = instantSpan('2023-10-12T12:30:00+02:00', undefined, OSLO);
    expect(span.end).to.equal(span.start);
  });

  it('starts a date-only day at midnight in the item zone, not the viewer zone', () => {
    expect(instantSpan('2023-10-12', undefined, OSLO)).to.deep.equal({
      start: Date.parse('2023-10-11T22:00:00Z'),
      end: Date.parse('2023-10-12T22:00:00Z'),
    });
    expect(instantSpan('2023-10-12', undefined, 'America/New_York').start).to.equal(Date.parse('2023-10-12T04:00:00Z'));
    expect(instantSpan('2023-10-12', undefined, 'Asia/Tokyo').start).to.equal(Date.parse('2023-10-11T15:00:00Z'));
    expect(instantSpan('2023-10-12', undefined, 'UTC').start).to.equal(Date.parse('2023-10-12T00:00:00Z'));
  });

  it('includes a date-only end day: 2023-09-14 to 2023-09-16 is three days', () => {
    const span = instantSpan('2023-09-14', '2023-09-16', 'Europe/Rome');
    expect(span.start).to.equal(Date.parse('2023-09-13T22:00:00Z'));
    expect(span.end).to.equal(Date.parse('2023-09-16T22:00:00Z'));
    expect((span.end - span.start) / (24 * HOUR)).to.equal(3);
  });

  it('mixes a date-only start with a date-time end and the reverse', () => {
    expect(instantSpan('2023-10-12', '2023-10-12T16:30:00+02:00', OSLO)).to.deep.equal({
      start: Date.parse('2023-10-11T22:00:00Z'),
      end: Date.parse('2023-10-12T14:30:00Z'),
    });
    expect(instantSpan('2023-10-12T12:30:00+02:00', '2023-10-13', OSLO).end).to.equal(Date.parse('2023-10-13T22:00:00Z'));
  });

  it('gives days across a daylight saving change 23 and 25 hours', () => {
    const spring = instantSpan('2023-03-26', undefined, OSLO);
    expect(spring.end - spring.start).to.equal(23 * HOUR);
    const autumn = instantSpan('2023-10-29', undefined, OSLO);
    expect(autumn.end - autumn.start).to.equal(25 * HOUR);
    const newYork = instantSpan('2023-11-05', undefined, 'America/New_York');
    expect(newYork.start).to.equal(Date.parse('2023-11-05T04:00:00Z'));
    expect(newYork.end - newYork.start).to.equal(25 * HOUR);
  });

  it('starts a day whose midnight the clocks skip when the day really begins', () => {
    // Santiago turned its clocks from 00:00 to 01:00 on 2023-09-03: the day began at 04:00 UTC.
    expect(instantSpan('2023-09-03', undefined, 'America/Santiago').start).to.equal(Date.parse('2023-09-03T04:00:00Z'));
    // ...and back from 00:00 to 23:00 on 2023-04-02: the day began at the first midnight.
    const repeated = instantSpan('2023-04-01', undefined, 'America/Santiago');
    expect(repeated.start).to.equal(Date.parse('2023-04-01T03:00:00Z'));
    expect(repeated.end - repeated.start).to.equal(25 * HOUR);
  });

  it('keeps years before 100 as they are', () => {
    expect(new Date(instantSpan('0050-06-01', undefined, 'UTC').start).getUTCFullYear()).to.equal(50);
  });

  it('throws a RangeError on an invalid instant', () => {
    expect(() => instantSpan('2023-02-30', undefined, OSLO)).to.throw(RangeError, '2023-02-30');
    expect(() => instantSpan('2023-10-12', 'soon', OSLO)).to.throw(RangeError, 'soon');
  });
});

const SEMINAR = ['2023-10-12T12:30:00+02:00', '2023-10-12T16:30:00+02:00'] as const;

describe('formatWhen', () => {
  it("names each end's own zone when they differ: an hour across the autumn change is not 02:30–02:30 CEST", () => {
    const when = formatWhen('2023-10-29T02:30:00+02:00', '2023-10-29T02:30:00+01:00', OSLO, 'en');
    expect(when).to.deep.equal({ date: 'Sunday 29 October 2023', time: '02:30 CEST – 02:30 CET' });
    expect(formatWhen('2023-10-28T22:00:00+02:00', '2023-10-29T10:00:00+01:00', OSLO, 'en').time).to.equal(
      'Sat 22:00 CEST – Sun 10:00 CET',
    );
  });

  it('shows the seminar of 12 October 2023 in all four locales', () => {
    expect(formatWhen(...SEMINAR, OSLO, 'nb')).to.deep.equal({ date: 'torsdag 12. oktober 2023', time: '12:30–16:30', zone: 'CEST' });
    expect(formatWhen(...SEMINAR, OSLO, 'en')).to.deep.equal({ date: 'Thursday 12 October 2023', time: '12:30–16:30', zone: 'CEST' });
    expect(formatWhen(...SEMINAR, OSLO, 'sv')).to.deep.equal({ date: 'torsdag 12 oktober 2023', time: '12:30–16:30', zone: 'CEST' });
    expect(formatWhen(...SEMINAR, OSLO, 'da')).to.deep.equal({ date: 'torsdag den 12. oktober 2023', time: '12.30–16.30', zone: 'CEST' });
  });

  it('names winter time at the start', () => {
    expect(formatWhen('2023-11-02T12:30:00+01:00', undefined, OSLO, 'en').zone).to.equal('CET');
  });

  it('shows only the start time without an end', () => {
    expect(formatWhen('2023-10-12T09:00:00+02:00', undefined, OSLO, 'nb')).to.deep.equal({
      date: 'torsdag 12. oktober 2023',
      time: '09:00',
      zone: 'CEST',
    });
  });

  it('shows the time in the item zone, given in another offset', () => {
    // 10:30 UTC is 12:30 in Oslo.
    expect(formatWhen('2023-10-12T10:30:00Z', '2023-10-12T14:30:00Z', OSLO, 'en').time).to.equal('12:30–16:30');
  });

  it('shows an event in New York at New York time', () => {
    expect(formatWhen('2023-10-12T12:30:00-04:00', '2023-10-12T14:00:00-04:00', 'America/New_York', 'en')).to.deep.equal({
      date: 'Thursday 12 October 2023',
      time: '12:30–14:00',
      zone: 'GMT-4',
    });
    expect(formatWhen('2023-10-12T12:30:00-04:00', undefined, 'America/New_York', 'nb').zone).to.equal('EDT');
  });

  it('keeps a late-evening event on its own day, even for Tokyo', () => {
    expect(formatWhen('2023-10-12T23:30:00+09:00', undefined, 'Asia/Tokyo', 'en')).to.deep.equal({
      date: 'Thursday 12 October 2023',
      time: '23:30',
      zone: 'GMT+9',
    });
  });

  it('ends an event at midnight on the day it started', () => {
    expect(formatWhen('2023-10-12T20:00:00+02:00', '2023-10-13T00:00:00+02:00', OSLO, 'nb')).to.deep.equal({
      date: 'torsdag 12. oktober 2023',
      time: '20:00–00:00',
      zone: 'CEST',
    });
  });

  it('shows a date-only day with its weekday and no time', () => {
    expect(formatWhen('2023-10-12', undefined, OSLO, 'nb')).to.deep.equal({ date: 'torsdag 12. oktober 2023' });
    expect(formatWhen('2023-10-12', '2023-10-12', OSLO, 'en')).to.deep.equal({ date: 'Thursday 12 October 2023' });
  });

  it('shows the two-day workshop as a range of dates in all four locales', () => {
    const workshop = ['2023-10-12', '2023-10-13'] as const;
    expect(formatWhen(...workshop, OSLO, 'nb')).to.deep.equal({ date: '12.–13. oktober 2023' });
    expect(formatWhen(...workshop, OSLO, 'en')).to.deep.equal({ date: '12–13 October 2023' });
    expect(formatWhen(...workshop, OSLO, 'sv')).to.deep.equal({ date: '12–13 oktober 2023' });
    expect(formatWhen(...workshop, OSLO, 'da')).to.deep.equal({ date: '12.–13. oktober 2023' });
  });

  it('shows a date-time span over days with the range of dates and weekday times', () => {
    const span = ['2023-10-12T12:30:00+02:00', '2023-10-13T10:30:00+02:00'] as const;
    expect(formatWhen(...span, OSLO, 'nb')).to.deep.equal({
      date: '12.–13. oktober 2023',
      time: 'tor. kl. 12:30 – fre. kl. 10:30',
      zone: 'CEST',
    });
    expect(formatWhen(...span, OSLO, 'en')).to.deep.equal({ date: '12–13 October 2023', time: 'Thu 12:30 – Fri 10:30', zone: 'CEST' });
    expect(formatWhen(...span, OSLO, 'sv')).to.deep.equal({ date: '12–13 oktober 2023', time: 'tors 12:30 – fre 10:30', zone: 'CEST' });
    expect(formatWhen(...span, OSLO, 'da')).to.deep.equal({ date: '12.–13. oktober 2023', time: 'tors. 12.30 – fre. 10.30', zone: 'CEST' });
  });

  it('shows only the start time when a date-time start has a date-only end', () => {
    expect(formatWhen('2023-10-12T12:30:00+02:00', '2023-10-13', OSLO, 'en')).to.deep.equal({
      date: '12–13 October 2023',
      time: 'Thu 12:30',
      zone: 'CEST',
    });
    expect(formatWhen('2023-10-12T12:30:00+02:00', '2023-10-12', OSLO, 'en').time).to.equal('12:30');
  });

  it('shows a date-only start with a date-time end as days only', () => {
    expect(formatWhen('2023-10-12', '2023-10-13T12:00:00+02:00', OSLO, 'en')).to.deep.equal({ date: '12–13 October 2023' });
  });
});

describe('formatDateRange', () => {
  it('shows the three days in Genoa, the end included', () => {
    expect(formatDateRange('2023-09-14', '2023-09-16', 'Europe/Rome', 'en')).to.equal('14–16 September 2023');
    expect(formatDateRange('2023-09-14', '2023-09-16', 'Europe/Rome', 'nb')).to.equal('14.–16. september 2023');
  });

  it('shows one day without its weekday', () => {
    expect(formatDateRange('2023-10-12', undefined, OSLO, 'nb')).to.equal('12. oktober 2023');
    expect(formatDateRange('2023-10-12T12:30:00+02:00', '2023-10-12T16:30:00+02:00', OSLO, 'en')).to.equal('12 October 2023');
  });

  it('keeps spaces around the dash between dates in different months in English only', () => {
    expect(formatDateRange('2023-10-12', '2023-11-03', OSLO, 'en')).to.equal('12 October – 3 November 2023');
    expect(formatDateRange('2023-10-12', '2023-11-03', OSLO, 'nb')).to.equal('12. oktober–3. november 2023');
    expect(formatDateRange('2023-10-12', '2023-11-03', OSLO, 'sv')).to.equal('12 oktober–3 november 2023');
    expect(formatDateRange('2023-10-12', '2023-11-03', OSLO, 'da')).to.equal('12. oktober–3. november 2023');
  });

  it('shows both years of a range across the new year', () => {
    expect(formatDateRange('2023-12-30', '2024-01-02', OSLO, 'en')).to.equal('30 December 2023 – 2 January 2024');
    expect(formatDateRange('2023-12-30', '2024-01-02', OSLO, 'nb')).to.equal('30. desember 2023–2. januar 2024');
  });

  it('uses the item zone to decide the days of a date-time span', () => {
    // 23:30 in New York is already the next day in Oslo.
    expect(formatDateRange('2023-10-12T23:30:00-04:00', undefined, 'America/New_York', 'en')).to.equal('12 October 2023');
    expect(formatDateRange('2023-10-12T23:30:00-04:00', undefined, OSLO, 'en')).to.equal('13 October 2023');
  });

  it('never leaves a thin or narrow no-break space around a dash', () => {
    const ranges = (['en', 'nb', 'sv', 'da'] as const).flatMap((locale) => [
      formatDateRange('2023-10-12', '2023-10-13', OSLO, locale),
      formatDateRange('2023-10-12', '2023-11-03', OSLO, locale),
      formatDateRange('2023-12-30', '2024-01-02', OSLO, locale),
    ]);
    for (const range of ranges) expect(range).not.to.match(/[\u2009\u202f\u00a0]–|–[\u2009\u202f\u00a0]/);
  });
});
