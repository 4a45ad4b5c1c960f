/**
 * Properties of the feed validator, over generated feeds (fast-check): whatever JSON arrives, it throws
 * nothing but its two documented errors and lets no invalid item through; and every valid item survives,
 * with its members, next to arbitrary invalid ones.
 *
 * A fixed seed and run count by default (CI); for more runs or another seed:
 *   FC_RUNS=10000 FC_SEED=123 npm test -- browsers
 * or for this file alone: FC_RUNS=10000 FC_SEED=123 WTR_COVERAGE=0 npx wtr --files test/core/validator/validate.property.test.ts
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { FeedFormatError, FeedVersionError } from '../../../src/core/feed/errors.js';
import { createFeedSchema } from '../../../src/core/feed/schema.js';
import { validateFeed, type FeedCollection, type ValidatedFeed } from '../../../src/core/validator/validate.js';
import { parseJson } from '../../../src/core/loading/feed-loader.js';
import {
  dateTime,
  edgeDateTime,
  hostileVisibleText,
  httpUrl,
  inheritedMembers,
  invisibleText,
  isoDate,
  offsetMinutes,
  propertyParameters,
  propertyTimeout,
  timePrecision,
  withinFeedYears,
  withPollutedPrototype,
  yearEdgeEpoch,
  YEAR_1_MS,
  YEAR_10000_MS,
} from '../../support/properties.js';

const FEED_URL = 'https://feeds.example.org/nsiw/feed.json';
const COLLECTIONS: readonly FeedCollection[] = ['events', 'workshops', 'tabs'];
const DAY_MS = 86_400_000;
const RUNS_ANY_JSON = 1000;
const RUNS_ANY_MEMBERS = 300;
const RUNS_MIXED = 200;
const RUNS_EDGES = 300;
const RUNS_HUGE = 6;
const schema = createFeedSchema(FEED_URL);
const ITEM_SCHEMAS = { events: schema.Event, workshops: schema.Workshop, tabs: schema.Tab };

type Json = Record<string, unknown>;

/** A value as the loader hands it over: through JSON text. */
function asJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const anyJson = fc.json().map((text) => JSON.parse(text) as unknown);
const notAnObject = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(anyJson));

const text = fc.oneof(
  fc.string(),
  fc.dictionary(fc.constantFrom('nb', 'en', 'sv', 'da', 'no', 'nn', 'nb-NO'), fc.string(), { minKeys: 1 }),
);
const LANGUAGE = fc.constantFrom('nb', 'en', 'sv', 'da', 'no', 'nn', 'nb-NO');
/** A title: every string with a visible character, among bidi controls, zero-width characters, and at times very long. */
const title = fc.oneof(hostileVisibleText, fc.dictionary(LANGUAGE, hostileVisibleText, { minKeys: 1, maxKeys: 3 }));
/** Rich text without links, whose refused URLs the validator would rightly report. */
const richText = text.filter((value) => !JSON.stringify(value).includes(']('));
const url = fc.oneof(
  httpUrl,
  fc.constantFrom('mailto:nsiw@fafo.no', 'seminar.html', '../pages/programme.html', '/nsiw/', '?page=2', '#top'),
);
const country = fc.constantFrom('NO', 'SE', 'DK', 'FI', 'IS', 'US', 'GB');
const timeZone = fc.constantFrom('Europe/Oslo', 'Europe/Copenhagen', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC');

// Up to 400 days before the last date a four-digit year can write.
const epochMs = fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9998, 10, 1) });

/** A `start` and maybe an `end` not before it: both dates alone, or both date-times. */
const span = fc.oneof(
  fc.record({ start: epochMs, days: fc.option(fc.nat(400), { nil: undefined }) }).map(({ start, days }) => ({
    start: isoDate(start),
    ...(days === undefined ? {} : { end: isoDate(start + days * DAY_MS) }),
  })),
  fc
    .record({
      start: epochMs,
      startOffset: offsetMinutes,
      // Whole minutes, so that writing both with the same precision keeps the end from passing the start.
      end: fc.option(fc.record({ minutes: fc.nat(400 * 24 * 60), offset: offsetMinutes }), { nil: undefined }),
      precision: timePrecision,
      zulu: fc.boolean(),
    })
    .map(({ start, startOffset, end, precision, zulu }) => ({
      start: dateTime(start, startOffset, precision, zulu),
      ...(end === undefined ? {} : { end: dateTime(start + end.minutes * 60_000, end.offset, precision, zulu) }),
    })),
);

