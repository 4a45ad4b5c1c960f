/**
 * Reads a feed the way `docs/feed.md` ("What bad input gets") asks: only a feed that is not an object or
 * has the wrong version fails as a whole; a bad item is skipped and a bad optional member is ignored,
 * each reported once, so that every valid item still reaches the page.
 *
 * The lenient walk knows no member by name: which members are required, which are optional (and with
 * what default), and which nest, it reads from the valibot schemas in `feed-schema.ts`.
 */
import * as v from 'valibot';
import { FeedFormatError, FeedVersionError, messageOf } from '../feed/errors.js';
import { createFeedSchema, FEED_VERSION, isRequiredIfPresent, isRichText, type Feed } from '../feed/schema.js';
import { bareObject, ownData } from '../feed/own-data.js';
import { refusedLinks } from '../feed/rich-text.js';
import { withoutCredentials } from '../feed/urls.js';

/** The three lists of a feed. */
export type FeedCollection = 'events' | 'workshops' | 'tabs';

/** One problem found in a feed: an item left out, or a member of an item ignored. */
export interface FeedProblem {
  /** The list the item is in; `null` for a member of the feed itself (such as `updated`). */
  collection: FeedCollection | null;
  /** The item's position in its list; `null` when the whole list (or the feed itself) is concerned. */
  index: number | null;
  /** The item's `id` when it has a string one, else `null`. */
  id: string | null;
  /** The ignored member, as a path (`url`, `location.online`); absent for an item left out. */
  member?: string;
  /** What is wrong, in English, naming the member and the value: `start "2023-02-30" is not a real date or time`. */
  reason: string;
}

/** A feed as the widgets use it, with what had to be left out of it. */
export interface ValidatedFeed {
  /** The valid content; frozen, because every element on the page shares it (copy before sorting). */
  feed: Feed;
  /** Items left out (and lists that were not lists). */
  skipped: FeedProblem[];
  /** Bad optional members removed from items that were kept. */
  dropped: FeedProblem[];
  /** The URL its relative links were resolved against: the feed's own (after redirects), or the page's for an inline feed. */
  feedUrl: string;
}

type Schema = v.GenericSchema;
type JsonObject = Record<string, unknown>;
/** The result of reading one object leniently. */
type Cleaned = { ok: true; value: JsonObject; dropped: { member: string; reason: string }[] } | { ok: false; reason: string };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as a report quotes it: JSON, shortened. */
function preview(value: unknown): string {
  let json: string;
  try {
    json = JSON.stringify(value) ?? String(value);
  } catch {
    // Nested deeper than the engine's recursion limit (Firefox stops at some thousands of levels).
    json = Array.isArray(value) ? '[…]' : '{…}';
  }
  json = withoutCredentials(json);
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}

function isOptional(schema: Schema): schema is v.OptionalSchema<Schema, unknown> {
  return schema.type === 'optional';
}

/** The object entries of a schema, or of the object an optional member holds. */
function entriesOf(schema: Schema): Record<string, Schema> | undefined {
  const inner = isOptional(schema) ? schema.wrapped : schema;
  return 'entries' in inner ? (inner.entries as Record<string, Schema>) : undefined;
}

/** The item schema of an array member (optional or not), or `undefined` when it is not an array. */
function arrayItemOf(schema: Schema): Schema | undefined {
  const inner = isOptional(schema) ? schema.wrapped : schema;
  return inner.type === 'array' ? (inner as v.ArraySchema<Schema, undefined>).item : undefined;
}

/**
 * Follows an issue's path through the schema's object entries: `member` is the path as far as it names
 * entries (`location.online`; `title` for a problem inside a Text), `droppable` the deepest part of it
 * that may be removed instead of failing the whole item.
 */
function locate(schema: Schema, keys: readonly PropertyKey[]) {
  const member: string[] = [];
  let droppable: { path: string[]; schema: Schema } | undefined;
  let entries = entriesOf(schema);
  for (const key of keys) {
    const entry = typeof key === 'string' && entries && Object.hasOwn(entries, key) ? entries[key] : undefined;
    if (!entry) break;
    member.push(key as string);
    if (isOptional(entry) && !isRequiredIfPresent(entry)) droppable = { path: [...member], schema: entry };
    entries = entriesOf(entry);
  }
  return { member, droppable };
}

function valueAt(object: JsonObject, path: readonly string[]): unknown {
  return path.reduce<unknown>((value, key) => (isObject(value) ? value[key] : undefined), object);
}

/** A copy of `object` without the member at `path`, copying only the objects on the way to it. */
function withoutMember(object: JsonObject, [key, ...rest]: readonly string[]): JsonObject {
  // Inheriting nothing, like its input (see `ownData`).
  const copy = bareObject(object);
  if (rest.length === 0) delete copy[key];
  else copy[key] = withoutMember(copy[key] as JsonObject, rest);
  return copy;
}

function problemWith(member: readonly string[], value: unknown, message: string): string {
  if (member.length === 0) return message;
  return value === undefined ? `${member.join('.')} is missing` : `${member.join('.')} ${preview(value)} ${message}`;
}

