import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/workshop-card/nsiw-workshop-card.js';
import type { WorkshopInput } from '../src/workshop-card/nsiw-workshop-card.js';
import sampleFeed from '../demo/feed.json?url';
import longTextsFeed from './feeds/long-texts.json?url';
import hostileFeed from './feeds/hostile.json?url';
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

/** The element's attributes, properties and custom properties (controls from custom-elements.json), and the story's own. */
interface WorkshopCardStoryArgs extends WidgetArgs {
  workshop?: WorkshopInput;
  /** Story only: a feed written into a `<script type="application/json">` child. */
  inlineFeed?: unknown;
  /** Story only: the width of the column around the element. */
  width?: string;
}

/** A workshop as a partner's page would pass it to `.workshop`, with the data it already has. */
const PARTNER_WORKSHOP: WorkshopInput = {
  id: 'workshop-2027-aarhus',
  number: 4,
  title: { nb: 'N-SIW-workshop i Aarhus', en: 'N-SIW workshop in Aarhus', da: 'N-SIW-workshop i Aarhus' },
  start: '2027-03-11',
  end: '2027-03-12',
  timeZone: 'Europe/Copenhagen',
  host: { nb: 'Aarhus universitet', en: 'Aarhus University', da: 'Aarhus Universitet' },
  city: 'Aarhus',
  country: 'DK',
  registrationUrl: 'https://www.fafo.no/',
  description: {
    nb: 'Et illustrerende eksempel: en fjerde workshop, gitt som objekt av siden selv.',
    en: 'An illustrative example: a fourth workshop, given as an object by the page itself.',
  },
};

/** Moments in the first workshop's life (12–13 October 2023, Oslo), for `now`. */
const BEFORE_OSLO = '2023-09-01T12:00:00+02:00';
const DURING_OSLO = '2023-10-12T12:00:00+02:00';

const meta: Meta<WorkshopCardStoryArgs> = {
  title: 'Elements/nsiw-workshop-card',
  component: 'nsiw-workshop-card',
  render: renderWidget('nsiw-workshop-card'),
  args: { src: sampleFeed, 'workshop-id': 'workshop-2023-oslo' },
  argTypes: {
    'workshop-id': {
      control: 'inline-radio',
      options: ['workshop-2023-oslo', 'workshop-2024-copenhagen', 'workshop-2024-gothenburg', 'workshop-2027-aarhus', 'no-such-workshop'],
    },
    workshop: { control: 'object' },
    ...STORY_ARG_TYPES,
  },
  ...metaBasics(
    'One workshop of the series. Stories read the sample feed (`demo/feed.json`) or a fixture in ' +
      '`stories/feeds/`, and measure the status from 25 November 2026 unless they set `now`, so the ' +
      '2023–2024 workshops are past there. The toolbar sets the language and the theme.',
  ),
};

export default meta;
type Story = StoryObj<WorkshopCardStoryArgs>;

/** Checks the card's status badge. */
function showsStatus(status: 'upcoming' | 'ongoing' | 'past') {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await feedSettled(canvasElement);
    await expect(inShadow(canvasElement, 'nsiw-workshop-card', `[part~="status-${status}"]`)).toHaveLength(1);
  };
}

/** The second workshop before it began: upcoming, with its published programme. */
export const Upcoming: Story = {
  args: { 'workshop-id': 'workshop-2024-copenhagen', now: '2024-03-01T12:00:00+01:00' },
  play: showsStatus('upcoming'),
};

/** The first workshop before it began, as on the network's page: "programme to be announced". */
export const ProgrammeToBeAnnounced: Story = {
  name: 'Programme to be announced',
  args: { now: BEFORE_OSLO },
  play: async (context) => {
    await showsStatus('upcoming')(context);
    await expect(inShadow(context.canvasElement, 'nsiw-workshop-card', '[part="programme"]')).toHaveLength(1);
    await expect(inShadow(context.canvasElement, 'nsiw-workshop-card', '[part="programme-link"]')).toHaveLength(0);
  },
};

/** The first workshop on its first day. */
export const Ongoing: Story = { args: { now: DURING_OSLO }, play: showsStatus('ongoing') };

/** A workshop that is over: no registration, and no programme left to announce. */
export const Past: Story = { play: showsStatus('past') };

/** `.workshop`: a page that has the data already passes the object itself; no feed is read. */
export const FromProperty: Story = {
  name: 'From the .workshop property',
  args: { src: undefined, 'workshop-id': undefined, workshop: PARTNER_WORKSHOP },
};

