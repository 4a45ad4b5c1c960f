/**
 * The N-SIW feed, version 1 (`docs/feed.md`), defined once. From this one definition come the runtime
 * validation (`feed-validate.ts` walks these schemas), the TypeScript types below (`v.InferOutput`), and
 * `dist/nsiw-feed.schema.json` (`scripts/build-schema.mjs`). The JSON Schema gets what it can express
 * (types, required members, patterns, defaults); the checks that need the browser (real dates, known
 * time zones and regions, resolving links) are `check` and `rawTransform` actions, which only run here.
 */
import * as v from 'valibot';
import { instantSpan, isDateOnly } from '../time/dates.js';
import { isKnownTimeZone, isValidInstant, isWithinFeedYears } from '../time/instant-checks.js';
import { bareObject } from './own-data.js';
import { resolveFeedUrl } from './urls.js';
import { displayNames } from '../i18n/intl-cache.js';

/** The zone of an item that names none, or names one the browser does not know. */
export const DEFAULT_TIME_ZONE = 'Europe/Oslo';

/** The feed version this library reads. */
export const FEED_VERSION = 1;

// Reasons follow the member's name and value in a report: `start "2023-02-30" is not a real date`.
const TEXT_PROBLEM = 'is not a text: a string, or an object from language code to string such as {"en": "…"}';
const STRING_PROBLEM = 'is not a string';
const ID_PROBLEM = 'is not a non-empty string';
const INSTANT_SYNTAX_PROBLEM = 'is not an ISO 8601 date ("2023-10-12") or date-time with offset ("2023-10-12T12:30:00+02:00")';
const INSTANT_DATE_PROBLEM = 'is not a real date or time';
const URL_PROBLEM = 'is not an http, https or mailto URL, nor a URL relative to the feed';
const NUMBER_PROBLEM = 'is not a whole number of 1 or more';

/**
 * A feed Instant's syntax, for the JSON Schema; `isValidInstant` then checks that the date exists.
 * Kept in step with `isValidInstant` by a test.
 */
export const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * A link's syntax, for the JSON Schema: an http, https or mailto scheme (any case), or no scheme at
 * all (relative), and no tab or line break, which URL parsers drop (`java\nscript:`). At runtime
 * `resolveFeedUrl` has the last word, with the browser's own parser.
 */
export const URL_PATTERN = /^(?:[Hh][Tt][Tt][Pp][Ss]?:|[Mm][Aa][Ii][Ll][Tt][Oo]:|(?![A-Za-z][A-Za-z0-9+.-]*:)[^\x00-\x20])[^\t\n\r]*$/;

// Keys are language codes (`nb`, `en`, `nb-NO`): besides saying what they are, this keeps a JSON array,
// whose keys are `0`, `1` ..., from passing for a Text.
const LanguageCodeSchema = v.pipe(v.string(), v.regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/, TEXT_PROBLEM));

const TextSchema = v.union(
  [v.string(TEXT_PROBLEM), v.pipe(v.record(LanguageCodeSchema, v.string(TEXT_PROBLEM), TEXT_PROBLEM), v.minEntries(1, TEXT_PROBLEM))],
  TEXT_PROBLEM,
);

/**
 * Any character that shows: not a space, nor another character with nothing to show (controls, format
 * characters such as zero-width spaces, joiners and bidi marks, unassigned and private code points),
 * nor one of the letters that render as nothing (Hangul fillers, the braille blank, variation selectors).
 */
// The variation selectors stand alone in the class on purpose: a title of nothing but them shows nothing.
// eslint-disable-next-line no-misleading-character-class
const VISIBLE = /[^\s\p{C}\p{Z}\u115f\u1160\u2800\u3164\uffa0\ufe00-\ufe0f]/u;

/** A title (`docs/feed.md`): a Text each of whose strings has a visible character, else a heading shows empty. */
const TitleSchema = v.pipe(
  TextSchema,
  v.check(
    (text: string | Record<string, string>) =>
      (typeof text === 'string' ? [text] : Object.values(text)).every((value) => VISIBLE.test(value)),
    'has no visible character',
  ),
);

const IdSchema = v.pipe(v.string(ID_PROBLEM), v.nonEmpty(ID_PROBLEM));

const InstantSchema = v.pipe(
  v.string(INSTANT_SYNTAX_PROBLEM),
  v.regex(INSTANT_PATTERN, INSTANT_SYNTAX_PROBLEM),
  v.check(isValidInstant, INSTANT_DATE_PROBLEM),
);

const TimeZoneSchema = v.pipe(
  v.string('is not a time zone name'),
  v.check(isKnownTimeZone, 'is not a known IANA time zone such as "Europe/Oslo"'),
);

