/** What takes the editor's work out of the workbench: the files for the web site, or a text to the clipboard. */
import { msg, str } from '@lit/localize';
import { feedCalendar } from '../../src/core/calendar/entries.js';
import type { Locale } from '../../src/core/i18n/locale.js';
import { validateFeed } from '../../src/core/validator/validate.js';
import { formatFeed } from '../feed/feed-text.js';

/** Saves `text` as the browser's download `name`. */
function download(text: string, name: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}

/** Saves `text` as the browser's download `feed.json`; returns what to tell the editor. */
export function downloadFeed(text: string): string {
  download(text, 'feed.json', 'application/json');
  return msg('Downloaded feed.json.');
}

/** The calendar file's name, beside the feed on the web site. */
export const CALENDAR_FILE = 'events.ics';

/**
 * The two files of the web site, for a feed to be published at `feedUrl`: the feed, its `calendarUrl`
 * naming the calendar beside it, and that calendar, written as `npm run feed-to-ics` writes it (the
 * same writer, UIDs and DTSTAMP), in `locale`.
 * @throws what the validator throws for a text that is not a usable feed.
 */
export function siteFiles(text: string, feedUrl: string, locale: Locale): { feed: string; calendar: string; calendarUrl: string } {
  const calendarUrl = new URL(CALENDAR_FILE, feedUrl).href;
  const data = { ...(JSON.parse(text) as Record<string, unknown>), calendarUrl };
  const { feed } = validateFeed(data, feedUrl);
  const stamp = feed.updated ? new Date(feed.updated) : new Date(0);
  return { feed: formatFeed(data), calendar: feedCalendar(feed, feedUrl, locale, 'N-SIW', stamp), calendarUrl };
}

/** Downloads the web site's two files; returns the instructions: where each goes, and what the feed says. */
export function downloadSiteFiles(text: string, feedUrl: string, locale: Locale): string {
  const { feed, calendar, calendarUrl } = siteFiles(text, feedUrl, locale);
  download(feed, 'feed.json', 'application/json');
  download(calendar, CALENDAR_FILE, 'text/calendar');
  return msg(
    str`Downloaded feed.json and ${CALENDAR_FILE}. Put both in the same folder of the web site, so that the feed is at ${feedUrl} and the calendar at ${calendarUrl}. The feed's calendarUrl says ${calendarUrl} (set for you). Publish both again after every change.`,
  );
}

/** Copies `text` to the clipboard; returns what to tell the editor: `done`, or how to copy it by hand. */
export async function copyText(text: string, done: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return done;
  } catch {
    return msg('The browser did not allow copying: select the text and press Ctrl+C (⌘C on a Mac).');
  }
}
