import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { calendarFileName, calendarHref, calendarUid, toICalendar, type CalendarEntry } from '../../../src/core/calendar/ical.js';

const NOW = new Date('2024-05-02T08:00:00Z');

const SEMINAR: CalendarEntry = {
  uid: 'seminar-2023-10-12@nsiw.example',
  title: 'Street-level integration work: policy and practice in the Nordic countries',
  start: '2023-10-12T12:30:00+02:00',
  end: '2023-10-12T16:30:00+02:00',
  timeZone: 'Europe/Oslo',
};

/** The VEVENT of `ics` as ical.js reads it, with the file's own VTIMEZONE the only zone it knows. */
function parseEvent(ics: string): ICAL.Event {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
}

function unixMs(time: ICAL.Time): number {
  return time.toUnixTime() * 1000;
}

function lines(ics: string): string[] {
  return ics.slice(0, -2).split('\r\n');
}

describe('toICalendar', () => {
  afterEach(() => ICAL.TimezoneService.reset());

  it('writes a calendar with one event and the fixed header, CRLF everywhere', () => {
    const ics = toICalendar(SEMINAR, NOW);
    expect(lines(ics).slice(0, 5)).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//N-SIW//nsiw-widgets//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(1);
    const event = parseEvent(ics);
    expect(event.uid).to.equal(SEMINAR.uid);
    expect(event.summary).to.equal(SEMINAR.title);
    expect(event.component.getFirstPropertyValue('dtstamp')!.toString()).to.equal('2024-05-02T08:00:00Z');
  });

  it('keeps the Oslo summer seminar at its local time, with a VTIMEZONE for 2023', () => {
    const ics = toICalendar(SEMINAR, NOW);
    expect(lines(ics)).to.include.members([
      'DTSTART;TZID=Europe/Oslo:20231012T123000',
      'DTEND;TZID=Europe/Oslo:20231012T163000',
      'TZID:Europe/Oslo',
    ]);
    const zone = ics.slice(ics.indexOf('BEGIN:VTIMEZONE'), ics.indexOf('END:VTIMEZONE'));
    expect(zone).to.contain('BEGIN:DAYLIGHT\r\nDTSTART:20230326T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT');
    expect(zone).to.contain('BEGIN:STANDARD\r\nDTSTART:20231029T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD');
    const event = parseEvent(ics);
    expect(unixMs(event.startDate)).to.equal(Date.parse(SEMINAR.start));
    expect(unixMs(event.endDate)).to.equal(Date.parse(SEMINAR.end!));
  });

  it('converts an Oslo winter event back to the same instant', () => {
    const entry = { ...SEMINAR, start: '2023-01-20T09:00:00+01:00', end: '2023-01-20T15:00:00+01:00' };
    const ics = toICalendar(entry, NOW);
    expect(ics).to.contain('DTSTART;TZID=Europe/Oslo:20230120T090000');
    const event = parseEvent(ics);
    expect(unixMs(event.startDate)).to.equal(Date.parse(entry.start));
    expect(unixMs(event.endDate)).to.equal(Date.parse(entry.end));
  });

  it('converts New York events on both sides of the November change back to the same instants', () => {
    const entry = {
      ...SEMINAR,
      start: '2023-11-04T12:30:00-04:00',
      end: '2023-11-06T10:00:00-05:00',
      timeZone: 'America/New_York',
    };
    const ics = toICalendar(entry, NOW);
    expect(ics).to.contain('DTSTART;TZID=America/New_York:20231104T123000');
    expect(ics).to.contain('DTEND;TZID=America/New_York:20231106T100000');
    expect(ics).to.contain('DTSTART:20231105T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500');
    const event = parseEvent(ics);
    expect(unixMs(event.startDate)).to.equal(Date.parse(entry.start));
    expect(unixMs(event.endDate)).to.equal(Date.parse(entry.end));
  });

  it('writes the local time of the zone even when the instant has another offset', () => {
    const entry = { ...SEMINAR, start: '2023-10-12T16:30:00Z', end: undefined, timeZone: 'America/New_York' };
    const ics = toICalendar(entry, NOW);
    expect(ics).to.contain('DTSTART;TZID=America/New_York:20231012T123000');
    expect(unixMs(parseEvent(ics).startDate)).to.equal(Date.parse(entry.start));
  });

  it('describes a southern zone whose year starts in daylight time', () => {
    const entry = { ...SEMINAR, start: '2023-01-10T10:00:00+11:00', end: '2023-07-10T10:00:00+10:00', timeZone: 'Australia/Sydney' };
    const ics = toICalendar(entry, NOW);
    expect(ics).to.contain('BEGIN:DAYLIGHT\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+1100\r\nTZOFFSETTO:+1100');
    expect(ics).to.contain('BEGIN:STANDARD\r\nDTSTART:20230402T030000\r\nTZOFFSETFROM:+1100\r\nTZOFFSETTO:+1000');
    const event = parseEvent(ics);
    expect(unixMs(event.startDate)).to.equal(Date.parse(entry.start));
    expect(unixMs(event.endDate)).to.equal(Date.parse(entry.end));
  });

  it('covers every year an event spans', () => {
    const entry = { ...SEMINAR, start: '2023-12-30T18:00:00+01:00', end: '2024-04-02T12:00:00+02:00' };
    const ics = toICalendar(entry, NOW);
    expect(ics).to.contain('DTSTART:20230326T020000');
    expect(ics).to.contain('DTSTART:20240331T020000');
    const event = parseEvent(ics);
    expect(unixMs(event.startDate)).to.equal(Date.parse(entry.start));
    expect(unixMs(event.endDate)).to.equal(Date.parse(entry.end));
  });

  it('describes only the years of the start and the end of an event from year 1 to year 9999, and converts both back', () => {
    const entry = { ...SEMINAR, start: '0001-01-01T12:00:00+01:00', end: '9999-12-30T12:00:00+01:00' };
    const ics = toICalendar(entry, NOW);
    expect(ics.length, 'a file of a few hundred bytes, not 1.5 MB').to.be.below(2000);
    const observanceYears = [...ics.matchAll(/^DTSTART:(\d{4})/gm)].map(([, year]) => year);
    expect(new Set(observanceYears)).to.deep.equal(new Set(['0000', '9998', '9999']));
    expect(ics).to.contain('DTEND;TZID=Europe/Oslo:99991230T120000');
    const event = parseEvent(ics);
    expect(unixMs(event.endDate)).to.equal(Date.parse('9999-12-30T11:00:00Z'));
  });

  it('bridges the years it leaves out when the zone changed its offset for good between them', () => {
    // Oslo kept local mean time (+00:53:28) until 1895; 1890 to January 2023 (before that year's first
    // change) leaves the change to +01:00 out, unless an observance says so.
    const entry = { ...SEMINAR, start: '1890-06-01T12:00:00+00:53', end: '2023-01-15T16:30:00+01:00' };
    const event = parseEvent(toICalendar(entry, NOW));
    expect(unixMs(event.endDate)).to.equal(Date.parse(entry.end));
  });

  it('gives a zone without daylight saving one STANDARD observance', () => {
    const entry = { ...SEMINAR, start: '2023-10-12T12:30:00+05:30', end: undefined, timeZone: 'Asia/Kolkata' };
    const ics = toICalendar(entry, NOW);
    const zone = ics.slice(ics.indexOf('BEGIN:VTIMEZONE'), ics.indexOf('END:VTIMEZONE'));
    expect(zone.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).to.deep.equal(['BEGIN:STANDARD']);
    expect(zone).to.contain('TZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530');
    expect(unixMs(parseEvent(ics).startDate)).to.equal(Date.parse(entry.start));
  });

  it('writes the seconds of an offset that has them', () => {
    // St. John's kept local mean time, 3:30:52 behind Greenwich, until 1935.
    const entry = { ...SEMINAR, start: '1906-08-16T12:00:00Z', end: undefined, timeZone: 'America/St_Johns' };
    const ics = toICalendar(entry, NOW);
    expect(ics).to.contain('TZOFFSETFROM:-033052\r\nTZOFFSETTO:-033052');
    expect(ics).to.contain('DTSTART;TZID=America/St_Johns:19060816T082908');
  });

  it('describes the same zone the same way for a second event', () => {
    const zoneOf = (ics: string) => ics.slice(ics.indexOf('BEGIN:VTIMEZONE'), ics.indexOf('END:VTIMEZONE'));
    const first = toICalendar(SEMINAR, NOW);
    const second = toICalendar({ ...SEMINAR, start: '2023-03-01T10:00:00+01:00', end: undefined }, NOW);
    expect(zoneOf(second)).to.equal(zoneOf(first));
    expect(zoneOf(toICalendar({ ...SEMINAR, start: '2024-03-01T10:00:00+01:00', end: undefined }, NOW))).to.contain(
      'DTSTART:20240331T020000',
    );
  });

  it('leaves DTEND out when an event has no later end', () => {
    const ics = toICalendar({ ...SEMINAR, end: undefined }, NOW);
    expect(ics).not.to.contain('DTEND');
    const event = parseEvent(ics);
    expect(unixMs(event.endDate)).to.equal(Date.parse(SEMINAR.start));
  });

  for (const timeZone of ['UTC', 'Etc/UTC']) {
    it(`writes plain UTC times and no VTIMEZONE for ${timeZone}`, () => {
      const ics = toICalendar({ ...SEMINAR, timeZone }, NOW);
      expect(ics).not.to.contain('VTIMEZONE');
      expect(ics).not.to.contain('TZID');
      expect(lines(ics)).to.include.members(['DTSTART:20231012T103000Z', 'DTEND:20231012T143000Z']);
      const event = parseEvent(ics);
      expect(unixMs(event.startDate)).to.equal(Date.parse(SEMINAR.start));
    });
  }

  it('writes an all-day range with an exclusive DTEND: 14 to 16 September ends on the 17th', () => {
    const ics = toICalendar({ ...SEMINAR, start: '2023-09-14', end: '2023-09-16', timeZone: 'Europe/Rome' }, NOW);
    expect(lines(ics)).to.include.members(['DTSTART;VALUE=DATE:20230914', 'DTEND;VALUE=DATE:20230917']);
    expect(ics).not.to.contain('VTIMEZONE');
    const event = parseEvent(ics);
    expect(event.startDate.isDate).to.equal(true);
    expect(event.startDate.toString()).to.equal('2023-09-14');
    expect(event.endDate.toString()).to.equal('2023-09-17');
    expect(event.duration.days).to.equal(3);
  });

  it('makes a single date one whole day', () => {
    const ics = toICalendar({ ...SEMINAR, start: '2023-10-12', end: undefined }, NOW);
    expect(lines(ics)).to.include.members(['DTSTART;VALUE=DATE:20231012', 'DTEND;VALUE=DATE:20231013']);
  });

  it('ends an all-day event with a date-time end on the day after that end', () => {
    const ics = toICalendar({ ...SEMINAR, start: '2023-10-12', end: '2023-10-13T23:30:00+02:00' }, NOW);
    expect(lines(ics)).to.include.members(['DTSTART;VALUE=DATE:20231012', 'DTEND;VALUE=DATE:20231014']);
  });

  it('round-trips texts with commas, semicolons, backslashes, line breaks and emoji', () => {
    const title = 'Seminar; policy, practice \\ theory\nsecond line\r\nthird line 🎉 👩🏽‍🔬';
    const description = 'Line one,\n\n- a point; with "quotes"\n**strong** \\n literal';
    const location = 'Fafo, Borggata 2B; Grønland, Oslo';
    const event = parseEvent(toICalendar({ ...SEMINAR, title, description, location }, NOW));
    expect(event.summary).to.equal(title.replace('\r\n', '\n'));
    expect(event.description).to.equal(description);
    expect(event.location).to.equal(location);
  });

  it('drops control characters that iCalendar text may not hold', () => {
    const event = parseEvent(toICalendar({ ...SEMINAR, title: 'Bell\u0007 and\tnull\u0000' }, NOW));
    expect(event.summary).to.equal('Bell and\tnull');
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds to the same text', () => {
    const norwegian =
      'Bakkebyråkratiets integreringsarbeid: politikk og praksis i de nordiske landene – ' +
      'et seminar om hvordan førstelinjetjenester, frivillige organisasjoner og kommuner møter nyankomne flyktninger ' +
      'i Danmark, Norge og Sverige, med særlig vekt på språkopplæring, arbeidsliv og bolig. Æ Ø Å æ ø å.';
    for (const padding of ['', 'x', 'xx', 'xxx']) {
      const title = `${padding}${norwegian} 🇳🇴🇸🇪🇩🇰 ${'€'.repeat(40)} ${'😀'.repeat(30)}`;
      const ics = toICalendar({ ...SEMINAR, title, description: title, url: `https://example.org/${'a'.repeat(150)}` }, NOW);
      for (const line of lines(ics)) {
        const bytes = new TextEncoder().encode(line);
        expect(bytes.length, line).to.be.at.most(75);
        expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'a character split between lines').to.equal(line);
      }
      expect(lines(ics).some((line) => line.startsWith(' '))).to.equal(true);
      const event = parseEvent(ics);
      expect(event.summary).to.equal(title);
      expect(event.description).to.equal(title);
      expect(event.component.getFirstPropertyValue('url')).to.equal(`https://example.org/${'a'.repeat(150)}`);
    }
  });

  it('writes description, location and URL only when given', () => {
    const bare = toICalendar(SEMINAR, NOW);
    expect(bare).not.to.match(/DESCRIPTION|LOCATION|URL/);
    const full = toICalendar({ ...SEMINAR, description: 'About', location: 'Fafo', url: 'https://www.fafo.no/' }, NOW);
    expect(lines(full)).to.include.members(['DESCRIPTION:About', 'LOCATION:Fafo', 'URL:https://www.fafo.no/']);
  });

  it('marks cancelled, postponed and scheduled events', () => {
    const status = (entry: CalendarEntry) => parseEvent(toICalendar(entry, NOW)).component.getFirstPropertyValue('status');
    expect(status({ ...SEMINAR, status: 'cancelled' })).to.equal('CANCELLED');
    expect(status({ ...SEMINAR, status: 'postponed' })).to.equal('TENTATIVE');
    expect(status({ ...SEMINAR, status: 'scheduled' })).to.equal('CONFIRMED');
    expect(status(SEMINAR)).to.equal('CONFIRMED');
  });

  it('stamps the current time when no `now` is given', () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const stamp = parseEvent(toICalendar(SEMINAR)).component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(unixMs(stamp)).to.be.at.least(before);
    expect(unixMs(stamp)).to.be.at.most(Date.now());
  });
});