/** Members no version of the feed knows (forward compatibility: ignored, never an error). */
const unknownMembers = fc.dictionary(
  fc.constantFrom('colour', 'priority', 'x-cms-id', 'links', 'speakers'),
  fc.json({ maxDepth: 2 }).map((text) => JSON.parse(text) as unknown),
  { maxKeys: 2 },
);

const event = fc
  .tuple(
    fc.record(
      {
        id: fc.string({ minLength: 1 }),
        title,
        type: fc.string(),
        label: text,
        timeZone,
        status: fc.constantFrom('scheduled', 'cancelled', 'postponed'),
        organizer: text,
        location: fc.record({ name: text, address: fc.string(), city: text, country, online: url }, { requiredKeys: [] }),
        url,
        registrationUrl: url,
        description: richText,
      },
      { requiredKeys: ['id', 'title'] },
    ),
    span,
    unknownMembers,
  )
  .map(([members, when, unknown]) => ({ ...unknown, ...members, ...when }));

const workshop = fc
  .tuple(
    fc.record(
      {
        id: fc.string({ minLength: 1 }),
        number: fc.integer({ min: 1, max: 1000 }),
        title,
        timeZone,
        host: text,
        venue: text,
        city: text,
        country,
        programUrl: url,
        registrationUrl: url,
        description: richText,
      },
      { requiredKeys: ['id', 'title'] },
    ),
    span,
    unknownMembers,
  )
  .map(([members, when, unknown]) => ({ ...unknown, ...members, ...when }));

const tab = fc.record({ id: fc.stringMatching(/^[a-z0-9-]+$/), title, body: richText });

const VALID_ITEMS = { events: event, workshops: workshop, tabs: tab };

/** Bad values of optional members, each of which the item survives without that member (`member`). */
const BAD_OPTIONAL: Record<FeedCollection, readonly { member: string; set: Json }[]> = {
  events: [
    { member: 'url', set: { url: 'javascript:alert(1)' } },
    { member: 'registrationUrl', set: { registrationUrl: ' data:text/html,<script>alert(1)</script>' } },
    { member: 'timeZone', set: { timeZone: 'Mars/Olympus_Mons' } },
    { member: 'status', set: { status: 'maybe' } },
    { member: 'type', set: { type: 42 } },
    { member: 'label', set: { label: [] } },
    { member: 'organizer', set: { organizer: {} } },
    { member: 'location', set: { location: 'Oslo' } },
    { member: 'location.country', set: { location: { city: 'Oslo', country: 'XX' } } },
    { member: 'location.online', set: { location: { online: 'java\nscript:alert(1)' } } },
    { member: 'description', set: { description: 7 } },
  ],
  workshops: [
    { member: 'number', set: { number: 0 } },
    { member: 'number', set: { number: 1.5 } },
    { member: 'country', set: { country: 'no' } },
    { member: 'programUrl', set: { programUrl: 'vbscript:msgbox(1)' } },
    { member: 'timeZone', set: { timeZone: '+02:00' } },
    { member: 'venue', set: { venue: null } },
  ],
  tabs: [],
};

/** Ways to break a valid item so that it must be skipped; the broken copy keeps the valid one's `id`. */
const BREAKAGES: Record<FeedCollection, readonly ((item: Json) => Json)[]> = {
  events: [
    ({ id: _, ...rest }) => rest,
    (item) => ({ ...item, id: '' }),
    (item) => ({ ...item, title: 3 }),
    (item) => ({ ...item, title: ['Seminar'] }),
    (item) => ({ ...item, title: {} }),
    (item) => ({ ...item, title: '\u200b\u202e \u2060' }),
    (item) => ({ ...item, title: { en: 'Seminar', nb: '\ufeff' } }),
    (item) => ({ ...item, start: '9999-12-31T23:30:00-01:00' }),
    ({ start: _, ...rest }) => rest,
    (item) => ({ ...item, start: 'soon' }),
    (item) => ({ ...item, start: '2023-02-30' }),
    (item) => ({ ...item, start: '2023-10-12T24:00+02:00' }),
    (item) => ({ ...item, end: '0999-12-31' }),
    (item) => ({ ...item, end: 20231012 }),
  ],
  workshops: [
    ({ title: _, ...rest }) => rest,
    (item) => ({ ...item, title: '   ' }),
    (item) => ({ ...item, id: 7 }),
    (item) => ({ ...item, start: '12.10.2023' }),
    (item) => ({ ...item, end: '0999-12-31' }),
  ],
  tabs: [
    (item) => ({ ...item, id: 'Mer om prosjektet' }),
    ({ body: _, ...rest }) => rest,
    (item) => ({ ...item, title: '' }),
    (item) => ({ ...item, body: ['text'] }),
  ],
};

