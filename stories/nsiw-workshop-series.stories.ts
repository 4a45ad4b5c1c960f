import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../src/workshop-series/nsiw-workshop-series.js';
import sampleFeed from '../demo/feed.json?url';
import {
  allStatesStory,
  feedSettled,
  feedStateStories,
  renderWidget,
  metaBasics,
  NEVER_ANSWERS,
  NOT_FOUND,
  type WidgetArgs,
  STORY_ARG_TYPES,
} from './support.js';

/** The element's attributes, properties and custom properties (controls from custom-elements.json), and the story's own. */
interface WorkshopSeriesStoryArgs extends WidgetArgs {
  /** Story only: a feed written into a `<script type="application/json">` child. */
  inlineFeed?: unknown;
  /** Story only: the width of the column around the element. */
  width?: string;
}

const meta: Meta<WorkshopSeriesStoryArgs> = {
  title: 'Elements/nsiw-workshop-series',
  component: 'nsiw-workshop-series',
  render: renderWidget('nsiw-workshop-series'),
  args: { src: sampleFeed },
  argTypes: {
    ...STORY_ARG_TYPES,
  },
  ...metaBasics(
    'The whole workshop series of the feed, in order, one card per workshop, the next upcoming one ' +
      'marked. Stories read the sample feed (`demo/feed.json`) and measure from 25 November 2026 unless ' +
      'they set `now`. The toolbar sets the language and the theme.',
  ),
};

export default meta;
type Story = StoryObj<WorkshopSeriesStoryArgs>;

/** The cards of the series element, in the order shown. */
function cards(canvasElement: HTMLElement): HTMLElement[] {
  return [...(canvasElement.querySelector('nsiw-workshop-series')?.shadowRoot?.querySelectorAll<HTMLElement>('nsiw-workshop-card') ?? [])];
}

/** Today (as stories see it) the three workshops of 2023–2024 are past, and Aarhus in May 2027 is next. */
export const Series: Story = {
  play: async ({ canvasElement }) => {
    await feedSettled(canvasElement);
    await expect(cards(canvasElement).map((card) => card.hasAttribute('next'))).toEqual([false, false, false, true]);
  },
};

/** Early in 2024: Oslo is past, Copenhagen is marked as the next workshop. */
export const NextMarked: Story = {
  name: 'Next workshop marked',
  args: { now: '2024-01-15T12:00:00+01:00' },
  play: async ({ canvasElement }) => {
    await feedSettled(canvasElement);
    await expect(cards(canvasElement).map((card) => card.hasAttribute('next'))).toEqual([false, true, false, false]);
  },
};

/** During the Copenhagen workshop: it is ongoing, Gothenburg is next. */
export const OneOngoing: Story = {
  name: 'One ongoing',
  args: { now: '2024-04-18T12:00:00+02:00' },
  play: async ({ canvasElement }) => {
    await feedSettled(canvasElement);
    await expect(cards(canvasElement).map((card) => card.hasAttribute('next'))).toEqual([false, false, true, false]);
  },
};

/**
 * Two cards a row, in Norwegian: the next workshop's badge takes the place of its status, so that its row
 * of badges stays one line and its date in line with its neighbour's; the links at the foot line up.
 */
export const NextMarkedTwoColumns: Story = {
  name: 'Next workshop marked, two columns (nb)',
  args: { width: '640px', now: '2024-01-15T12:00:00+01:00' },
  globals: { locale: 'nb' },
};

/** In a column as narrow as a 320 px phone: the cards stack. */
export const NarrowColumn: Story = { name: 'Narrow column (320 px)', args: { width: '320px', now: '2024-01-15T12:00:00+01:00' } };

/** With `structured-data`: the workshops are also described as schema.org Events in a JSON-LD child. */
export const StructuredData: Story = {
  name: 'With structured data',
  args: { 'structured-data': true },
  play: async ({ canvasElement }) => {
    await feedSettled(canvasElement);
    const element = canvasElement.querySelector('nsiw-workshop-series')!;
    await waitFor(() => expect(element.querySelector('script[type="application/ld+json"]')).toBeTruthy());
    const data = JSON.parse(element.querySelector('script[type="application/ld+json"]')!.textContent!) as { '@type': string }[];
    await expect(data.map((event) => event['@type'])).toEqual(['Event', 'Event', 'Event', 'Event']);
  },
};

const states = feedStateStories('nsiw-workshop-series', { src: undefined, inlineFeed: { version: 1, events: [] } });

/** The feed has not arrived yet: `aria-busy`, and room kept for the series. */
export const Loading: Story = { ...states.Loading, tags: ['stays-loading'] };

/** A feed without workshops: the element says so. */
export const Empty: Story = { ...states.Empty };

/** The feed URL answers 404: a localized alert with a retry button. */
export const Error404: Story = { ...states.Error404, name: 'Error: not found (404)', tags: ['feed-error'] };

/** Every state side by side: compared in every locale and right to left by the Storybook check. */
export const AllStates: Story = {
  ...allStatesStory('nsiw-workshop-series', [
    { caption: 'Next workshop marked', args: { src: sampleFeed, now: '2024-01-15T12:00:00+01:00' }, wide: true },
    { caption: 'Empty', args: { inlineFeed: { version: 1, events: [] } } },
    { caption: 'Error: not found', args: { src: NOT_FOUND } },
    { caption: 'Loading', args: { src: NEVER_ANSWERS } },
  ]),
  tags: ['matrix', 'stays-loading', 'feed-error'],
};