/** No `src`: the feed is a `<script type="application/json">` child, for pages that cannot publish a file. */
export const InlineFeed: Story = {
  name: 'Inline feed',
  args: {
    src: undefined,
    'workshop-id': 'aarhus',
    inlineFeed: { version: 1, workshops: [{ ...PARTNER_WORKSHOP, id: 'aarhus' }] },
  },
};

/** Long title, host and venue. */
export const LongTexts: Story = { name: 'Long texts', args: { src: longTextsFeed, 'workshop-id': 'long-texts-workshop' } };

/** In a column as narrow as a 320 px phone. */
export const NarrowColumn: Story = {
  name: 'Narrow column (320 px)',
  args: { width: '320px', src: longTextsFeed, 'workshop-id': 'long-texts-workshop' },
};

const states = feedStateStories('nsiw-workshop-card');

/** The feed has not arrived yet: `aria-busy`, and room kept for the card. */
export const Loading: Story = { ...states.Loading, tags: ['stays-loading'] };

/** A `workshop-id` the feed does not hold: the card says which id it looked for. */
export const NotFound: Story = {
  name: 'Not found',
  args: { 'workshop-id': 'no-such-workshop' },
  play: async ({ canvasElement }) => {
    await feedSettled(canvasElement);
    await expect(inShadow(canvasElement, 'nsiw-workshop-card', '[part="not-found"]')).toHaveLength(1);
  },
};

/** No `workshop-id` at all: the card says what is missing, and reads no feed. */
export const MissingId: Story = { name: 'Missing workshop-id', args: { 'workshop-id': undefined } };

/** A `.workshop` object without a title: the card says it cannot be shown, and why (for the webmaster). */
export const InvalidProperty: Story = {
  name: 'Invalid .workshop',
  args: {
    src: undefined,
    'workshop-id': undefined,
    workshop: { id: 'untitled', start: '2027-03-11' } as unknown as WorkshopInput,
  },
};

/** The feed URL answers 404: a localized alert with a retry button; the page around it keeps working. */
export const Error404: Story = { ...states.Error404, name: 'Error: not found (404)', tags: ['feed-error'] };

/** The URL answers with a web page instead of a feed: "not valid JSON". */
export const ErrorNotAFeed: Story = { ...states.ErrorNotAFeed, name: 'Error: not a feed', tags: ['feed-error'] };

/** Markup, script URLs and template syntax all show as text; no unsafe link is rendered. */
export const HostileFeed: Story = {
  name: 'Hostile feed',
  args: { src: hostileFeed, 'workshop-id': 'hostile', now: '2027-01-01T12:00:00+01:00' },
  play: async ({ canvasElement }) => {
    await feedSettled(canvasElement);
    await expect(inShadow(canvasElement, 'nsiw-workshop-card', 'script, img, iframe, b, [onerror], [onmouseover]')).toHaveLength(0);
    for (const link of inShadow(canvasElement, 'nsiw-workshop-card', 'a[href]')) {
      await expect(link.getAttribute('href')).toMatch(/^(https?:|mailto:|blob:|data:text\/calendar)/);
    }
  },
};

/** Every state side by side: compared in every locale and right to left by the Storybook check. */
export const AllStates: Story = {
  ...allStatesStory('nsiw-workshop-card', [
    { caption: 'Upcoming, programme to be announced', args: { src: sampleFeed, 'workshop-id': 'workshop-2023-oslo', now: BEFORE_OSLO } },
    {
      caption: 'Next in the series',
      args: { src: sampleFeed, 'workshop-id': 'workshop-2024-copenhagen', next: true, now: '2024-03-01T12:00:00+01:00' },
    },
    { caption: 'Ongoing', args: { src: sampleFeed, 'workshop-id': 'workshop-2023-oslo', now: DURING_OSLO } },
    { caption: 'Past', args: { src: sampleFeed, 'workshop-id': 'workshop-2023-oslo' } },
    { caption: 'Long texts', args: { src: longTextsFeed, 'workshop-id': 'long-texts-workshop' } },
    { caption: 'Not found', args: { src: sampleFeed, 'workshop-id': 'no-such-workshop' } },
    { caption: 'Error: not found', args: { src: NOT_FOUND, 'workshop-id': 'workshop-2023-oslo' } },
    { caption: 'Loading', args: { src: NEVER_ANSWERS, 'workshop-id': 'workshop-2023-oslo' } },
  ]),
  tags: ['matrix', 'stays-loading', 'feed-error'],
};