/**
 * The path to a nested member that the schema wants as an object but that is a JSON array, which
 * valibot's object schemas would take (arrays are objects in JavaScript) and JSON Schema would not.
 */
function arrayForObject(schema: Schema, value: JsonObject): string[] | undefined {
  for (const [key, entry] of nestedObjectEntries(schema)) {
    const member = value[key];
    if (Array.isArray(member)) return [key];
    const nested = isObject(member) ? arrayForObject(entry, member) : undefined;
    if (nested) return [key, ...nested];
  }
  return undefined;
}

/** The entries of an object schema that are objects themselves, found once per schema: every item asks. */
function nestedObjectEntries(schema: Schema): [string, Schema][] {
  let found = nestedObjects.get(schema);
  if (!found) nestedObjects.set(schema, (found = Object.entries(entriesOf(schema) ?? {}).filter(([, entry]) => entriesOf(entry))));
  return found;
}
const nestedObjects = new WeakMap<Schema, [string, Schema][]>();

/** The members of an object schema that hold rich text, found once per schema. */
function richTextMembers(schema: Schema): string[] {
  let found = richTextKeys.get(schema);
  if (!found) {
    richTextKeys.set(schema, (found = Object.entries(entriesOf(schema) ?? {}).flatMap(([key, entry]) => (isRichText(entry) ? [key] : []))));
  }
  return found;
}
const richTextKeys = new WeakMap<Schema, string[]>();

/** What is wrong with a candidate: the paths and messages of its problems, none when it is valid. */
function problemsOf(schema: Schema, candidate: JsonObject) {
  const misplacedArray = arrayForObject(schema, candidate);
  if (misplacedArray) return { problems: [{ keys: misplacedArray, message: 'is not an object' }] };
  const result = v.safeParse(schema, candidate, { abortPipeEarly: true });
  if (result.success) return { output: result.output as JsonObject, problems: [] };
  const problems = result.issues.map((issue) => ({
    keys: issue.path?.map((item) => item.key as PropertyKey) ?? [],
    message: issue.message,
  }));
  return { problems };
}

/**
 * Parses `input` with `schema`, removing bad optional members (reporting each) until it passes or a
 * problem remains that no removal can fix: a bad required member, or a check on the item as a whole.
 */
function cleanObject(schema: Schema, input: unknown): Cleaned {
  if (!isObject(input)) return { ok: false, reason: `${preview(input)} is not an object` };
  let candidate = input;
  const dropped: { member: string; reason: string }[] = [];
  for (;;) {
    const { output, problems } = problemsOf(schema, candidate);
    if (output) return { ok: true, value: output, dropped };
    const removals = new Map<string, { path: string[]; reason: string }>();
    for (const { keys, message } of problems) {
      const { member, droppable } = locate(schema, keys);
      const reason = problemWith(member, valueAt(candidate, member), message);
      if (!droppable) return { ok: false, reason };
      const fallback: unknown = v.getDefault(droppable.schema);
      const consequence = fallback === undefined ? '' : `; ${preview(fallback)} is used instead`;
      removals.set(droppable.path.join('.'), { path: droppable.path, reason: reason + consequence });
    }
    // Each round removes at least one member that is present, so the loop ends; a problem with a member
    // that is not there (no removal can fix it) fails the item instead of looping for ever.
    for (const [member, { path, reason }] of removals) {
      if (valueAt(candidate, path) === undefined) return { ok: false, reason };
      dropped.push({ member, reason });
      candidate = withoutMember(candidate, path);
    }
  }
}

/**
 * The links inside an item's rich text whose URL is refused: the text keeps rendering, showing such a
 * link's label without the link, and editors learn of it as of any other bad URL.
 */
