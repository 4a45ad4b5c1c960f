import { createItemCache } from '../core/feed/item-cache.js';
import type { FeedEvent } from '../core/feed/schema.js';
import { instantSpan } from '../core/time/dates.js';

const cachedSpan = createItemCache<ReturnType<typeof instantSpan>>();

/** When an event begins and ends (epoch ms), worked out once per event of the feed. */
export function eventSpan(event: FeedEvent): ReturnType<typeof instantSpan> {
  return cachedSpan(event, '', () => instantSpan(event.start, event.end, event.timeZone));
}
