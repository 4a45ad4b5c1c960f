import { expect } from '@open-wc/testing';
import { inSeriesOrder, seriesLength, workshopStatus } from '../../../src/core/feed/workshops.js';
import type { Workshop } from '../../../src/core/feed/schema.js';

function workshop(id: string, start: string, extra: Partial<Workshop> = {}): Workshop {
  return { id, title: id, start, timeZone: 'Europe/Oslo', ...extra } as Workshop;
}

describe('workshops', () => {
  describe('workshopStatus', () => {
    // 12–13 October 2023 in Oslo (UTC+2): from 11 Oct 22:00 UTC to 13 Oct 22:00 UTC.
    const oslo = workshop('oslo', '2023-10-12', { end: '2023-10-13' });
    const cases: [string, string, string][] = [
      ['the day before, last moment', '2023-10-11T21:59:59.999Z', 'upcoming'],
      ['the first day, first moment', '2023-10-11T22:00:00.000Z', 'ongoing'],
      ['the last day, last moment', '2023-10-13T21:59:59.999Z', 'ongoing'],
      ['the day after, first moment', '2023-10-13T22:00:00.000Z', 'past'],
    ];
    for (const [when, now, status] of cases) {
      it(`is ${status} on ${when}, in the workshop's zone whatever the browser's`, () => {
        expect(workshopStatus(oslo, new Date(now))).to.equal(status);
      });
    }

    it('measures a workshop in another zone by that zone', () => {
      const gothenburg = workshop('gothenburg', '2024-10-17', { end: '2024-10-18', timeZone: 'America/New_York' });
      expect(workshopStatus(gothenburg, new Date('2024-10-19T03:59:59Z'))).to.equal('ongoing');
      expect(workshopStatus(gothenburg, new Date('2024-10-19T04:00:00Z'))).to.equal('past');
    });
  });

  describe('seriesLength', () => {
    it('counts the workshops, or the highest number when a numbered one was left out', () => {
      expect(seriesLength([workshop('a', '2023-01-01', { number: 1 }), workshop('b', '2023-02-01', { number: 2 })])).to.equal(2);
      expect(seriesLength([workshop('a', '2023-01-01', { number: 1 }), workshop('c', '2023-03-01', { number: 3 })])).to.equal(3);
      expect(seriesLength([])).to.equal(0);
    });
  });

  describe('inSeriesOrder', () => {
    it('orders by number, then by start, unnumbered workshops last, without changing the feed', () => {
      const feed = [
        workshop('late-unnumbered', '2025-01-01'),
        workshop('third', '2022-01-01', { number: 3 }),
        workshop('early-unnumbered', '2020-01-01'),
        workshop('first', '2024-01-01', { number: 1 }),
        workshop('first-again', '2023-06-01', { number: 1 }),
      ];
      expect(inSeriesOrder(feed).map((item) => item.id)).to.deep.equal([
        'first-again',
        'first',
        'third',
        'early-unnumbered',
        'late-unnumbered',
      ]);
      expect(feed[0].id).to.equal('late-unnumbered');
    });
  });

  describe('seriesLength', () => {
    it('counts a series of 600,000 workshops, more than any engine takes as spread arguments', () => {
      // The same workshop over and over: the count is what matters, and 600,000 objects of their own
      // would cost a long-lived browser session (WebKit's, across the suite) hundreds of megabytes.
      const many = new Array<Workshop>(600_000).fill(workshop('w', '2030-01-01', { number: 600_001 }));
      expect(seriesLength(many), 'the highest number, past the count').to.equal(600_001);
      expect(seriesLength([workshop('a', '2030-01-01', { number: 3 })])).to.equal(3);
    });
  });
});
