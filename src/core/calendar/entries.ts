/**
 * Feed items as calendar entries, their texts in one locale: the same for the menu's links and files
 * and for the subscription file `npm run feed-to-ics` writes, so that both carry the same UIDs and words.
 */
import type { Feed, FeedEvent, Workshop } from '../feed/schema.js';
import { countryName, displayText, type Locale, type Text } from '../i18n/locale.js';
import { calendarUid, toICalendar, type CalendarEntry } from './ical.js';

/** An event or a workshop of the feed, and which it is. */
export type CalendarItem = { kind: 'event'; item: FeedEvent } | { kind: 'workshop'; item: Workshop };

/** `item` as a calendar entry in `locale`; `feedUrl` names its feed in the UID. */
export function calendarEntry({ kind, item }: CalendarItem, locale: Locale, feedUrl: string): CalendarEntry {
  const text = (value: Text) => displayText(value, locale).value;
  const country = (code: string | undefined) => code && countryName(code, locale);
  const place =
    kind === 'event'
      ? [
          item.location?.name && text(item.location.name),
          item.location?.address,
          item.location?.city && text(item.location.city),
          country(item.location?.country),
        ]
      : [item.venue && text(item.venue), item.city && text(item.city), country(item.country)];
  return {
    uid: calendarUid(item.id, feedUrl),
    title: text(item.title),
    start: item.start,
    end: item.end,
    timeZone: item.timeZone,
    description: item.description && text(item.description),
    location: place.filter(Boolean).join(', ') || (kind === 'event' ? item.location?.online : undefined),
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