interface Entry {
  item: unknown;
  valid: boolean;
  /** The member a valid item must lose. */
  planted?: string;
}

/** A collection of valid items (unique ids, some with one bad optional member) shuffled among invalid ones. */
function mixedCollection(collection: FeedCollection): fc.Arbitrary<Entry[]> {
  const bad = BAD_OPTIONAL[collection];
  const validEntry = fc
    .tuple(VALID_ITEMS[collection] as fc.Arbitrary<Json>, fc.option(fc.constantFrom(...(bad.length ? bad : [undefined]))))
    .map(([item, plant]): Entry =>
      plant ? { item: { ...item, ...plant.set }, valid: true, planted: plant.member } : { item, valid: true },
    );
  return fc
    .uniqueArray(validEntry, { selector: (entry) => (entry.item as Json).id, maxLength: 5 })
    .chain((valid) => {
      const broken = fc
        .tuple(
          valid.length > 0 ? fc.constantFrom(...valid.map((entry) => entry.item as Json)) : (VALID_ITEMS[collection] as fc.Arbitrary<Json>),
          fc.constantFrom(...BREAKAGES[collection]),
        )
        .map(([item, breakIt]) => breakIt(item));
      const invalid = fc.array(
        fc.oneof(broken, notAnObject).map((item): Entry => ({ item, valid: false })),
        { maxLength: 5 },
      );
      return invalid.chain((wrong) => fc.shuffledSubarray([...valid, ...wrong], { minLength: valid.length + wrong.length }));
    })
    .map(asJson);
}

function expectDeepFrozen(value: unknown, path = 'feed'): void {
  if (typeof value !== 'object' || value === null) return;
  if (!Object.isFrozen(value)) expect.fail(`${path} is not frozen`);
  for (const [key, member] of Object.entries(value)) expectDeepFrozen(member, `${path}.${key}`);
}

/** Every kept item passes the strict schema, the ids are unique, and each input item is kept or skipped once. */
function expectSound(result: ValidatedFeed, input: Json): void {
  expectDeepFrozen(result.feed);
  for (const collection of COLLECTIONS) {
    const kept = result.feed[collection] as readonly Json[];
    expect(Array.isArray(kept), `${collection} is a list`).to.equal(true);
    for (const item of kept) {
      const strict = v.safeParse(ITEM_SCHEMAS[collection], item);
      if (!strict.success) {
        expect.fail(`kept ${collection} item ${JSON.stringify(item)} is invalid: ${JSON.stringify(strict.issues)}`);
      }
    }
    expect(new Set(kept.map((item) => item.id)).size, `${collection} ids are unique`).to.equal(kept.length);
    const given = input[collection];
    if (!Array.isArray(given)) continue;
    const skippedIndices = result.skipped.filter((problem) => problem.collection === collection).map((problem) => problem.index);
    expect(new Set(skippedIndices).size, `${collection} items are skipped once each`).to.equal(skippedIndices.length);
    expect(kept.length + skippedIndices.length, `every ${collection} item is kept or skipped`).to.equal(given.length);
  }
}

