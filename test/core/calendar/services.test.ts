import { expect } from '@open-wc/testing';
import type { CalendarEntry } from '../../../src/core/calendar/ical.js';
import { chosenServices, serviceUrl, subscriptionUrls } from '../../../src/core/calendar/services.js';

// A timed event with its zone (12:30–16:30 in Oslo, summer time: 10:30–14:30 UTC) and an all-day one
// over two days (the feed's date-only end is inclusive; the services want the day after).
const TIMED: CalendarEntry = {
  uid: 'seminar@example.org',
  title: 'Street-level integration work',
  start: '2023-10-12T12:30:00+02:00',
  end: '2023-10-12T16:30:00+02:00',
  timeZone: 'Europe/Oslo',
  description: 'Seminar & discussion',
  location: 'Fafo, Borggata 2B, Oslo, Norway',
  url: 'https://www.fafo.no/seminar',
};
const ALL_DAY: CalendarEntry = {
  uid: 'workshop@example.org',
  title: 'N-SIW workshop in Oslo',
  start: '2023-10-12',
  end: '2023-10-13',
  timeZone: 'Europe/Oslo',
};

function parameters(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams);
}

describe('calendar service links', () => {
  it('Google Calendar: title, UTC times, details with the link, place', () => {
    const url = serviceUrl('google', TIMED);
    expect(url.startsWith('https://calendar.google.com/calendar/render?')).to.equal(true);
    expect(parameters(url)).to.deep.equal({
      action: 'TEMPLATE',
      text: 'Street-level integration work',
      dates: '20231012T103000Z/20231012T143000Z',
      details: 'Seminar & discussion\n\nhttps://www.fafo.no/seminar',
      location: 'Fafo, Borggata 2B, Oslo, Norway',
    });
    expect(url, 'spaces percent-encoded, not +').to.contain('text=Street-level%20integration%20work');
  });

  it('Google Calendar: an all-day event as dates with the exclusive end', () => {
    expect(parameters(serviceUrl('google', ALL_DAY)).dates).to.equal('20231012/20231014');
  });

  for (const [service, host] of [
    ['outlook', 'outlook.live.com'],
    ['office365', 'outlook.office.com'],
  ] as const) {
    it(`${service}: the compose page of ${host} with ISO times`, () => {
      const url = serviceUrl(service, TIMED);
      expect(url.startsWith(`https://${host}/calendar/0/action/compose?`)).to.equal(true);
      expect(parameters(url)).to.deep.equal({
        subject: 'Street-level integration work',
        startdt: '2023-10-12T10:30:00Z',
        enddt: '2023-10-12T14:30:00Z',
        body: 'Seminar & discussion\n\nhttps://www.fafo.no/seminar',
        location: 'Fafo, Borggata 2B, Oslo, Norway',
        allday: 'false',
      });
      expect(parameters(serviceUrl(service, ALL_DAY))).to.deep.equal({
        subject: 'N-SIW workshop in Oslo',
        startdt: '2023-10-12',
        enddt: '2023-10-14',
        allday: 'true',
      });
    });
  }

  it('Yahoo: UTC times, or the days with dur=allday', () => {
    expect(parameters(serviceUrl('yahoo', TIMED))).to.deep.equal({
      v: '60',
      title: 'Street-level integration work',
      st: '20231012T103000Z',
      et: '20231012T143000Z',
      desc: 'Seminar & discussion\n\nhttps://www.fafo.no/seminar',
      in_loc: 'Fafo, Borggata 2B, Oslo, Norway',
    });
    expect(parameters(serviceUrl('yahoo', ALL_DAY))).to.deep.equal({
      v: '60',
      title: 'N-SIW workshop in Oslo',
      st: '20231012',
      et: '20231014',
      dur: 'allday',
    });
  });

  it('an event without an end ends where it starts', () => {
    const { end: _end, ...open } = TIMED;
    expect(parameters(serviceUrl('google', open)).dates).to.equal('20231012T103000Z/20231012T103000Z');
  });

  it('a day in a zone far from UTC stays that day', () => {
    const auckland = { ...ALL_DAY, timeZone: 'Pacific/Auckland', end: undefined };
    expect(parameters(serviceUrl('google', auckland)).dates).to.equal('20231012/20231013');
  });
});

describe('chosenServices', () => {
  it('takes the order of the attribute, each service once, and leaves out unknown names', () => {
    expect(chosenServices(' yahoo  ics bogus yahoo ')).to.deep.equal(['yahoo', 'ics']);
  });
  it('means every service, in the default order, for an empty, missing or unknown list', () => {
    const all = ['ics', 'google', 'outlook', 'office365', 'yahoo'];
    for (const value of [null, undefined, '', '  ', 'bogus']) expect(chosenServices(value)).to.deep.equal(all);
  });
});

describe('subscriptionUrls', () => {
  it('swaps the scheme for webcal: and gives Google the encoded webcal: URL', () => {
    expect(subscriptionUrls('https://www.fafo.no/nsiw/events.ics?lang=nb')).to.deep.equal({
      webcal: 'webcal://www.fafo.no/nsiw/events.ics?lang=nb',
      google: 'https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fwww.fafo.no%2Fnsiw%2Fevents.ics%3Flang%3Dnb',
    });
    expect(subscriptionUrls('http://example.org/a.ics')?.webcal).to.equal('webcal://example.org/a.ics');
  });
  it('offers nothing for a URL that cannot be subscribed to', () => {
    expect(subscriptionUrls('mailto:nsiw@fafo.no')).to.equal(undefined);
  });
});
