import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../src/events/nsiw-events.js';
import sampleFeed from '../demo/feed.json?url';
import statusesFeed from './feeds/event-statuses.json?url';
import onlineFeed from './feeds/online-events.json?url';
import longTextsFeed from './feeds/long-texts.json?url';
import hundredEventsFeed from './feeds/hundred-events.json?url';
import hostileFeed from './feeds/hostile.json?url';
import emptyFeed from './feeds/empty.json?url';
import {
  allStatesStory,
  feedSettled,
  feedStateStories,
  inShadow,
  renderWidget,
  metaBasics,
  NEVER_ANSWERS,
  NOT_FOUND,
  type WidgetArgs,
  STORY_ARG_TYPES,
} from './support.js';

/** The element's attributes and custom properties (controls from custom-elements.json), and the story's own. */
interface EventsStoryArgs extends WidgetArgs {
  /** Story only: a feed written into a `<script type="application/json">` child. */
  inlineFeed?: unknown;
  /** Story only: the width of the column around the element. */
  width?: string;
}

/** A partner page's own small feed, written into the page instead of published as a file. */
const PARTNER_FEED = {
  version: 1,
  events: [
    {
      id: 'partner-guest-lecture-2027',
      title: {
        nb: 'Gjesteforelesning: Bakkebyråkrater i integreringsarbeidet',
        en: 'Guest lecture: Street-level bureaucrats in integration work',
      },
      type: 'seminar',
      start: '2027-01-28T14:15:00+01:00',
      end: '2027-01-28T16:00:00+01:00',
      timeZone: 'Europe/Oslo',
      organizer: { nb: 'En partnerinstitusjon', en: 'A partner institution' },
      location: { name: { nb: 'Auditorium 1', en: 'Lecture hall 1' }, city: 'Oslo', country: 'NO' },
    },
    {
      id: 'partner-reading-group-2027',
      title: { nb: 'Lesesirkel om skjønnsutøvelse', en: 'Reading group on discretion' },
      type: 'meeting',
      start: '2027-02-04',
      organizer: { nb: 'En partnerinstitusjon', en: 'A partner institution' },
      location: { online: 'https://www.fafo.no/' },
    },
  ],
};

const meta: Meta<EventsStoryArgs> = {
  title: 'Elements/nsiw-events',
  component: 'nsiw-events',
  render: renderWidget('nsiw-events'),
  args: { src: sampleFeed },
  argTypes: {
    ...STORY_ARG_TYPES,
  },
  ...metaBasics(
    "The network's event list. Stories read the sample feed (`demo/feed.json`) or a fixture in " +
      '`stories/feeds/`, and measure "upcoming" from 25 November 2026 (the `now` property), so the 2027 ' +
      'entries stay upcoming and the 2023–2024 ones past. The toolbar sets the language and the theme.',
  ),
};

export default meta;
type Story = StoryObj<EventsStoryArgs>;

/** The default: events not yet ended, soonest first, with cancelled and postponed entries marked. */
export const Upcoming: Story = {};

/** Ended events, most recent first. */
export const Past: Story = { args: { show: 'past' } };

/** Every event, in date order. */
export const All: Story = { args: { show: 'all' } };

/** At most two events. */
export const Limit: Story = {
  args: { show: 'all', limit: 2 },
  play: async ({ canvasElement }) => {
    await feedSettled(canvasElement);
    await expect(inShadow(canvasElement, 'nsiw-events', '[part="event"]')).toHaveLength(2);
  },
};

/** Only the workshop series (`types="workshop"`). */
export const FilteredByType: Story = { name: 'Filtered by type', args: { show: 'all', types: 'workshop' } };

/** A postponed and a cancelled event beside a scheduled one: marked, and a cancelled one has no calendar menu. */
export const CancelledAndPostponed: Story = {
  name: 'Cancelled and postponed',
  args: { src: statusesFeed },
  play: async ({ canvasElement }) => {
    await feedSettled(canvasElement);
    await expect(inShadow(canvasElement, 'nsiw-events', '[part="status"]')).toHaveLength(2);
    await expect(inShadow(canvasElement, 'nsiw-events', '[part="calendar-button"]')).toHaveLength(2);
  },
};

/** Online and hybrid events: the place line links to the online meeting. */
/** The add-to-calendar menu opened, at phone width: the five calendars under the button. */
export const CalendarMenuOpen: Story = {
  name: 'Calendar menu open (320 px)',
  args: { width: '320px', limit: 1 },
  play: async ({ canvasElement }) => {
    await feedSettled(canvasElement);
    const [button] = inShadow(canvasElement, 'nsiw-events', '[part="calendar-button"]') as HTMLButtonElement[];
    button.click();
    await waitFor(() => expect(inShadow(canvasElement, 'nsiw-events', '[part~="calendar-link"]')).toHaveLength(5));
    await expect(button.getAttribute('aria-expanded')).toBe('true');
  },
};

export const Online: Story = { args: { src: onlineFeed } };

