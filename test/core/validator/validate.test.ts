import { expect } from '@open-wc/testing';
import { FeedFormatError, FeedVersionError } from '../../../src/core/feed/errors.js';
import { describeProblem, validateFeed, warnProblems, type FeedProblem, type ValidatedFeed } from '../../../src/core/validator/validate.js';

const FEED_URL = 'https://feeds.example.org/nsiw/feed.json';

const validEvent = { id: 'e1', title: 'Seminar', start: '2023-10-12T12:30:00+02:00' };
const validWorkshop = { id: 'w1', title: 'Workshop', start: '2023-10-12', end: '2023-10-13' };
const validTab = { id: 'about', title: 'About', body: 'Text' };

function withEvents(...events: unknown[]): ValidatedFeed {
  return validateFeed({ version: 1, events }, FEED_URL);
}

/** Asserts that the second event of `[validEvent, bad]` is skipped, and returns the one problem. */
function expectSkipped(bad: unknown): FeedProblem {
  const result = withEvents(validEvent, bad);
  expect(result.feed.events.map((event) => event.id)).to.deep.equal(['e1']);
  expect(result.skipped).to.have.length(1);
  expect(result.dropped).to.deep.equal([]);
  const [problem] = result.skipped;
  expect(problem).to.include({ collection: 'events', index: 1 });
  expect(problem.member).to.equal(undefined);
  return problem;
}

/** Asserts that the event is kept without `member`, and returns the kept event and the one problem. */
function expectDropped(event: object, member: string) {
  const result = withEvents(event);
  expect(result.skipped).to.deep.equal([]);
  expect(result.feed.events).to.have.length(1);
  expect(result.dropped).to.have.length(1);
  const [problem] = result.dropped;
  expect(problem).to.include({ collection: 'events', index: 0, member });
  return { event: result.feed.events[0], problem };
}

async function fixture(name: string): Promise<Record<string, unknown>> {
  const response = await fetch(`/test/fixtures/${name}`);
  return (await response.json()) as Record<string, unknown>;
}

