import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { expect } from 'storybook/test';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/events/nsiw-events.js';
import type { EventsShow } from '../src/events/nsiw-events.js';
import sampleFeedUrl from '../demo/feed.json?url';
import hostileFeed from './hostile-feed.json';
import { STORY_NOW, feedSettled, holdRequests, inlineFeed } from './support.js';

/** The element's attributes, as a webmaster writes them, and the custom properties a host page sets. */
interface EventsArgs {
  src?: string;
  show?: EventsShow;
  limit?: number;
  types?: string;
  'heading-level'?: number;
  /** `auto` opts in to the element's dark scheme under `prefers-color-scheme: dark`. */
  'color-scheme'?: '' | 'auto';
  /** An inline feed, written into a `<script type="application/json">` child when there is no `src`. */
  inlineFeed?: unknown;
  [customProperty: `--${string}`]: string | undefined;
  /** The property behind `heading-level`; stories set the attribute. */
  headingLevel?: number;
  /** Fixed to {@link STORY_NOW} in every story. */
  now?: Date;
}

function renderEvents(args: EventsArgs): TemplateResult {
  const theme = Object.fromEntries(
    Object.entries(args).filter(([name, value]) => name.startsWith('--') && typeof value === 'string' && value !== ''),
  ) as Record<string, string>;
  // The element reads an inline feed once, as a page's would never change; an edited one needs a new element.
  return html`${keyed(
    JSON.stringify(args.inlineFeed) ?? '',
    html`<nsiw-events
      src=${ifDefined(args.src || undefined)}
      show=${ifDefined(args.show)}
      limit=${ifDefined(args.limit)}
      types=${ifDefined(args.types || undefined)}
      heading-level=${ifDefined(args['heading-level'])}
      color-scheme=${ifDefined(args['color-scheme'] || undefined)}
      style=${Object.keys(theme).length > 0 ? styleMap(theme) : nothing}
      .now=${STORY_NOW}
      >${args.inlineFeed === undefined ? nothing : inlineFeed(args.inlineFeed)}</nsiw-events
    >`,
  )}`;
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

const meta: Meta<EventsArgs> = {
  title: 'Elements/nsiw-events',
  component: 'nsiw-events',
  render: renderEvents,
  decorators: [withActions],
  args: { src: sampleFeedUrl },
  argTypes: {
    src: { control: 'text' },
    show: { control: 'inline-radio', options: ['upcoming', 'past', 'all'] },
    limit: { control: { type: 'number', min: 0 } },
    types: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 7 } },
    'color-scheme': { control: 'inline-radio', options: ['', 'auto'] },
    inlineFeed: {
      name: 'inline feed',
      control: 'object',
      description: 'Story only: the feed written into a `<script type="application/json">` child when `src` is empty.',
      table: { category: 'story' },
    },
    // Properties that mirror an attribute above, or that the stories fix.
    headingLevel: { control: false },
    now: { control: false },
    '--nsiw-accent': { control: 'color' },
    '--nsiw-muted': { control: 'color' },
    '--nsiw-border': { control: 'color' },
    '--nsiw-dark-background': { control: 'color' },
    '--nsiw-dark-color': { control: 'color' },
  },
  parameters: {
    actions: { handles: ['nsiw-load', 'nsiw-error'] },
    docs: {
      description: {
        component:
          'The network\'s event list. Stories read the sample feed (`demo/feed.json`) and measure "upcoming" ' +
          'from 25 November 2026, so the 2027 entries are upcoming and the 2023–2024 ones past. The toolbar\'s ' +
          'page language sets `<html lang>`, as a host page would.',
      },
    },
  },
  play: ({ canvasElement }) => feedSettled(canvasElement),
};

export default meta;
type Story = StoryObj<EventsArgs>;

/** The default: events not yet ended, soonest first, with cancelled and postponed entries marked. */
export const Upcoming: Story = {};

/** Ended events, most recent first. */
export const Past: Story = { args: { show: 'past' } };

/** Every event, in date order. */
export const All: Story = { args: { show: 'all' } };

/** Only the workshop series. */
export const FilteredByType: Story = { name: 'Filtered by type', args: { show: 'all', types: 'workshop' } };

/** At most two events. */
export const Limit: Story = { args: { show: 'all', limit: 2 } };

/** No `src`: the feed is a `<script type="application/json">` child, for pages that cannot publish a file. */
export const InlineFeed: Story = { name: 'Inline feed', args: { src: undefined, inlineFeed: PARTNER_FEED } };

const NEVER_RESPONDS = 'never-responds.json';

/**
 * The feed has not arrived yet: `aria-busy`, and room kept for the list. As on a real page, the element
 * gives up after 15 seconds and shows its timeout error.
 */
export const Loading: Story = {
  args: { src: NEVER_RESPONDS },
  beforeEach: () => holdRequests(NEVER_RESPONDS),
  play: ({ canvasElement }) => {
    const base = canvasElement.querySelector('nsiw-events')?.shadowRoot?.querySelector('[part="base"]');
    return expect(base?.getAttribute('aria-busy')).toBe('true');
  },
};

/** A valid feed with nothing to show. */
export const Empty: Story = { args: { src: undefined, inlineFeed: { version: 1, events: [] } } };

/** The feed URL answers 404: a localized alert with a retry button; the page around it keeps working. */
export const Error404: Story = { name: 'Error (404)', args: { src: 'missing-feed.json' } };

/**
 * Markup, script URLs, template syntax, bidi overrides, endless words and broken items. Everything shows
 * as text, no unsafe link is rendered, bad items are skipped (see the `nsiw-load` action) and the valid
 * ones still show.
 */
export const HostileFeed: Story = {
  name: 'Hostile feed',
  args: { src: undefined, show: 'all', inlineFeed: hostileFeed },
  play: async ({ canvasElement }) => {
    await feedSettled(canvasElement);
    const root = canvasElement.querySelector('nsiw-events')!.shadowRoot!;
    await expect(root.querySelector('script, img, iframe, [onerror], [onload], [onmouseover]')).toBeNull();
    for (const link of root.querySelectorAll('a[href]')) {
      await expect(link.getAttribute('href')).toMatch(/^(https?:|mailto:|blob:|data:text\/calendar)/);
    }
    // Four of the nine items are valid, whatever the page language shows them in.
    await expect(root.querySelectorAll('[part="event"]')).toHaveLength(4);
  },
};

/** The documented custom properties, as a partner's stylesheet would set them. */
export const Themed: Story = {
  args: {
    '--nsiw-accent': '#8c1c3c',
    '--nsiw-muted': '#4f4a57',
    '--nsiw-border': '#d9c6cd',
    '--nsiw-radius': '1rem',
    '--nsiw-gap': '1.5rem',
  },
};

/**
 * A dark host page that opts in with `color-scheme="auto"`. Under `prefers-color-scheme: dark` (the
 * system setting, or DevTools › Rendering › Emulate) the element switches to its own high-contrast scheme;
 * otherwise it inherits the page's dark colours.
 */
export const Dark: Story = {
  args: { 'color-scheme': 'auto' },
  decorators: [(story) => html`<div class="dark-host">${story()}</div>`],
};

/** The widget on a Norwegian page (`<html lang="nb">`): Norwegian labels, dates and feed texts. */
export const NorwegianPage: Story = { name: 'Norwegian page', globals: { locale: 'nb' } };