/** Whether `code` is a region `Intl` knows (the list of ISO 3166 codes comes with the browser). */
function isKnownRegion(code: string): boolean {
  // Remembered: `DisplayNames.of` is slow, and a feed names few countries in many items.
  let known = knownRegions.get(code);
  if (known === undefined) {
    try {
      known = displayNames('en', { type: 'region', fallback: 'none' }).of(code) !== undefined;
    } catch {
      // `of` throws on what is not a region code at all.
      known = false;
    }
    knownRegions.set(code, known);
  }
  return known;
}
/** Only codes that passed `/^[A-Z]{2}$/` are asked: at most 676 entries. */
const knownRegions = new Map<string, boolean>();

const COUNTRY_PROBLEM = 'is not an ISO 3166 alpha-2 country code such as "NO"';
const CountrySchema = v.pipe(v.string(COUNTRY_PROBLEM), v.regex(/^[A-Z]{2}$/, COUNTRY_PROBLEM), v.check(isKnownRegion, COUNTRY_PROBLEM));

const STATUSES = ['scheduled', 'cancelled', 'postponed'] as const;

/** Marks an optional member that, when present but bad, makes its item bad rather than being ignored. */
const REQUIRED_IF_PRESENT = Symbol('requiredIfPresent');

/**
 * An optional member whose bad value skips the whole item, like a bad required member would: dropping a
 * wrong `end` would quietly turn a three-day event into a one-day one.
 */
function requiredIfPresent<const TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.pipe(v.optional(schema), v.metadata({ [REQUIRED_IF_PRESENT]: true }));
}

/** Whether a schema's pipe carries the metadata `key`. */
function hasMetadata(schema: v.GenericSchema, key: symbol): boolean {
  return (
    'pipe' in schema &&
    (schema.pipe as readonly { metadata?: object }[]).some((action) => action.metadata !== undefined && key in action.metadata)
  );
}

/** Whether an object entry was made with {@link requiredIfPresent}. */
export function isRequiredIfPresent(entry: v.GenericSchema): boolean {
  return hasMetadata(entry, REQUIRED_IF_PRESENT);
}

const RICH_TEXT = Symbol('richText');

/** Rich text (`description`, tab `body`): a Text whose strings use the Markdown subset. */
const RichTextSchema = v.pipe(TextSchema, v.metadata({ [RICH_TEXT]: true }));

/** Whether an object entry (optional or not) holds rich text, whose links the validator also checks. */
export function isRichText(entry: v.GenericSchema): boolean {
  return hasMetadata(entry.type === 'optional' ? (entry as v.OptionalSchema<v.GenericSchema, unknown>).wrapped : entry, RICH_TEXT);
}

/** What every dated item has. */
interface DatedItem {
  start: string;
  end?: string | undefined;
  timeZone: string;
}

/** `end`, when given, must not be before `start`; date-only ends are inclusive, in the item's zone. */
function isInOrder(item: DatedItem): boolean {
  const end = ownEnd(item);
  if (end === undefined) return true;
  const span = instantSpan(item.start, end, item.timeZone);
  // A date-only end lasts until the next midnight, so ending the day before the start leaves a span of
  // zero length; a date-time end may equal the start.
  return isDateOnly(end) ? span.end > span.start : span.end >= span.start;
}

/** The item's own `end`: valibot's output objects have `Object.prototype`, which a page may have polluted. */
function ownEnd(item: DatedItem): string | undefined {
  return Object.hasOwn(item, 'end') ? item.end : undefined;
}

function outOfOrderProblem(issue: { input: DatedItem }): string {
  return `end ${JSON.stringify(issue.input.end)} is before start ${JSON.stringify(issue.input.start)}`;
}

function outOfYearsProblem(issue: { input: DatedItem }): string {
  const { start, end, timeZone } = issue.input;
  return `start ${JSON.stringify(start)}${end ? ` or end ${JSON.stringify(end)}` : ''} is outside the years 0001–9999 in ${timeZone}`;
}

/**
 * The checks, on a whole dated item, that its `end` is not before its `start`, and that both lie within
 * the years 0001–9999 also in the item's zone, once a date alone has become that zone's midnight.
 */
function spanChecks<TItem extends DatedItem>() {
  return [
    v.check<TItem, typeof outOfOrderProblem>(isInOrder, outOfOrderProblem),
    v.check<TItem, typeof outOfYearsProblem>(
      (item) => isWithinFeedYears(instantSpan(item.start, ownEnd(item), item.timeZone), item.timeZone),
      outOfYearsProblem,
    ),
  ] as const;
}

/**
 * An object schema's entries without a prototype: valibot walks them with `for…in`, which would take a
 * member the page put on `Object.prototype` (a bug of its own) for one more entry of the feed.
 */