function refusedRichTextLinks(schema: Schema, item: JsonObject, feedUrl: string) {
  const problems: { member: string; reason: string }[] = [];
  for (const member of richTextMembers(schema)) {
    const text = item[member];
    if (text === undefined) continue;
    // A string without `](` has no link to refuse, and most descriptions have none.
    const strings = (typeof text === 'string' ? [text] : Object.values(text as Record<string, string>)).filter((string) =>
      string.includes(']('),
    );
    for (const link of new Set(strings.flatMap((string) => refusedLinks(string, feedUrl)))) {
      problems.push({
        member,
        reason: `${member} links to ${preview(link)}, which is not an http, https or mailto URL, nor a URL relative to the feed; its label is shown as plain text`,
      });
    }
  }
  return problems;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

/**
 * Validates a parsed feed document against feed v1.
 * @param input the parsed JSON, or an object of the same shape (only its own members are read).
 * @param feedUrl the feed's own absolute URL: relative links in it are resolved against it.
 * @returns the valid content (frozen), with every item left out and every member ignored.
 * @throws FeedFormatError when `input` is not an object; FeedVersionError when `version` is not 1.
 */
export function validateFeed(input: unknown, feedUrl: string): ValidatedFeed {
  const steps = validationSteps(input, feedUrl);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link validateFeed} one item at a time: each `next()` reads one item, and the last returns the result
 * (or throws what `validateFeed` throws), so that a caller can give the event loop back between items.
 */
export function* validationSteps(input: unknown, feedUrl: string): Generator<void, ValidatedFeed> {
  // The document's own members; its items are copied one by one below, each inside its own `try`.
  const data: unknown = isObject(input) ? bareObject(input) : input;
  if (!isObject(data)) {
    throw new FeedFormatError(`The feed is not a JSON object but ${Array.isArray(data) ? 'an array' : preview(data)}`, {
      feedUrl,
    });
  }
  if (data.version !== FEED_VERSION) throw new FeedVersionError(data.version, { feedUrl });

  const schema = createFeedSchema(feedUrl).Feed;
  const skipped: FeedProblem[] = [];
  const dropped: FeedProblem[] = [];
  const collections = Object.entries(schema.entries as Record<string, Schema>).flatMap(([key, entry]) => {
    const item = arrayItemOf(entry);
    return item ? [{ collection: key as FeedCollection, item }] : [];
  });

  // The feed's own members first, with its lists set aside: they are read item by item below.
  let head: JsonObject = data;
  for (const { collection } of collections) head = withoutMember(head, [collection]);
  const cleanedHead = cleanObject(schema, ownData(head));
  if (!cleanedHead.ok) throw new FeedFormatError(`The feed is not valid: ${cleanedHead.reason}`, { feedUrl });
  for (const { member, reason } of cleanedHead.dropped) dropped.push({ collection: null, index: null, id: null, member, reason });
  // Objects that inherit nothing again (valibot's output has `Object.prototype`): an element reading a member
  // the item lacks (`event.registrationUrl`) must find nothing, whatever the page did to the prototype.
  const feed = ownData(cleanedHead.value) as JsonObject;

  for (const { collection, item } of collections) {
    const list = data[collection];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      skipped.push({ collection, index: null, id: null, reason: `${collection} ${preview(list)} is not a list; none of it is read` });
      continue;
    }
    const kept: JsonObject[] = [];
    const firstIndexById = new Map<unknown, number>();
    for (let index = 0; index < list.length; index++) {
      // Holes are passed over, as `forEach` did; none comes from JSON.
      if (!(index in list)) continue;
      yield;
      const raw: unknown = list[index];
      let id: string | null = null;
      let cleaned: Cleaned;
      let links: { member: string; reason: string }[] = [];
      try {
        // The id first, so that a report can name an item whose other members cannot even be copied.
        const ownId = isObject(raw) && Object.hasOwn(raw, 'id') ? raw.id : undefined;
        if (typeof ownId === 'string') id = ownId;
        cleaned = cleanObject(item, ownData(raw));
        if (cleaned.ok) links = refusedRichTextLinks(item, cleaned.value, feedUrl);
      } catch (cause) {
        // Whatever an item makes the validator throw (a stack or a recursion limit met on some huge or
        // strange input) costs that item alone: `docs/feed.md`, "What bad input gets".
        cleaned = { ok: false, reason: `could not be read: ${messageOf(cause)}` };
      }
      if (!cleaned.ok) {
        skipped.push({ collection, index, id, reason: cleaned.reason });
        continue;
      }
      const firstIndex = firstIndexById.get(cleaned.value.id);
      if (firstIndex !== undefined) {
        skipped.push({ collection, index, id, reason: `id ${preview(id)} is already used by ${collection}[${firstIndex}]` });
        continue;
      }
      firstIndexById.set(cleaned.value.id, index);
      // Copied and frozen item by item, so that a big feed's last step is not one long task.
      kept.push(ownData(cleaned.value, { freeze: true }) as JsonObject);
      for (const { member, reason } of [...cleaned.dropped, ...links]) dropped.push({ collection, index, id, member, reason });
    }
    feed[collection] = Object.freeze(kept);
  }
  // The walk above built exactly the schema's output shape, list by list; frozen, because every element shares it.
  return { feed: deepFreeze(feed) as unknown as Feed, skipped, dropped, feedUrl };
}

/**
 * A problem on one line, as editors read it: `events[3] id=foo: start "2023-02-30" is not a real date or
 * time`. An id that is not a plain word is quoted (`id="Mer om"`), so that the line stays unambiguous.
 */
export function describeProblem(problem: FeedProblem): string {
  const where =
    problem.collection === null ? 'feed' : problem.index === null ? problem.collection : `${problem.collection}[${problem.index}]`;
  const id = problem.id === null ? '' : ` id=${/^[\w.-]+$/.test(problem.id) ? problem.id : JSON.stringify(problem.id)}`;
  return `${where}${id}: ${problem.reason}`;
}

/**
 * Tells the webmaster, in the console, about every problem of a validated feed: one `console.warn` per
 * problem, with its place, the item's id, the reason and `source` (the feed's URL, or which inline feed).
 */
export function warnProblems(result: ValidatedFeed, feedSource: string): void {
  const source = withoutCredentials(feedSource);
  for (const problem of result.skipped) console.warn(`nsiw-widgets: ${source}: skipped ${describeProblem(problem)}`);
  for (const problem of result.dropped) {
    console.warn(`nsiw-widgets: ${source}: ignored a member of ${describeProblem(problem)}`);
  }
}
