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

/** The stored feed of each key read on this page: read and validated once, whatever the elements. */
const readFeeds = new Map<string, Promise<ValidatedFeed | undefined>>();
const storedFeeds = new WeakSet<Feed>();

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
        // What this module stored had passed validation whole: a problem now means someone else wrote it.
        return result && result.skipped.length + result.dropped.length === 0 ? result : undefined;
      } catch {
        // Not JSON, not a feed, another version: as if nothing were stored (the fresh one overwrites it).
        return undefined;
      }
    })();
    readFeeds.set(key, read);
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

/** Keeps `result` as the last good feed of `src`, unless it is too large to keep. */
export function storeFeed(src: string, result: ValidatedFeed): void {
  const key = keyOf(src);
  if (!key || storedFeeds.has(result.feed)) return;
  storedFeeds.add(result.feed);
  readFeeds.delete(key);
  try {
    const text = storableText(result.feed);
    if (text !== undefined) storage()?.setItem(key, text);
    else storage()?.removeItem(key);
  } catch {
    // Storage full or refused: the next page loads as this one did.
  }
}