describe('validateFeed properties', () => {
  it('throws nothing but FeedFormatError or FeedVersionError, whatever JSON it is given', function () {
    this.timeout(propertyTimeout(RUNS_ANY_JSON));
    fc.assert(
      fc.property(anyJson, (data) => {
        try {
          validateFeed(data, FEED_URL);
        } catch (error) {
          expect(error).to.satisfy((thrown: unknown) => thrown instanceof FeedFormatError || thrown instanceof FeedVersionError);
          return;
        }
        expect(data).to.include({ version: 1 });
      }),
      propertyParameters(RUNS_ANY_JSON),
    );
  });

  it('never throws for a version 1 object, whatever its members, and lets no invalid item through', function () {
    this.timeout(propertyTimeout(RUNS_ANY_MEMBERS));
    const member = fc.oneof(anyJson, fc.array(fc.oneof(anyJson, event, workshop, tab), { maxLength: 8 }));
    const feed = fc
      .record(
        {
          events: member,
          workshops: member,
          tabs: member,
          updated: fc.oneof(
            anyJson,
            span.map((when) => when.start),
          ),
        },
        { requiredKeys: [] },
      )
      .chain((members) => unknownMembers.map((unknown) => asJson({ ...unknown, ...members, version: 1 })));
    fc.assert(
      fc.property(feed, (input) => {
        expectSound(validateFeed(input, FEED_URL), input);
      }),
      propertyParameters(RUNS_ANY_MEMBERS),
    );
  });

  it('keeps every valid item, with its members, next to arbitrary invalid ones, and drops only bad members', function () {
    this.timeout(propertyTimeout(RUNS_MIXED));
    const feed = fc.record({
      events: mixedCollection('events'),
      workshops: mixedCollection('workshops'),
      tabs: mixedCollection('tabs'),
    });
    fc.assert(
      fc.property(feed, (entries) => {
        const lists = COLLECTIONS.map((name) => [name, entries[name].map((entry) => entry.item)]);
        const input = { version: 1, ...Object.fromEntries(lists) };
        const result = validateFeed(input, FEED_URL);
        expectSound(result, input);
        for (const collection of COLLECTIONS) {
          const valid = entries[collection].flatMap((entry, index) => (entry.valid ? [{ ...entry, index, item: entry.item as Json }] : []));
          const kept = result.feed[collection] as readonly Json[];
          expect(kept.map((item) => item.id)).to.deep.equal(valid.map(({ item }) => item.id));
          valid.forEach(({ item, index, planted }, position) => {
            const out = kept[position];
            for (const name of ['title', 'start', 'end', 'body', 'number', 'status', 'label']) {
              if (name !== planted && item[name] !== undefined) {
                expect(out[name], `${collection}[${index}].${name}`).to.deep.equal(item[name]);
              }
            }
            for (const name of ['url', 'registrationUrl', 'programUrl']) {
              if (name !== planted && item[name] !== undefined) {
                expect(out[name], `${collection}[${index}].${name}`).to.equal(new URL(item[name] as string, FEED_URL).href);
              }
            }
            const dropped = result.dropped.filter((problem) => problem.collection === collection && problem.index === index);
            expect(
              dropped.map((problem) => problem.member),
              `${collection}[${index}] loses only the bad member`,
            ).to.deep.equal(planted ? [planted] : []);
            if (planted && !planted.includes('.')) expect(out[planted]).to.satisfy((value: unknown) => value !== item[planted]);
          });
          const invalidIndices = entries[collection].flatMap((entry, index) => (entry.valid ? [] : [index]));
          expect(result.skipped.filter((problem) => problem.collection === collection).map((problem) => problem.index)).to.have.members(
            invalidIndices,
          );
        }
      }),
      propertyParameters(RUNS_MIXED),
    );
  });

  it('skips every item whose title shows nothing: spaces, zero-width characters, bidi controls', function () {
    this.timeout(propertyTimeout(RUNS_EDGES));
    const invisibleTitle = fc.oneof(invisibleText, fc.dictionary(LANGUAGE, invisibleText, { minKeys: 1, maxKeys: 2 }));
    fc.assert(
      fc.property(event, invisibleTitle, (valid, invisible) => {
        const input = asJson({ version: 1, events: [valid, { ...valid, id: `${valid.id}-2`, title: invisible }] });
        const result = validateFeed(input, FEED_URL);
        expect(result.feed.events.map((item) => item.id)).to.deep.equal([valid.id]);
        expect(result.skipped.map((problem) => problem.reason)).to.satisfy(
          (reasons: string[]) => reasons.length === 1 && reasons[0].endsWith('has no visible character'),
        );
      }),
      propertyParameters(RUNS_EDGES),
    );
  });

  it('keeps an instant at either end of the years 0001–9999 exactly when it lies within them, in UTC and in its zone', function () {
    this.timeout(propertyTimeout(RUNS_EDGES));
    const edge = fc
      .record({ epoch: yearEdgeEpoch, offset: offsetMinutes, timeZone })
      .map((fields) => ({ ...fields, start: edgeDateTime(fields.epoch, fields.offset) }))
      .filter((fields) => fields.start !== undefined);
    fc.assert(
      fc.property(edge, ({ epoch, start, timeZone: zone }) => {
        const epochToSecond = Math.floor(epoch / 1000) * 1000;
        const result = validateFeed({ version: 1, events: [{ id: 'edge', title: 'Edge', start, timeZone: zone }] }, FEED_URL);
        // The year as written, and as the offset and the zone make it, must all be 0001–9999.
        const expected = !start!.startsWith('0000') && withinFeedYears(epochToSecond, zone);
        expect(result.feed.events.length, `${start} in ${zone}`).to.equal(expected ? 1 : 0);
      }),
      propertyParameters(RUNS_EDGES),
    );
  });

  it('keeps a span as long as the years allow: from the first days of year 1 to the last of 9999', function () {
    this.timeout(propertyTimeout(RUNS_EDGES));
    const DAY = 86_400_000;
    const huge = fc.record({
      start: fc.integer({ min: YEAR_1_MS + DAY, max: YEAR_1_MS + 400 * DAY }),
      end: fc.integer({ min: YEAR_10000_MS - 400 * DAY, max: YEAR_10000_MS - DAY }),
      timeZone,
      dateOnly: fc.boolean(),
    });
    fc.assert(
      fc.property(huge, ({ start, end, timeZone: zone, dateOnly }) => {
        const item = dateOnly
          ? { start: isoDate(start), end: isoDate(end - DAY) }
          : { start: dateTime(start, 0, 19, true), end: dateTime(end - DAY, 0, 19, true) };
        const result = validateFeed({ version: 1, events: [{ id: 'long', title: 'Long', timeZone: zone, ...item }] }, FEED_URL);
        expect(result.skipped, JSON.stringify(item)).to.deep.equal([]);
      }),
      propertyParameters(RUNS_EDGES),
    );
  });

  it('reads a page object by its own members only, whatever it inherits', function () {
    this.timeout(propertyTimeout(RUNS_EDGES));
    fc.assert(
      fc.property(event, inheritedMembers, (own, inherited) => {
        // What a page may hand `.workshop` or build a feed from: an object whose prototype has members.
        const pageObject = Object.assign(Object.create(inherited) as Json, asJson(own));
        const expected = validateFeed({ version: 1, events: [asJson(own)] }, FEED_URL);
        expect(validateFeed({ version: 1, events: [pageObject] }, FEED_URL)).to.deep.equal(expected);
      }),
      propertyParameters(RUNS_EDGES),
    );
  });

  it('validates the same, members and all, when the page polluted Object.prototype (a page with replaced globals)', function () {
    this.timeout(propertyTimeout(RUNS_MIXED));
    const feed = fc.record({ events: mixedCollection('events'), workshops: mixedCollection('workshops'), tabs: mixedCollection('tabs') });
    fc.assert(
      fc.property(feed, inheritedMembers, (entries, members) => {
        const input = { version: 1, ...Object.fromEntries(COLLECTIONS.map((name) => [name, entries[name].map((entry) => entry.item)])) };
        const clean = validateFeed(input, FEED_URL);
        const polluted = withPollutedPrototype(members, () => {
          const result = validateFeed(input, FEED_URL);
          // Read while the prototype is polluted, as the elements would: nothing inherited shows through.
          for (const item of [...result.feed.events, ...result.feed.workshops, ...result.feed.tabs]) {
            for (const key of Object.keys(members)) if (!Object.hasOwn(item, key)) expect((item as Json)[key], key).to.equal(undefined);
          }
          return result;
        });
        expect(polluted).to.deep.equal(clean);
      }),
      propertyParameters(RUNS_MIXED),
    );
  });

  it('parses feeds the same when the page replaced JSON.parse with a date reviver', async function () {
    this.timeout(propertyTimeout(RUNS_EDGES));
    const realParse = JSON.parse;
    JSON.parse = (text: string) =>
      realParse(text, (_key, value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value) : value));
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(event, { maxLength: 4 }), async (events) => {
          const text = JSON.stringify({ version: 1, events });
          expect(await parseJson(text)).to.deep.equal(realParse(text));
        }),
        propertyParameters(RUNS_EDGES),
      );
    } finally {
      JSON.parse = realParse;
    }
  });

  it('keeps every valid item next to one very long string or array, however long', function () {
    this.timeout(propertyTimeout(RUNS_HUGE));
    const huge = fc
      .tuple(fc.integer({ min: 50_000, max: 200_000 }), fc.constantFrom('title', 'description', 'x-long', 'location', 'id'), fc.boolean())
      .map(([length, member, asArray]) => ({
        member,
        value: asArray ? Array.from({ length }, (_, index) => (index % 2 ? '[a](b)' : 1)) : `*${'[a](b) '.repeat(length / 7)}`,
      }));
    fc.assert(
      fc.property(fc.uniqueArray(event, { selector: (item) => item.id, minLength: 1, maxLength: 4 }), huge, (valid, { member, value }) => {
        const events = asJson(valid);
        const input = { version: 1, events: [...events, { id: 'huge-item', title: 'Huge', start: '2030-01-01', [member]: value }] };
        const result = validateFeed(input, FEED_URL);
        expect(result.feed.events.slice(0, events.length).map((item) => item.id)).to.deep.equal(events.map((item) => item.id));
        expect(result.feed.events.length + result.skipped.length).to.equal(events.length + 1);
      }),
      propertyParameters(RUNS_HUGE),
    );
  });
});
