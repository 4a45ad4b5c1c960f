import { expect } from '@open-wc/testing';
import { eventJsonLd, placeJsonLd } from '../../../src/core/structured-data/json-ld.js';
import type { FeedEvent } from '../../../src/core/feed/schema.js';

function event(extra: Partial<FeedEvent>): FeedEvent {
  return {
    id: 'e',
    title: { en: 'Seminar', nb: 'Seminar på norsk' },
    start: '2023-10-12T12:30:00+02:00',
    timeZone: 'Europe/Oslo',
    status: 'scheduled',
    ...extra,
  } as FeedEvent;
}

describe('structured data', () => {
  describe('eventJsonLd', () => {
    it('says an event with both a place and an online link is mixed, and lists both', () => {
      const data = eventJsonLd(event({ location: { name: 'Fafo', city: { en: 'Oslo' }, online: 'https://example.org/live' } }), 'en');
      expect(data.eventAttendanceMode).to.equal('https://schema.org/MixedEventAttendanceMode');
      expect(data.location).to.deep.equal([
        { '@type': 'Place', name: 'Fafo', address: { '@type': 'PostalAddress', addressLocality: 'Oslo' } },
        { '@type': 'VirtualLocation', url: 'https://example.org/live' },
      ]);
    });

    it('marks postponed and cancelled events, and names them in the locale asked for', () => {
      expect(eventJsonLd(event({ status: 'postponed' }), 'nb')).to.include({
        name: 'Seminar på norsk',
        eventStatus: 'https://schema.org/EventPostponed',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      });
      expect(eventJsonLd(event({ status: 'cancelled' }), 'en').eventStatus).to.equal('https://schema.org/EventCancelled');
    });

    it('leaves out what the event does not have, instead of writing empty values', () => {
      expect(Object.keys(eventJsonLd(event({ location: {} }), 'en'))).to.deep.equal([
        '@context',
        '@type',
        'name',
        'startDate',
        'eventStatus',
        'eventAttendanceMode',
      ]);
    });
  });

  describe('placeJsonLd', () => {
    it('keeps one script child, updates it in place, and removes it when there is nothing to describe', () => {
      const host = document.createElement('div');
      placeJsonLd(host, { name: 'first' });
      const script = host.querySelector('script')!;
      expect(script.type).to.equal('application/ld+json');
      placeJsonLd(host, [{ name: '</script><script>alert(1)</script>' }]);
      expect(host.querySelectorAll('script')).to.have.length(1);
      expect(host.querySelector('script'), 'the same element').to.equal(script);
      expect(JSON.parse(script.text)).to.deep.equal([{ name: '</script><script>alert(1)</script>' }]);
      placeJsonLd(host, undefined);
      expect(host.querySelector('script')).to.equal(null);
    });

    it('stays one inert script holding the same data when the page is saved as HTML and parsed again', () => {
      // What prerendering, "save page" or a CMS that stores the live DOM do: serialize, then parse.
      const data = [
        { name: '</script><script>window.nsiwStoredScript = 1</script>' },
        { name: '<!--<script>', description: 'a & b > c \u2028 \u2029 </SCRIPT >' },
      ];
      const page = document.createElement('div');
      const host = document.createElement('section');
      page.append(host, Object.assign(document.createElement('p'), { textContent: 'The rest of the page' }));
      placeJsonLd(host, data);
      const reparsed = new DOMParser().parseFromString(`<!DOCTYPE html><body>${page.outerHTML}`, 'text/html');
      const scripts = reparsed.querySelectorAll('script');
      expect(
        [...scripts].map((script) => script.type),
        'one script, the JSON-LD one',
      ).to.deep.equal(['application/ld+json']);
      expect(JSON.parse(scripts[0].text)).to.deep.equal(data);
      expect(reparsed.querySelector('section + p')?.textContent, 'the page after the script survives').to.equal('The rest of the page');
    });

    it('leaves a script of the page alone', () => {
      const host = document.createElement('div');
      host.innerHTML = '<script type="application/ld+json">{"page": true}</script>';
      placeJsonLd(host, { name: 'ours' });
      placeJsonLd(host, undefined);
      expect(host.querySelectorAll('script')).to.have.length(1);
      expect(host.querySelector('script')!.text).to.equal('{"page": true}');
    });
  });
});