function ownEntries<const TEntries extends v.ObjectEntries>(entries: TEntries): TEntries {
  return bareObject(entries);
}

/**
 * Builds the feed's schemas for a feed published at `feedUrl`: links in the output are absolute,
 * resolved against that URL (the feed's own, not the page's).
 */
export function createFeedSchema(feedUrl: string) {
  const Url = v.pipe(
    v.string(URL_PROBLEM),
    v.regex(URL_PATTERN, URL_PROBLEM),
    v.rawTransform<string, string>(({ dataset, addIssue, NEVER }) => {
      const resolved = resolveFeedUrl(dataset.value, feedUrl);
      if (resolved === undefined) {
        addIssue({ message: URL_PROBLEM });
        return NEVER;
      }
      return resolved;
    }),
  );

  const TimeZone = v.optional(TimeZoneSchema, DEFAULT_TIME_ZONE);

  const Location = v.object(
    ownEntries({
      name: v.optional(TextSchema),
      address: v.optional(v.string(STRING_PROBLEM)),
      city: v.optional(TextSchema),
      country: v.optional(CountrySchema),
      online: v.optional(Url),
    }),
    'is not an object',
  );

  /** What events and workshops both have: each is an item of the feed that takes place from `start` to `end`. */
  const spanEntries = {
    id: IdSchema,
    title: TitleSchema,
    start: InstantSchema,
    end: requiredIfPresent(InstantSchema),
    timeZone: TimeZone,
    registrationUrl: v.optional(Url),
    description: v.optional(RichTextSchema),
  };

  const EventObject = v.object(
    ownEntries({
      ...spanEntries,
      type: v.optional(v.string(STRING_PROBLEM)),
      label: v.optional(TextSchema),
      status: v.optional(v.picklist(STATUSES, 'is not one of "scheduled", "cancelled", "postponed"'), 'scheduled'),
      organizer: v.optional(TextSchema),
      location: v.optional(Location),
      url: v.optional(Url),
    }),
    'is not an object',
  );
  const Event = v.pipe(EventObject, ...spanChecks<v.InferOutput<typeof EventObject>>());

  const WorkshopObject = v.object(
    ownEntries({
      ...spanEntries,
      number: v.optional(v.pipe(v.number(NUMBER_PROBLEM), v.integer(NUMBER_PROBLEM), v.minValue(1, NUMBER_PROBLEM))),
      host: v.optional(TextSchema),
      venue: v.optional(TextSchema),
      city: v.optional(TextSchema),
      country: v.optional(CountrySchema),
      programUrl: v.optional(Url),
    }),
    'is not an object',
  );
  const Workshop = v.pipe(WorkshopObject, ...spanChecks<v.InferOutput<typeof WorkshopObject>>());

  const Tab = v.object(
    ownEntries({
      id: v.pipe(v.string(ID_PROBLEM), v.regex(/^[a-z0-9-]+$/, 'is not made of lower-case letters a–z, digits and hyphens only')),
      title: TitleSchema,
      body: RichTextSchema,
    }),
    'is not an object',
  );

  const Feed = v.object(
    ownEntries({
      version: v.literal(FEED_VERSION),
      updated: v.optional(InstantSchema),
      calendarUrl: v.optional(Url),
      events: v.optional(v.array(Event, 'is not an array'), () => []),
      workshops: v.optional(v.array(Workshop, 'is not an array'), () => []),
      tabs: v.optional(v.array(Tab, 'is not an array'), () => []),
    }),
  );

  return {
    Feed,
    Event,
    Workshop,
    Tab,
    Location,
    Text: TextSchema,
    Instant: InstantSchema,
    TimeZone: TimeZoneSchema,
    Country: CountrySchema,
    Url,
  };
}

/** The schemas {@link createFeedSchema} builds. */
export type FeedSchema = ReturnType<typeof createFeedSchema>;

/** One event of the feed, as validated: links absolute, `timeZone` and `status` always set. */
export type FeedEvent = v.InferOutput<FeedSchema['Event']>;
/** Where an event takes place. */
export type EventLocation = v.InferOutput<FeedSchema['Location']>;
/** An event's status; `scheduled` unless the feed says otherwise. */
export type EventStatus = FeedEvent['status'];
/** One workshop of the network's series, as validated. */
export type Workshop = v.InferOutput<FeedSchema['Workshop']>;
/** One tab of the info panel. */
export type Tab = v.InferOutput<FeedSchema['Tab']>;
/** A validated feed: the three collections are always present (empty when the feed has none). */
export type Feed = v.InferOutput<FeedSchema['Feed']>;

/** A feed as its JSON holds it, before validation: texts, relative links, optional members (`docs/feed.md`). */
export type FeedInput = v.InferInput<FeedSchema['Feed']>;