describe('validateFeed: the feed as a whole', () => {
  for (const [label, data] of [
    ['null', null],
    ['an array', [{ version: 1 }]],
    ['a string', 'feed'],
    ['a number', 1],
  ] as const) {
    it(`throws FeedFormatError for ${label}`, () => {
      expect(() => validateFeed(data, FEED_URL))
        .to.throw(FeedFormatError)
        .with.property('feedUrl', FEED_URL);
    });
  }

  it('names what it got instead of an object', () => {
    expect(() => validateFeed([], FEED_URL)).to.throw(/not a JSON object but an array/);
    expect(() => validateFeed('feed', FEED_URL)).to.throw(/not a JSON object but "feed"/);
  });

  it('throws FeedVersionError naming the version found', () => {
    let error: unknown;
    try {
      validateFeed({ version: 2, events: [validEvent] }, FEED_URL);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(FeedVersionError);
    expect((error as FeedVersionError).message).to.equal('Unsupported feed version 2 (expected 1)');
    expect((error as FeedVersionError).version).to.equal(2);
    expect((error as FeedVersionError).feedUrl).to.equal(FEED_URL);
  });

  it('throws FeedVersionError for a missing version and for "1" as a string', () => {
    expect(() => validateFeed({ events: [] }, FEED_URL)).to.throw(FeedVersionError, 'The feed has no version (expected 1)');
    expect(() => validateFeed({ version: '1' }, FEED_URL)).to.throw(FeedVersionError, 'Unsupported feed version "1" (expected 1)');
  });

  it('gives empty lists for a feed with none', () => {
    const result = validateFeed({ version: 1 }, FEED_URL);
    expect(result.feed).to.deep.equal({ version: 1, events: [], workshops: [], tabs: [] });
    expect(result.skipped).to.deep.equal([]);
    expect(result.dropped).to.deep.equal([]);
  });

  it('keeps a valid updated instant', () => {
    expect(validateFeed({ version: 1, updated: '2024-05-02T08:00:00Z' }, FEED_URL).feed.updated).to.equal('2024-05-02T08:00:00Z');
  });

  it('ignores a bad updated and reports it as a member of the feed', () => {
    const result = validateFeed({ version: 1, updated: 'yesterday', events: [validEvent] }, FEED_URL);
    expect(result.feed.updated).to.equal(undefined);
    expect(result.feed.events).to.have.length(1);
    expect(result.dropped).to.have.length(1);
    expect(result.dropped[0]).to.include({ collection: null, index: null, id: null, member: 'updated' });
    expect(result.dropped[0].reason).to.contain('"yesterday"');
  });

  for (const collection of ['events', 'workshops', 'tabs'] as const) {
    it(`reports ${collection} that is not a list, reads it as empty, and keeps the other lists`, () => {
      const result = validateFeed(
        { version: 1, events: [validEvent], workshops: [validWorkshop], tabs: [validTab], [collection]: { id: 'x' } },
        FEED_URL,
      );
      expect(result.feed[collection]).to.deep.equal([]);
      expect(result.skipped).to.have.length(1);
      expect(result.skipped[0]).to.include({ collection, index: null, id: null });
      expect(result.skipped[0].reason).to.contain(`${collection} {"id":"x"} is not a list`);
      const others = (['events', 'workshops', 'tabs'] as const).filter((name) => name !== collection);
      for (const other of others) expect(result.feed[other]).to.have.length(1);
    });
  }

  it('ignores unknown members everywhere, leaving them out of the result', () => {
    const result = validateFeed(
      {
        version: 1,
        generator: 'CMS 9',
        events: [{ ...validEvent, colour: 'red', location: { city: 'Oslo', room: '2' } }],
        tabs: [{ ...validTab, icon: 'info' }],
      },
      FEED_URL,
    );
    expect(result.skipped).to.deep.equal([]);
    expect(result.dropped).to.deep.equal([]);
    expect(result.feed).not.to.have.property('generator');
    expect(result.feed.events[0]).not.to.have.property('colour');
    expect(result.feed.events[0].location).to.deep.equal({ city: 'Oslo' });
    expect(result.feed.tabs[0]).to.deep.equal(validTab);
  });

  it('does not change the document it reads', () => {
    const data = { version: 1, events: [{ ...validEvent, url: 'a.html', timeZone: 'Nowhere/Else' }] };
    const copy = structuredClone(data);
    validateFeed(data, FEED_URL);
    expect(data).to.deep.equal(copy);
  });

  it('freezes the result, which every element on the page shares', () => {
    const { feed } = withEvents({ ...validEvent, location: { city: 'Oslo' } });
    expect(Object.isFrozen(feed)).to.equal(true);
    expect(Object.isFrozen(feed.events)).to.equal(true);
    expect(Object.isFrozen(feed.events[0].location)).to.equal(true);
  });
});

describe('validateFeed: defaults and links of valid items', () => {
  it('sets timeZone to Europe/Oslo and status to scheduled when absent', () => {
    const [event] = withEvents(validEvent).feed.events;
    expect(event.timeZone).to.equal('Europe/Oslo');
    expect(event.status).to.equal('scheduled');
    expect(withEvents({ ...validEvent, timeZone: 'America/New_York', status: 'cancelled' }).feed.events[0]).to.include({
      timeZone: 'America/New_York',
      status: 'cancelled',
    });
  });

  it("resolves relative URLs against the feed's own URL, not the page's", () => {
    const [event] = withEvents({
      ...validEvent,
      url: 'seminar.html',
      registrationUrl: '/register?e=1',
      location: { online: '../live/' },
    }).feed.events;
    expect(event.url).to.equal('https://feeds.example.org/nsiw/seminar.html');
    expect(event.registrationUrl).to.equal('https://feeds.example.org/register?e=1');
    expect(event.location?.online).to.equal('https://feeds.example.org/live/');
  });

  it('keeps absolute http, https and mailto URLs', () => {
    const [event] = withEvents({
      ...validEvent,
      url: 'https://www.fafo.no/seminar',
      registrationUrl: 'mailto:post@fafo.no?subject=N-SIW',
      location: { online: 'http://stream.example.org/' },
    }).feed.events;
    expect(event.url).to.equal('https://www.fafo.no/seminar');
    expect(event.registrationUrl).to.equal('mailto:post@fafo.no?subject=N-SIW');
    expect(event.location?.online).to.equal('http://stream.example.org/');
  });

  it('resolves workshop links too', () => {
    const [workshop] = validateFeed({ version: 1, workshops: [{ ...validWorkshop, programUrl: 'programme.pdf' }] }, FEED_URL).feed
      .workshops;
    expect(workshop.programUrl).to.equal('https://feeds.example.org/nsiw/programme.pdf');
  });

  it('accepts a date-only start with a date-time end, and the reverse', () => {
    const result = withEvents(
      { id: 'a', title: 'A', start: '2023-10-12', end: '2023-10-12T16:30:00+02:00' },
      { id: 'b', title: 'B', start: '2023-10-12T12:30:00+02:00', end: '2023-10-12' },
    );
    expect(result.skipped).to.deep.equal([]);
    expect(result.feed.events).to.have.length(2);
  });

  it('accepts an end equal to the start, and a one-day date-only span', () => {
    const result = withEvents(
      { id: 'a', title: 'A', start: '2023-10-12T12:30:00+02:00', end: '2023-10-12T12:30:00+02:00' },
      { id: 'b', title: 'B', start: '2023-10-12', end: '2023-10-12' },
      { id: 'c', title: 'C', start: '2023-10-12', end: '2023-10-12T00:00:00+02:00' },
    );
    expect(result.skipped).to.deep.equal([]);
  });

  it('compares real instants: an end in another offset that is later is accepted', () => {
    // 12:00Z is 14:00 in Oslo, after the 13:00 start, though "12:00" < "13:00" as text.
    expect(withEvents({ ...validEvent, start: '2023-10-12T13:00:00+02:00', end: '2023-10-12T12:00:00Z' }).skipped).to.deep.equal([]);
  });

  it('reads Text objects in any language and keeps tab bodies', () => {
    const result = validateFeed(
      {
        version: 1,
        tabs: [{ id: 'workshop-series-2023', title: { nb: 'Workshops', en: 'Workshops', de: 'Workshops' }, body: { nb: 'Tekst' } }],
      },
      FEED_URL,
    );
    expect(result.skipped).to.deep.equal([]);
    expect(result.feed.tabs[0].title).to.deep.equal({ nb: 'Workshops', en: 'Workshops', de: 'Workshops' });
  });
});

describe('validateFeed: one bad item is skipped, with a reason', () => {
  it('skips an item without a required member (title)', () => {
    const problem = expectSkipped({ id: 'x', start: '2023-10-12' });
    expect(problem).to.include({ id: 'x', reason: 'title is missing' });
  });

  it('skips an item without an id, with id null', () => {
    expect(expectSkipped({ title: 'T', start: '2023-10-12' })).to.include({ id: null, reason: 'id is missing' });
  });

  it('skips an item without a start', () => {
    expect(expectSkipped({ id: 'x', title: 'T' }).reason).to.equal('start is missing');
  });

  it('skips an item whose required member has the wrong type', () => {
    const problem = expectSkipped({ id: 'x', title: 42, start: '2023-10-12' });
    expect(problem.reason).to.match(/^title 42 is not a text/);
  });

  it('skips an item whose id is not a string, or empty', () => {
    expect(expectSkipped({ id: 7, title: 'T', start: '2023-10-12' })).to.include({ id: null, reason: 'id 7 is not a non-empty string' });
    expect(expectSkipped({ id: '', title: 'T', start: '2023-10-12' }).reason).to.equal('id "" is not a non-empty string');
  });

  it('skips an item whose Text is an empty object or holds a non-string', () => {
    expect(expectSkipped({ id: 'x', title: {}, start: '2023-10-12' }).reason).to.match(/^title \{\} is not a text/);
    expect(expectSkipped({ id: 'x', title: { en: 5 }, start: '2023-10-12' }).reason).to.match(/^title \{"en":5\} is not a text/);
  });

  it('skips an item that is not an object', () => {
    for (const bad of ['event', 3, null, [validEvent]]) {
      expect(expectSkipped(bad)).to.include({ id: null });
    }
    expect(expectSkipped('event').reason).to.equal('"event" is not an object');
  });

  it('skips a date with the wrong syntax', () => {
    const problem = expectSkipped({ id: 'x', title: 'T', start: '12.10.2023' });
    expect(problem.reason).to.match(/^start "12\.10\.2023" is not an ISO 8601 date/);
  });

  it('skips a date-time without an offset', () => {
    expect(expectSkipped({ id: 'x', title: 'T', start: '2023-10-12T12:30:00' }).reason).to.match(/^start .* is not an ISO 8601/);
  });

  it('skips an impossible date or time', () => {
    expect(expectSkipped({ id: 'x', title: 'T', start: '2023-02-30' }).reason).to.equal('start "2023-02-30" is not a real date or time');
    expect(expectSkipped({ id: 'x', title: 'T', start: '2023-10-12T24:00:00+02:00' }).reason).to.contain('not a real date');
  });

  it('skips an item whose end has the wrong syntax (a bad end is a bad date, not a member to ignore)', () => {
    const problem = expectSkipped({ id: 'x', title: 'T', start: '2023-10-12', end: 'tomorrow' });
    expect(problem.reason).to.match(/^end "tomorrow" is not an ISO 8601 date/);
  });

  it('skips an item whose end is before its start (date-only, inclusive end)', () => {
    const problem = expectSkipped({ id: 'x', title: 'T', start: '2023-10-12', end: '2023-10-11' });
    expect(problem.reason).to.equal('end "2023-10-11" is before start "2023-10-12"');
  });

  it('skips an item whose end is before its start (date-times in real instants)', () => {
    expectSkipped({ id: 'x', title: 'T', start: '2023-10-12T12:30:00+02:00', end: '2023-10-12T12:29:00+02:00' });
    // 11:00Z is 13:00 in Oslo, before a 13:30 start; 05:00+02:00 is 23:00 the day before in New York.
    expectSkipped({ id: 'y', title: 'T', start: '2023-10-12T13:30:00+02:00', end: '2023-10-12T11:00:00Z' });
    expectSkipped({ id: 'z', title: 'T', start: '2023-10-12', end: '2023-10-12T05:00:00+02:00', timeZone: 'America/New_York' });
  });

  it('skips the second and later items with the same id; the first wins', () => {
    const result = withEvents(validEvent, { ...validEvent, title: 'Copy' }, { ...validEvent, title: 'Copy 2' });
    expect(result.feed.events).to.have.length(1);
    expect(result.feed.events[0].title).to.equal('Seminar');
    expect(result.skipped.map((problem) => [problem.index, problem.id, problem.reason])).to.deep.equal([
      [1, 'e1', 'id "e1" is already used by events[0]'],
      [2, 'e1', 'id "e1" is already used by events[0]'],
    ]);
  });

  it('lets a valid item keep an id that only a skipped item used before it', () => {
    const result = withEvents({ id: 'e1', title: 'T', start: 'soon' }, validEvent);
    expect(result.feed.events.map((event) => event.title)).to.deep.equal(['Seminar']);
    expect(result.skipped.map((problem) => problem.index)).to.deep.equal([0]);
  });

  it('checks ids per list: an event and a workshop may share one', () => {
    const result = validateFeed(
      { version: 1, events: [{ ...validEvent, id: 'same' }], workshops: [{ ...validWorkshop, id: 'same' }] },
      FEED_URL,
    );
    expect(result.skipped).to.deep.equal([]);
  });

  it('skips a tab whose id is not [a-z0-9-]+', () => {
    const result = validateFeed({ version: 1, tabs: [validTab, { ...validTab, id: 'Mer om' }] }, FEED_URL);
    expect(result.feed.tabs).to.have.length(1);
    expect(result.skipped[0]).to.include({ collection: 'tabs', index: 1, id: 'Mer om' });
    expect(result.skipped[0].reason).to.match(/^id "Mer om" is not made of lower-case letters/);
  });

  it('skips a tab without a body, and a workshop without a start', () => {
    const result = validateFeed({ version: 1, tabs: [{ id: 'x', title: 'X' }], workshops: [{ id: 'w', title: 'W' }] }, FEED_URL);
    expect(result.skipped.map(describeProblem)).to.deep.equal(['workshops[0] id=w: start is missing', 'tabs[0] id=x: body is missing']);
  });
});

describe('validateFeed: a bad optional member is ignored, with a reason', () => {
  for (const [scheme, url] of [
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['file:', 'file:///etc/passwd'],
    ['upper-case JAVASCRIPT:', 'JAVASCRIPT:alert(1)'],
    ['a newline inside', 'java\nscript:alert(1)'],
    ['a tab inside', 'java\tscript:alert(1)'],
    ['a leading space', ' javascript:alert(1)'],
    ['an empty string', ''],
    ['a non-string', 42],
  ] as const) {
    it(`drops a URL with ${scheme}`, () => {
      const { event, problem } = expectDropped({ ...validEvent, url }, 'url');
      expect(event).not.to.have.property('url');
      expect(event.title).to.equal('Seminar');
      expect(problem.id).to.equal('e1');
      expect(problem.reason).to.contain(`url ${JSON.stringify(url)}`);
      expect(problem.reason).to.contain('is not an http, https or mailto URL');
    });
  }

  it('drops a bad nested location.online but keeps the rest of the location', () => {
    const { event, problem } = expectDropped(
      { ...validEvent, location: { name: 'Fafo', city: 'Oslo', online: 'javascript:alert(1)' } },
      'location.online',
    );
    expect(event.location).to.deep.equal({ name: 'Fafo', city: 'Oslo' });
    expect(problem.reason).to.match(/^location\.online "javascript:alert\(1\)" is not an http/);
  });

  it('drops a location that is not an object', () => {
    const { event, problem } = expectDropped({ ...validEvent, location: 'Oslo' }, 'location');
    expect(event).not.to.have.property('location');
    expect(problem.reason).to.equal('location "Oslo" is not an object');
  });

  it('drops an unknown country code, in the location and on a workshop', () => {
    const { event, problem } = expectDropped({ ...validEvent, location: { city: 'Atlantis', country: 'XX' } }, 'location.country');
    expect(event.location).to.deep.equal({ city: 'Atlantis' });
    expect(problem.reason).to.equal('location.country "XX" is not an ISO 3166 alpha-2 country code such as "NO"');
    const result = validateFeed({ version: 1, workshops: [{ ...validWorkshop, country: 'Norway' }] }, FEED_URL);
    expect(result.feed.workshops[0]).not.to.have.property('country');
    expect(result.dropped[0]).to.include({ collection: 'workshops', member: 'country' });
  });

  it('keeps the Nordic countries and Italy', () => {
    for (const country of ['NO', 'SE', 'DK', 'FI', 'IS', 'IT']) {
      expect(withEvents({ ...validEvent, location: { country } }).feed.events[0].location?.country).to.equal(country);
    }
  });

  it('drops a lower-case country code', () => {
    expectDropped({ ...validEvent, location: { country: 'no' } }, 'location.country');
  });

  it('falls back to Europe/Oslo for an unknown time zone, and says so', () => {
    const { event, problem } = expectDropped({ ...validEvent, timeZone: 'Mars/Olympus_Mons' }, 'timeZone');
    expect(event.timeZone).to.equal('Europe/Oslo');
    expect(problem.reason).to.equal(
      'timeZone "Mars/Olympus_Mons" is not a known IANA time zone such as "Europe/Oslo"; "Europe/Oslo" is used instead',
    );
  });

  it('falls back to Europe/Oslo for a raw offset given as a time zone', () => {
    expect(expectDropped({ ...validEvent, timeZone: '+02:00' }, 'timeZone').event.timeZone).to.equal('Europe/Oslo');
  });

  it('falls back to scheduled for an unknown status', () => {
    const { event, problem } = expectDropped({ ...validEvent, status: 'maybe' }, 'status');
    expect(event.status).to.equal('scheduled');
    expect(problem.reason).to.contain('status "maybe" is not one of');
  });

  it('drops optional members of the wrong type', () => {
    expect(expectDropped({ ...validEvent, type: 7 }, 'type').problem.reason).to.equal('type 7 is not a string');
    expectDropped({ ...validEvent, label: {} }, 'label');
    expectDropped({ ...validEvent, organizer: ['Fafo'] }, 'organizer');
    expectDropped({ ...validEvent, description: { en: null } }, 'description');
    expectDropped({ ...validEvent, location: { address: 5 } }, 'location.address');
    expect(expectDropped({ ...validEvent, location: ['Oslo'] }, 'location').problem.reason).to.equal('location ["Oslo"] is not an object');
  });

  it('reads Text keys as language codes, so that a list is not a Text', () => {
    expect(expectSkipped({ id: 'x', title: ['Seminar'], start: '2023-10-12' }).reason).to.match(/^title \["Seminar"\] is not a text/);
    expect(withEvents({ ...validEvent, title: { nb: 'A', 'nb-NO': 'B', en_GB: 'C' } }).skipped).to.deep.equal([]);
    expectSkipped({ id: 'x', title: { 'not a language': 'A' }, start: '2023-10-12' });
  });

  it('drops a workshop number that is not a whole number of 1 or more', () => {
    for (const number of [0, -1, 1.5, '1']) {
      const result = validateFeed({ version: 1, workshops: [{ ...validWorkshop, number }] }, FEED_URL);
      expect(result.feed.workshops[0]).not.to.have.property('number');
      expect(result.dropped[0].reason).to.equal(`number ${JSON.stringify(number)} is not a whole number of 1 or more`);
    }
  });

  it('drops several bad members of one item, reporting each once', () => {
    const result = withEvents({
      ...validEvent,
      url: 'javascript:x',
      registrationUrl: 'data:x',
      timeZone: 'Nowhere',
      location: { country: 'ZZZ', online: 'vbscript:x', city: 'Oslo' },
    });
    expect(result.feed.events[0]).to.deep.include({ location: { city: 'Oslo' }, timeZone: 'Europe/Oslo' });
    expect(result.dropped.map((problem) => problem.member).sort()).to.deep.equal(
      ['location.country', 'location.online', 'registrationUrl', 'timeZone', 'url'].sort(),
    );
  });

  it('does not report the members of an item that is skipped anyway', () => {
    const result = withEvents({ id: 'x', title: 'T', start: 'never', url: 'javascript:x' });
    expect(result.skipped).to.have.length(1);
    expect(result.dropped).to.deep.equal([]);
  });

  it('shortens long values in reasons', () => {
    const { problem } = expectDropped({ ...validEvent, url: `javascript:${'x'.repeat(200)}` }, 'url');
    expect(problem.reason.length).to.be.below(200);
    expect(problem.reason).to.contain('…');
  });
});

describe('validateFeed: links inside rich text', () => {
  it('keeps a description whose link is refused, and reports that link once per text', () => {
    const description = {
      en: 'See [the programme](javascript:alert(1)) and [Fafo](https://www.fafo.no/).',
      nb: 'Se [programmet](javascript:alert(1)).',
    };
    const { event, problem } = expectDropped({ ...validEvent, description }, 'description');
    expect(event.description).to.deep.equal(description);
    expect(problem.reason).to.contain('"javascript:alert(1)"');
    expect(problem.reason).to.contain('shown as plain text');
  });

  it('reports a refused link in a tab body and in a workshop description, not a relative or mailto one', () => {
    const result = validateFeed(
      {
        version: 1,
        tabs: [{ ...validTab, body: '- [ok](contact.html)\n- [mail](mailto:fafo@fafo.no)\n- [bad](data:text/html,x)' }],
        workshops: [{ ...validWorkshop, description: 'A *[bad](vbscript:x)* link' }],
      },
      FEED_URL,
    );
    expect(result.dropped.map(({ collection, member }) => `${collection}.${member}`)).to.deep.equal(['workshops.description', 'tabs.body']);
    expect(result.feed.tabs).to.have.length(1);
    expect(result.feed.workshops).to.have.length(1);
  });

  it('does not report rich text whose links are all allowed', () => {
    const result = withEvents({ ...validEvent, description: '[Fafo](https://www.fafo.no/) and [here](page.html)' });
    expect(result.dropped).to.deep.equal([]);
  });
});

describe('validateFeed: test/fixtures/bad-items.json', () => {
  it('keeps every valid item and reports every bad one once, with index, id and reason', async () => {
    const data = await fixture('bad-items.json');
    const result = validateFeed(data, 'https://example.org/feeds/bad-items.json');
    for (const collection of ['events', 'workshops', 'tabs'] as const) {
      const items = data[collection] as unknown[];
      const expectation = (item: unknown): string =>
        typeof item === 'string' ? 'skip' : ((item as Record<string, string>)['x-expect'] ?? 'missing x-expect');
      const keptIds = result.feed[collection].map((item) => item.id);
      const expectedKept = items.filter((item) => expectation(item) !== 'skip').map((item) => (item as { id: string }).id);
      expect(keptIds, collection).to.deep.equal(expectedKept);

      items.forEach((item, index) => {
        const skipped = result.skipped.filter((problem) => problem.collection === collection && problem.index === index);
        const dropped = result.dropped.filter((problem) => problem.collection === collection && problem.index === index);
        const expected = expectation(item);
        const where = `${collection}[${index}] (${expected})`;
        const rawId = typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : null;
        if (expected === 'keep') {
          expect([...skipped, ...dropped], where).to.deep.equal([]);
        } else if (expected === 'skip') {
          expect(skipped, where).to.have.length(1);
          expect(dropped, where).to.deep.equal([]);
          expect(skipped[0].id, where).to.equal(rawId);
          expect(skipped[0].reason, where).to.be.a('string').and.not.equal('');
        } else {
          const member = expected.replace(/^drop /, '');
          expect(skipped, where).to.deep.equal([]);
          expect(
            dropped.map((problem) => problem.member),
            where,
          ).to.deep.equal([member]);
          expect(dropped[0].id, where).to.equal(rawId);
          expect(dropped[0].reason.startsWith(`${member} `), where).to.equal(true);
        }
      });
    }
    expect(result.dropped.filter((problem) => problem.collection === null).map((problem) => problem.member)).to.deep.equal(['updated']);
  });
});

describe('validateFeed: test/fixtures/hostile.json', () => {
  it('keeps markup as plain strings, drops every script or data link, and skips the item without a title', async () => {
    const result = validateFeed(await fixture('hostile.json'), 'https://example.org/hostile.json');
    expect(result.feed.events.map((event) => event.id)).to.deep.equal(['hostile-markup', 'obfuscated-links', 'safe-event']);
    expect(result.skipped.map(describeProblem)).to.deep.equal(['events[2] id=missing-title: title is missing']);
    const [markup, obfuscated, safe] = result.feed.events;
    expect(markup.title).to.equal('<img src=x onerror="alert(\'title\')"><b>Bold?</b>');
    for (const event of [markup, obfuscated]) {
      expect(event).not.to.have.property('url');
      expect(event).not.to.have.property('registrationUrl');
      expect(event.location).not.to.have.property('online');
    }
    expect(safe.url).to.equal('https://example.org/safe');
    expect(result.feed.workshops[0]).not.to.have.property('programUrl');
    expect(result.feed.workshops[0]).not.to.have.property('registrationUrl');
    // No member's value is a script or data link (they may still appear as text inside other strings).
    expect(JSON.stringify(result.feed)).not.to.match(/":"\s*(?:java\s*script|vbscript|data):/i);
  });
});

describe('validateFeed: one item costs no more than itself, however large or strange', () => {
  it('reads a rich text of an unclosed * and 300,000 links (2 MB), and keeps the items beside it', function () {
    // 2 MB of text takes seconds on a busy machine: the time allowed for a property (test/support/properties.ts).
    this.timeout(30_000);
    // More nodes after the open `*` than any engine takes as spread arguments (Firefox: 500,000).
    const huge = `*${'[a](b) '.repeat(300_000)}`;
    const result = withEvents(
      validEvent,
      { id: 'huge', title: 'Huge', start: '2023-10-13', description: huge },
      { ...validEvent, id: 'e2' },
    );
    expect(result.feed.events.map((event) => event.id)).to.deep.equal(['e1', 'huge', 'e2']);
    expect(result.skipped).to.deep.equal([]);
  });

  it('skips and reports an item whose reading throws (an object with a throwing getter), keeping the others', () => {
    const throwing = {
      id: 'getter',
      start: '2023-10-13',
      get title(): string {
        throw new Error('a page object that throws');
      },
    };
    const result = withEvents(validEvent, throwing, { ...validEvent, id: 'e2' });
    expect(result.feed.events.map((event) => event.id)).to.deep.equal(['e1', 'e2']);
    expect(result.skipped).to.deep.equal([
      { collection: 'events', index: 1, id: 'getter', reason: 'could not be read: a page object that throws' },
    ]);
  });
});

describe('validateFeed: instants within the years 0001–9999, also after offset and zone', () => {
  const refused: [string, object][] = [
    ['a year 0 date', { start: '0000-06-01' }],
    ['an offset that carries a date-time into year 10000', { start: '9999-12-31T23:30:00-01:00' }],
    ['an offset that carries a date-time back into year 0', { start: '0001-01-01T00:30:00+01:00' }],
    ['a zone that shows a date-time in year 10000', { start: '9999-12-31T23:30:00Z', timeZone: 'Europe/Oslo' }],
    ['a date-only end whose day ends in year 10000', { start: '9999-12-01', end: '9999-12-31' }],
  ];
  for (const [what, members] of refused) {
    it(`skips an event with ${what}`, () => {
      const problem = expectSkipped({ id: 'far', title: 'Far', ...members });
      expect(problem.reason).to.match(/not a real date or time|is outside the years 0001–9999/);
    });
  }

  it('keeps an event from year 1 to year 9999, with its times in its zone', () => {
    const result = withEvents({ id: 'long', title: 'Long', start: '0001-01-01T12:00:00+01:00', end: '9999-12-30T12:00:00+01:00' });
    expect(result.skipped).to.deep.equal([]);
    expect(result.feed.events.map((event) => event.id)).to.deep.equal(['long']);
  });
});

describe('validateFeed: a title needs a visible character', () => {
  const invisible: [string, unknown][] = [
    ['empty', ''],
    ['blank', ' \t\u00a0\u3000 '],
    ['zero-width characters', '\u200b\u200c\u200d\u2060\ufeff'],
    ['bidi marks and a Hangul filler', '\u200e\u202e\u3164'],
    ['a Text with one invisible language', { en: 'Seminar', nb: '\u200b' }],
  ];
  for (const [what, title] of invisible) {
    it(`skips an event, a workshop and a tab whose title is ${what}`, () => {
      const result = validateFeed(
        { version: 1, events: [{ ...validEvent, title }], workshops: [{ ...validWorkshop, title }], tabs: [{ ...validTab, title }] },
        FEED_URL,
      );
      expect([result.feed.events, result.feed.workshops, result.feed.tabs].map((list) => list.length)).to.deep.equal([0, 0, 0]);
      expect(result.skipped.map((problem) => problem.reason)).to.satisfy(
        (reasons: string[]) =>
          reasons.length === 3 && reasons.every((reason) => reason.startsWith('title ') && reason.endsWith('has no visible character')),
      );
    });
  }

  it('keeps a title with a visible character among invisible ones', () => {
    expect(withEvents({ ...validEvent, title: '\u200bSeminar\u200b' }).feed.events).to.have.length(1);
  });
});

describe('describeProblem and warnProblems', () => {
  let warnings: unknown[][];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('describes a problem as editors read it', () => {
    expect(describeProblem({ collection: 'events', index: 3, id: 'foo', reason: 'title is missing' })).to.equal(
      'events[3] id=foo: title is missing',
    );
    expect(describeProblem({ collection: 'tabs', index: 0, id: null, reason: 'r' })).to.equal('tabs[0]: r');
    expect(describeProblem({ collection: 'tabs', index: 1, id: 'Mer om', reason: 'r' })).to.equal('tabs[1] id="Mer om": r');
    expect(describeProblem({ collection: 'events', index: 2, id: '', reason: 'r' })).to.equal('events[2] id="": r');
    expect(describeProblem({ collection: 'events', index: null, id: null, reason: 'r' })).to.equal('events: r');
    expect(describeProblem({ collection: null, index: null, id: null, member: 'updated', reason: 'r' })).to.equal('feed: r');
  });

  it('warns once per problem, with index, id, reason and source', () => {
    const result = withEvents(validEvent, { id: 'bad', title: 'T', start: 'x' }, { ...validEvent, id: 'e2', url: 'javascript:x' });
    warnProblems(result, 'https://example.org/feed.json');
    expect(warnings).to.have.length(2);
    const [skippedWarning, droppedWarning] = warnings.map((args) => String(args[0]));
    for (const part of ['https://example.org/feed.json', 'events[1]', 'id=bad', 'start "x"']) {
      expect(skippedWarning).to.contain(part);
    }
    for (const part of ['https://example.org/feed.json', 'events[2]', 'id=e2', 'url "javascript:x"']) {
      expect(droppedWarning).to.contain(part);
    }
  });

  it('stays silent for a clean feed', () => {
    warnProblems(withEvents(validEvent), 'inline');
    expect(warnings).to.deep.equal([]);
  });
});
