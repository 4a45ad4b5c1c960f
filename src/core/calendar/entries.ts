/**
 * Feed items as calendar entries, their texts in one locale: the same for the menu's links and files
 * and for the subscription file `npm run feed-to-ics` writes, so that both carry the same UIDs and words.
 */
import type { Feed, FeedEvent, Workshop } from '../feed/schema.js';
import { displayText, type Locale, type Text } from '../i18n/locale.js';
import { eventPlace, workshopPlace } from '../feed/place.js';
import { plainText } from '../feed/rich-text.js';
import { calendarUid, toICalendar, type CalendarEntry } from './ical.js';

/** An event or a workshop of the feed, and which it is. */
export type CalendarItem = { kind: 'event'; item: FeedEvent } | { kind: 'workshop'; item: Workshop };

/** `item` as a calendar entry in `locale`; `feedUrl` names its feed in the UID. */
export function calendarEntry({ kind, item }: CalendarItem, locale: Locale, feedUrl: string): CalendarEntry {
  const text = (value: Text) => displayText(value, locale).value;
  const place = kind === 'event' ? eventPlace(item, locale) : workshopPlace(item, locale);
  return {
    uid: calendarUid(kind, item.id, feedUrl),
    title: text(item.title),
    start: item.start,
    end: item.end,
    timeZone: item.timeZone,
    // Calendars show text as it is: the description's markup would show as asterisks and brackets.
    description: item.description && plainText(text(item.description), feedUrl),
    location:
      place
        .map((part) => part.value)
        .filter(Boolean)
        .join(', ') || (kind === 'event' ? item.location?.online : undefined),
    url: kind === 'event' ? item.url : item.programUrl,
    status: kind === 'event' ? item.status : undefined,
  };
}

/**
 * Every event (cancelled ones too, so that subscribers see the cancellation) and workshop of a feed as
 * one iCalendar file to subscribe to, named `name`; UIDs as in the single items' files.
 */
export function feedCalendar(feed: Feed, feedUrl: string, locale: Locale, name: string, now?: Date): string {
  const items: CalendarItem[] = [
    ...feed.events.map((item) => ({ kind: 'event' as const, item })),
    ...feed.workshops.map((item) => ({ kind: 'workshop' as const, item })),
  ];
  return toICalendar(
    items.map((item) => calendarEntry(item, locale, feedUrl)),
    now,
    name,
  );
}
