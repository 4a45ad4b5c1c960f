/**
 * The feed as the form edits it: a plain JSON value (the editor's own, unknown members and bad values
 * included, so that nothing is lost on the way from text to form and back), written out in one stable,
 * readable order with two-space indentation.
 */
import { DEFAULT_TIME_ZONE } from '../../src/core/feed/schema.js';
import { isDateOnly, parseInstant, wallTime, zoneOffset } from '../../src/core/time/dates.js';

export type JsonObject = Record<string, unknown>;
export type ItemKind = 'events' | 'workshops' | 'tabs';

/** The languages a Text is written in, in the form's order. */
export const TEXT_LANGUAGES = ['nb', 'en', 'sv', 'da'] as const;

/** Each language as the form and the preview's picker name it. */
export const LANGUAGE_NAMES: Readonly<Record<(typeof TEXT_LANGUAGES)[number], string>> = {
  nb: 'Norsk (nb)',
  en: 'English (en)',
  sv: 'Svenska (sv)',
  da: 'Dansk (da)',
};

/** Members in the order `docs/feed.md` lists them; members it does not list follow, as the editor wrote them. */
const MEMBER_ORDER: Readonly<Record<string, readonly string[]>> = {
  feed: ['version', 'updated', 'calendarUrl', 'events', 'workshops', 'tabs'],
  events: [
    'id',
    'title',
    'type',
    'label',
    'status',
    'start',
    'end',
    'timeZone',
    'organizer',
    'location',
    'url',
    'registrationUrl',
    'description',
  ],
  location: ['name', 'address', 'city', 'country', 'online'],
  workshops: [
    'id',
    'number',
    'title',
    'start',
    'end',
    'timeZone',
    'host',
    'venue',
    'city',
    'country',
    'programUrl',
    'registrationUrl',
    'description',
  ],
  tabs: ['id', 'title', 'body'],
  text: TEXT_LANGUAGES,
};

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The current time as the feed's `updated` takes it: `2025-05-02T08:00:00Z`. */
export function nowInstant(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}

function ordered(object: JsonObject, order: readonly string[]): JsonObject {
  const keys = Object.keys(object);
  const known = order.filter((key) => Object.hasOwn(object, key));
  // `fromEntries` defines members, so that one named `__proto__` (JSON.parse makes it an own member) stays one.
  return Object.fromEntries([...known, ...keys.filter((key) => !order.includes(key))].map((key) => [key, object[key]]));
}

/** Which order a member's object value follows, by where it sits. */
function orderOf(parent: string, key: string): string {
  if (parent === 'feed' && (key === 'events' || key === 'workshops' || key === 'tabs')) return key;
  if (parent === 'events' && key === 'location') return 'location';
  return 'text';
}

function sortedValue(value: unknown, kind: string): unknown {
  if (Array.isArray(value)) return value.map((item) => sortedValue(item, kind));
  if (!isObject(value)) return value;
  const out = ordered(value, MEMBER_ORDER[kind] ?? []);
  for (const [key, member] of Object.entries(out)) {
    if (isObject(member) || Array.isArray(member)) out[key] = sortedValue(member, orderOf(kind, key));
  }
  return out;
}

/** The feed's text: members in the documented order, two-space indentation, a final newline. */
export function formatFeed(feed: JsonObject): string {
  return `${JSON.stringify(sortedValue(feed, 'feed'), null, 2)}\n`;
}

/** A Text member's value per language, as the form shows it: a plain string stands for every language. */
export function textFields(value: unknown): Record<(typeof TEXT_LANGUAGES)[number], string> {
  const read = (language: string) =>
    typeof value === 'string' ? value : isObject(value) && typeof value[language] === 'string' ? (value[language] as string) : '';
  return { nb: read('nb'), en: read('en'), sv: read('sv'), da: read('da') };
}

/**
 * A Text member with one language changed: a plain string again when every language says the same,
 * else an object of the languages that say something (and any other language the editor's text has);
 * `undefined` (the member removed) when none does.
 */
export function withTextField(value: unknown, language: (typeof TEXT_LANGUAGES)[number], text: string): unknown {
  const others = isObject(value) ? Object.fromEntries(Object.entries(value).filter(([key]) => !TEXT_LANGUAGES.includes(key as never))) : {};
  const fields = { ...textFields(value), [language]: text };
  const said = Object.fromEntries(Object.entries(fields).filter(([, string]) => string !== ''));
  const strings = Object.values(said);
  if (Object.keys(others).length === 0 && strings.length === TEXT_LANGUAGES.length && strings.every((string) => string === strings[0])) {
    return strings[0];
  }
  const result = { ...said, ...others };
  return Object.keys(result).length === 0 ? undefined : result;
}

