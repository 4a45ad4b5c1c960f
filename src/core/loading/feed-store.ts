/**
 * The last good feed of each URL, kept in `sessionStorage` for the next page of the same visit: an
 * element shows it at once (no loading state, no layout shift) while the fresh one loads, and the fresh
 * one replaces it (stale-while-revalidate). What is stored is read back as hostile input: validated
 * again, and ignored when it is not a feed.
 */
import type { Feed } from '../feed/schema.js';
import type { ValidatedFeed } from '../validator/validate.js';
import { pageBaseUrl } from '../environment.js';
import { requireValidator } from '../validator/require-validator.js';

const KEY_PREFIX = 'nsiw-widgets.feed.v1 ';
/** Characters stored at most per feed (about 1 000 events): sessionStorage holds some 5 MB for the whole site. */
const MAX_STORED = 500_000;
/**
 * Characters of all the feeds stored, keys included (`docs/security.md`, Privacy): a tab that reads
 * hundreds of feed URLs (cache-busting query strings) leaves the page most of its sessionStorage.
 */
const MAX_TOTAL = 1_000_000;
/** Stored feeds read on one page that are remembered, validated: more than a page has elements. */
const MAX_READ = 32;

/** The stored feed of each key read on this page, the latest last: read and validated once, whatever the elements. */
const readFeeds = new Map<string, Promise<ValidatedFeed | undefined>>();
const storedFeeds = new WeakSet<Feed>();
/** The keys this page stored, the latest last: an earlier page's feeds make room first. */
const storedHere = new Set<string>();

function keyOf(src: string): string | undefined {
  try {
    const url = new URL(src, pageBaseUrl());
    url.hash = '';
    return KEY_PREFIX + url.href;
  } catch {
    return undefined;
  }
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    // Refused (a sandboxed frame, storage blocked for the site).
    return undefined;
  }
}

/**
 * Whether validation kept all of a stored feed, only reporting: what this module stores is a validated
 * feed, which validation leaves as it is (a refused link in rich text stays in the text, reported again,
 * and is refused again when shown), so an item left out or a member removed now means someone else wrote it.
 */
function keptWhole({ feed, skipped, dropped }: ValidatedFeed): boolean {
  return (
    skipped.length === 0 &&
    dropped.every(({ collection, index, member = '' }) => {
      let owner: unknown = collection === null ? feed : index === null ? undefined : feed[collection][index];
      for (const key of member.split('.'))
        owner = typeof owner === 'object' && owner !== null ? (owner as Record<string, unknown>)[key] : undefined;
      return owner !== undefined;
    })
  );
}

/** The feed stored for `src` by an earlier page, validated again; `undefined` when there is none that reads as a feed. */
export function storedFeed(src: string): Promise<ValidatedFeed | undefined> {
  const key = keyOf(src);
  if (!key) return Promise.resolve(undefined);
  let read = readFeeds.get(key);
  if (!read) {
    read = (async () => {
      try {
        const text = storage()?.getItem(key);
        const result = text ? await (await requireValidator()).validateInSlices(JSON.parse(text), key.slice(KEY_PREFIX.length)) : undefined;
        return result && keptWhole(result) ? result : undefined;
      } catch {
        // Not JSON, not a feed, another version: as if nothing were stored (the fresh one overwrites it).
        return undefined;
      }
    })();
    readFeeds.set(key, read);
    if (readFeeds.size > MAX_READ) readFeeds.delete(readFeeds.keys().next().value!);
  }
  return read;
}

/**
 * The feed as stored, or `undefined` when it is longer than {@link MAX_STORED}: found out item by item,
 * so that a feed of 100 000 events is not written out whole (a long task of half a second) to be dropped.
 */
function storableText(feed: Feed): string | undefined {
  let length = 0;
  for (const items of [feed.events, feed.workshops, feed.tabs]) {
    for (const item of items) {
      length += JSON.stringify(item).length;
      if (length > MAX_STORED) return undefined;
    }
  }
  const text = JSON.stringify(feed);
  return text.length <= MAX_STORED ? text : undefined;
}

/**
 * Removes stored feeds other than `key`'s until `needed` more characters fit under {@link MAX_TOTAL}: an
 * earlier page's first (in the storage's order), then this page's, the least recently stored first.
 */
function makeRoom(store: Storage, key: string, needed: number): void {
  const sizes = new Map<string, number>();
  for (let index = 0; index < store.length; index++) {
    const stored = store.key(index);
    if (stored?.startsWith(KEY_PREFIX) && stored !== key) sizes.set(stored, stored.length + (store.getItem(stored)?.length ?? 0));
  }
  let total = needed;
  for (const size of sizes.values()) total += size;
  const here = [...storedHere].filter((stored) => sizes.has(stored));
  const oldestFirst = [...[...sizes.keys()].filter((stored) => !storedHere.has(stored)), ...here];
  for (const stored of oldestFirst) {
    if (total <= MAX_TOTAL) break;
    store.removeItem(stored);
    storedHere.delete(stored);
    total -= sizes.get(stored)!;
  }
}

/** Keeps `result` as the last good feed of `src`, unless it is too large to keep, making room under the total's cap. */
export function storeFeed(src: string, result: ValidatedFeed): void {
  const key = keyOf(src);
  const store = storage();
  if (!key || !store || storedFeeds.has(result.feed)) return;
  storedFeeds.add(result.feed);
  readFeeds.delete(key);
  storedHere.delete(key);
  try {
    const text = storableText(result.feed);
    if (text === undefined) {
      store.removeItem(key);
      return;
    }
    makeRoom(store, key, key.length + text.length);
    store.setItem(key, text);
    storedHere.add(key);
  } catch {
    // Storage full or refused: the next page loads as this one did.
  }
}