describe('calendarHref', () => {
  it('is a UTF-8 text/calendar data URL holding the file', () => {
    const ics = toICalendar({ ...SEMINAR, title: 'Grønland, 12. oktober 🎉' }, NOW);
    const href = calendarHref(ics);
    const prefix = 'data:text/calendar;charset=utf-8,';
    expect(href.startsWith(prefix)).to.equal(true);
    expect(href.slice(prefix.length)).not.to.match(/[\s#%](?![0-9A-F]{2})/);
    expect(decodeURIComponent(href.slice(prefix.length))).to.equal(ics);
  });
});

describe('calendarFileName', () => {
  it('joins the words of the title with hyphens, in lower case', () => {
    expect(calendarFileName('Bakkebyråkrati på tvers av Norden')).to.equal('bakkebyråkrati-på-tvers-av-norden.ics');
    expect(calendarFileName('N-SIW workshop #1: Oslo')).to.equal('n-siw-workshop-1-oslo.ics');
  });

  it('leaves nothing a file system or a shell could misread', () => {
    expect(calendarFileName('../../etc/passwd')).to.equal('etc-passwd.ics');
    expect(calendarFileName('<script>alert("x")</script>')).to.equal('script-alert-x-script.ics');
    expect(calendarFileName('a\\b:c*d?e"f<g>h|i\nj')).to.equal('a-b-c-d-e-f-g-h-i-j.ics');
  });

  it('shortens long titles to 60 characters without a trailing hyphen', () => {
    const name = calendarFileName(SEMINAR.title);
    expect(name).to.equal('street-level-integration-work-policy-and-practice-in-the.ics');
    expect(name.length).to.be.at.most(64);
    expect(calendarFileName(`${'ø'.repeat(59)} 😀 x`)).to.equal(`${'ø'.repeat(59)}.ics`);
    expect(calendarFileName('x'.repeat(80))).to.equal(`${'x'.repeat(60)}.ics`);
    expect(calendarFileName(`${'x'.repeat(60)} more`)).to.equal(`${'x'.repeat(60)}.ics`);
  });

  it('falls back to event.ics when no letter or digit is left', () => {
    expect(calendarFileName('')).to.equal('event.ics');
    expect(calendarFileName('🎉 — !!!')).to.equal('event.ics');
  });
});

describe('calendarUid', () => {
  it('is the item collection and id at the host of the feed that published it, the same on every download', () => {
    expect(calendarUid('event', 'fafo-seminar-2023', 'https://www.fafo.no/nsiw/feed.json')).to.equal('event-fafo-seminar-2023@www.fafo.no');
    expect(calendarUid('workshop', 'a', 'feed.json')).to.equal(`workshop-a@${location.host}`);
  });

  it('differs for an event and a workshop that share an id', () => {
    expect(calendarUid('event', 'oslo', 'feed.json')).not.to.equal(calendarUid('workshop', 'oslo', 'feed.json'));
  });
});