/** Long titles, labels, organizers and places, and words too long for a line: they wrap, nothing overflows. */
export const LongTitles: Story = { name: 'Long titles', args: { src: longTextsFeed } };

/**
 * The long texts in Norwegian in a 360 px column, a phone: the organizer, one compound longer than the
 * line, breaks inside it; nothing is wider than the column.
 */
export const LongTitlesPhone: Story = {
  name: 'Long titles (360 px, nb)',
  args: { src: longTextsFeed, width: '360px' },
  globals: { locale: 'nb' },
};

/** A list as narrow as a 320 px phone. */
export const NarrowColumn: Story = { name: 'Narrow column (320 px)', args: { width: '320px', src: longTextsFeed } };

/**
 * A hundred events (`show="all"`): one plain list in date order, its first page of 50 (`page-size`) with
 * "Show more events (50 more)" for the rest.
 */
export const HundredEvents: Story = {
  name: '100 events',
  args: { src: hundredEventsFeed, show: 'all' },
  play: async ({ canvasElement }) => {
    await feedSettled(canvasElement);
    await expect(inShadow(canvasElement, 'nsiw-events', '[part="event"]')).toHaveLength(50);
    const [more] = inShadow(canvasElement, 'nsiw-events', '[part~="show-more"]') as HTMLButtonElement[];
    await expect(more.textContent!.trim()).toBe('Show more events (50 more)');
    more.click();
    await waitFor(() => expect(inShadow(canvasElement, 'nsiw-events', '[part="event"]')).toHaveLength(100));
    await expect(inShadow(canvasElement, 'nsiw-events', '[part~="show-more"]')).toHaveLength(0);
  },
};

/** No `src`: the feed is a `<script type="application/json">` child, for pages that cannot publish a file. */
export const InlineFeed: Story = { name: 'Inline feed', args: { src: undefined, inlineFeed: PARTNER_FEED } };

const states = feedStateStories('nsiw-events');

/**
 * The feed has not arrived yet: `aria-busy`, and room kept for the list. As on a real page, the element
 * gives up after 15 seconds and shows its timeout error.
 */
export const Loading: Story = { ...states.Loading, tags: ['stays-loading'] };

/** A valid feed with nothing to show. */
export const Empty: Story = { ...states.Empty };

/** The feed URL answers 404: a localized alert with a retry button; the page around it keeps working. */
export const Error404: Story = { ...states.Error404, name: 'Error: not found (404)', tags: ['feed-error'] };

/** The URL answers with a web page instead of a feed (a common slip): "not valid JSON". */
export const ErrorNotAFeed: Story = { ...states.ErrorNotAFeed, name: 'Error: not a feed', tags: ['feed-error'] };

/** A feed of a version this widget does not read: the alert names the version found. */
export const ErrorUnsupportedVersion: Story = {
  ...states.ErrorUnsupportedVersion,
  name: 'Error: unsupported version',
  tags: ['feed-error'],
};

/**
 * Markup, script URLs, template syntax, bidi overrides, endless words and broken items. Everything shows
 * as text, no unsafe link is rendered, bad items are skipped (see the `nsiw-load` action and the console)
 * and the valid ones still show.
 */
export const HostileFeed: Story = {
  name: 'Hostile feed',
  args: { src: hostileFeed, show: 'all' },
  play: async ({ canvasElement }) => {
    await feedSettled(canvasElement);
    await expect(inShadow(canvasElement, 'nsiw-events', 'script, img, iframe, svg, [onerror], [onload], [onmouseover]')).toHaveLength(0);
    for (const link of inShadow(canvasElement, 'nsiw-events', 'a[href]')) {
      await expect(link.getAttribute('href')).toMatch(/^(https?:|mailto:|blob:|data:text\/calendar)/);
    }
    // Four of the nine items are valid, whatever the page language shows them in.
    await expect(inShadow(canvasElement, 'nsiw-events', '[part="event"]')).toHaveLength(4);
  },
};

/** The hostile feed in a column 1,100 px wide: its endless organizer breaks within the column. */
export const HostileFeedWide: Story = { ...HostileFeed, name: 'Hostile feed (1,100 px)', args: { ...HostileFeed.args, width: '1100px' } };

/** Every state side by side: compared in every locale and right to left by the Storybook check. */
export const AllStates: Story = {
  ...allStatesStory('nsiw-events', [
    { caption: 'Loaded (limit 2)', args: { src: sampleFeed, limit: 2 } },
    { caption: 'Cancelled and postponed', args: { src: statusesFeed } },
    { caption: 'Online', args: { src: onlineFeed, limit: 1 } },
    { caption: 'Long texts', args: { src: longTextsFeed } },
    { caption: 'Empty', args: { src: emptyFeed } },
    { caption: 'Error: not found', args: { src: NOT_FOUND } },
    { caption: 'Loading', args: { src: NEVER_ANSWERS, limit: 1 } },
  ]),
  tags: ['matrix', 'stays-loading', 'feed-error'],
};