/** An Instant as the form's pickers show it, in `timeZone`: a date, a time (empty for a date alone). */
export interface InstantFields {
  date: string;
  time: string;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * The wall-clock date and time in `timeZone` of an Instant; the text's own date and time when it names
 * none that exists (`2027-09-31T10:00`, which `Date.parse` would read as 1 October): the date picker then
 * shows no date, not another one, and the time stays for the date picked next.
 */
export function instantFields(value: unknown, timeZone: string): InstantFields {
  if (typeof value !== 'string') return { date: '', time: '' };
  if (!parseInstant(value)) return { date: value.slice(0, 10), time: /T(\d{2}:\d{2})/.exec(value)?.[1] ?? '' };
  if (isDateOnly(value)) return { date: value, time: '' };
  const epochMs = Date.parse(value);
  let local: Date;
  try {
    local = new Date(epochMs + zoneOffset(epochMs, timeZone));
  } catch {
    local = new Date(epochMs + zoneOffset(epochMs, DEFAULT_TIME_ZONE));
  }
  return {
    date: `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
  };
}

/** `+02:00` for an offset in milliseconds. */
function offsetText(offsetMs: number): string {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  return `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * The Instant for a date and wall-clock time in `timeZone`, with that zone's offset on that day
 * (`2025-10-16T12:30:00+02:00`); a date alone without a time; `undefined` without a date.
 */
export function instantFrom({ date, time }: InstantFields, timeZone: string): string | undefined {
  if (!date) return undefined;
  if (!time) return date;
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = wallTime(year!, month!, day!, hour!, minute!);
  let offset: number;
  try {
    // The offset at the wall time read as UTC, corrected once: right outside the hour a clock change skips.
    offset = zoneOffset(wall - zoneOffset(wall, timeZone), timeZone);
  } catch {
    offset = zoneOffset(wall - zoneOffset(wall, DEFAULT_TIME_ZONE), DEFAULT_TIME_ZONE);
  }
  return `${date}T${time}:00${offsetText(offset)}`;
}

/** A copy of `object` with `key` set, or removed when `value` is `undefined` or empty. */
export function withMember(object: JsonObject, key: string, value: unknown): JsonObject {
  const copy = { ...object };
  if (value === undefined || value === '') delete copy[key];
  else copy[key] = value;
  return copy;
}

/** A feed's items of one kind; none when the member is missing or not a list. */
export function itemsOf(feed: JsonObject, kind: ItemKind): unknown[] {
  const list = feed[kind];
  return Array.isArray(list) ? list : [];
}

/** The member at `path` in `object` (`['location', 'city']`), or `undefined`. */
export function memberAt(object: JsonObject, path: readonly string[]): unknown {
  return path.reduce<unknown>((value, key) => (isObject(value) ? value[key] : undefined), object);
}

/** A copy of `object` with the member at `path` set (removed when `undefined`), dropping objects left empty. */
export function withPath(object: JsonObject, [key, ...rest]: readonly string[], value: unknown): JsonObject {
  if (rest.length === 0) return withMember(object, key!, value);
  const inner = withPath(isObject(object[key!]) ? (object[key!] as JsonObject) : {}, rest, value);
  return withMember(object, key!, Object.keys(inner).length === 0 ? undefined : inner);
}

/** An id not yet used in `items`: `base`, else `base-2`, `base-3`… */
export function freeId(items: readonly unknown[], base: string): string {
  const used = new Set(items.map((item) => (isObject(item) ? item.id : undefined)));
  if (!used.has(base)) return base;
  let number = 2;
  while (used.has(`${base}-${number}`)) number++;
  return `${base}-${number}`;
}

/** A new item for the form, with what it needs to be valid but the editor's words and dates. */
export function newItem(kind: ItemKind, items: readonly unknown[]): JsonObject {
  if (kind === 'tabs') return { id: freeId(items, 'tab'), title: '', body: '' };
  const base = kind === 'events' ? 'event' : 'workshop';
  return { id: freeId(items, base), title: '', start: '', timeZone: DEFAULT_TIME_ZONE };
}

/** A copy of an item under an unused id. */
export function duplicateItem(item: unknown, items: readonly unknown[]): JsonObject {
  const copy = structuredClone(isObject(item) ? item : {});
  copy.id = freeId(items, `${typeof copy.id === 'string' && copy.id ? copy.id : 'item'}-copy`);
  return copy;
}
