import { expect } from '@open-wc/testing';
import { calendarEntry } from '../../../src/core/calendar/entries.js';
import { toICalendar } from '../../../src/core/calendar/ical.js';
import { serviceUrl } from '../../../src/core/calendar/services.js';
import type { FeedEvent } from '../../../src/core/feed/schema.js';

const FEED_URL = 'https://www.fafo.no/nsiw/feed.json';
const EVENT = {
  id: 'seminar',
  title: { en: 'Street-level integration work' },
  start: '2027-10-12T12:30:00+02:00',
  end: '2027-10-12T16:30:00+02:00',
  timeZone: 'Europe/Oslo',
  description: {
    en: 'The **first** workshop presents *state-of-the-art* research.\n\n- [Programme](program.html)\n- [https://www.fafo.no/](https://www.fafo.no/)',
  },
} as unknown as FeedEvent;
const PLAIN =
  'The first workshop presents state-of-the-art research.\n\n- Programme (https://www.fafo.no/nsiw/program.html)\n- https://www.fafo.no/';

describe('calendar entries', () => {
  const entry = calendarEntry({ kind: 'event', item: EVENT }, 'en', FEED_URL);

  it('give the description as plain text: words without asterisks, links with their address', () => {
    expect(entry.description).to.equal(PLAIN);
  });

  it('put no markup in the calendar file or the services’ links', () => {
    const unfolded = toICalendar(entry).replace(/\r\n /g, '');
    expect(unfolded).to.contain('DESCRIPTION:The first workshop presents state-of-the-art research.\\n\\n- Programme');
    expect(unfolded).not.to.contain('*');
    for (const service of ['google', 'outlook', 'office365', 'yahoo'] as const) {
      expect(decodeURIComponent(serviceUrl(service, entry)), service).not.to.contain('*');
    }
  });
});
