import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { expect } from 'storybook/test';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/workshop-card/nsiw-workshop-card.js';
import type { WorkshopInput } from '../src/workshop-card/nsiw-workshop-card.js';
import sampleFeedUrl from '../demo/feed.json?url';
import { STORY_NOW, feedSettled, holdRequests, inlineFeed } from './support.js';

/** The element's attributes, as a webmaster writes them, and the custom properties a host page sets. */
interface WorkshopCardArgs {
  src?: string;
  'workshop-id'?: string;
  'heading-level'?: number;
  /** `auto` opts in to the element's dark scheme under `prefers-color-scheme: dark`. */
  'color-scheme'?: '' | 'auto';
  /** The `.workshop` property: a workshop object, for pages that have the data already. */
  workshop?: WorkshopInput;
  /** An inline feed, written into a `<script type="application/json">` child when there is no `src`. */
  inlineFeed?: unknown;
  /** The moment the status is measured from, as an ISO date-time; {@link STORY_NOW} unless a story sets it. */
  now?: string;
  /** Width of the box around the element (story only), to show how it fits narrow columns. */
  width?: string;
  [customProperty: `--${string}`]: string | undefined;
  /** Properties behind the attributes above; stories set the attributes. */
  workshopId?: string;
  headingLevel?: number;
}

function renderWorkshopCard(args: WorkshopCardArgs): TemplateResult {
  const theme = Object.fromEntries(
    Object.entries(args).filter(([name, value]) => name.startsWith('--') && typeof value === 'string' && value !== ''),
  ) as Record<string, string>;
  // The element reads an inline feed once, as a page's would never change; an edited one needs a new element.
  const element = keyed(
    JSON.stringify(args.inlineFeed) ?? '',
    html`<nsiw-workshop-card
      src=${ifDefined(args.src || undefined)}
      workshop-id=${ifDefined(args['workshop-id'] || undefined)}
      heading-level=${ifDefined(args['heading-level'])}
      color-scheme=${ifDefined(args['color-scheme'] || undefined)}
      style=${Object.keys(theme).length > 0 ? styleMap(theme) : nothing}
      .workshop=${args.workshop}
      .now=${args.now ? new Date(args.now) : STORY_NOW}
      >${args.inlineFeed === undefined ? nothing : inlineFeed(args.inlineFeed)}</nsiw-workshop-card
    >`,
  );
  return args.width ? html`<div style=${styleMap({ inlineSize: args.width })}>${element}</div>` : html`${element}`;
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

/** A workshop whose every string tries a trick: markup, script URLs, template syntax. */
const HOSTILE_FEED = {
  version: 1,
  workshops: [
    {
      id: 'hostile',
      number: 1,
      title: "<script>alert('title')</script><img src=x onerror=\"alert('img')\">",
      start: '2027-06-10',
      end: '2027-06-11',
      host: '<b onmouseover="alert(1)">Host</b>',
      venue: '<iframe src="javascript:alert(1)"></iframe>',
      city: "${alert('city')} {{constructor.constructor('alert(1)')()}}",
      programUrl: "javascript:alert('programme')",
      registrationUrl: " JaVaScRiPt:alert('registration')",
      description:
        "Raw <script>alert('description')</script>.\n\n- A [script link](javascript:alert(1))\n" +
        '- A [safe link](https://www.fafo.no/)\n\nAveryveryveryveryveryveryveryveryveryveryveryverylongwordwithoutbreaks',
    },
  ],
};

const meta: Meta<WorkshopCardArgs> = {
  title: 'Elements/nsiw-workshop-card',
  component: 'nsiw-workshop-card',
  render: renderWorkshopCard,
  decorators: [withActions],
  args: { src: sampleFeedUrl, 'workshop-id': 'workshop-2023-oslo' },
  argTypes: {
    src: { control: 'text' },
    'workshop-id': {
      control: 'inline-radio',
      options: ['workshop-2023-oslo', 'workshop-2024-copenhagen', 'workshop-2024-gothenburg', 'no-such-workshop'],
    },
    'heading-level': { control: { type: 'number', min: 1, max: 7 } },
    'color-scheme': { control: 'inline-radio', options: ['', 'auto'] },
    workshop: {
      control: 'object',
      description: "A workshop object of the feed's shape; wins over `src` and `workshop-id`.",
    },
    inlineFeed: {
      name: 'inline feed',
      control: 'object',
      description: 'Story only: the feed written into a `<script type="application/json">` child when `src` is empty.',
      table: { category: 'story' },
    },
    now: {
      control: 'text',
      description: 'The moment the status (upcoming, ongoing, past) is measured from, e.g. `2023-10-12T12:00:00+02:00`.',
    },
    width: {
      control: 'text',
      description: 'Width of the box around the element (story only), e.g. `20rem`.',
      table: { category: 'story' },
    },
    // Properties that mirror an attribute above.
    workshopId: { control: false },
    headingLevel: { control: false },
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
          'One workshop of the series. Stories read the sample feed (`demo/feed.json`) and measure the status ' +
          'from 25 November 2026 unless they set `now`, so the 2023–2024 workshops are past there. The ' +
          "toolbar's page language sets `<html lang>`, as a host page would.",
      },
    },
  },
  play: ({ canvasElement }) => feedSettled(canvasElement),
};

export default meta;
type Story = StoryObj<WorkshopCardArgs>;

/** The first workshop, before it began: upcoming, with its programme still to be announced. */
export const Upcoming: Story = { args: { now: '2023-09-01T12:00:00+02:00' } };

/** The same workshop on its first day. */
export const Ongoing: Story = { args: { now: '2023-10-12T12:00:00+02:00' } };

/** A workshop that is over: no registration, and no programme left to announce. */
export const Past: Story = {};

/** A workshop whose programme is published: a link instead of "to be announced". */
export const WithProgramme: Story = {
  name: 'With programme',
  args: { 'workshop-id': 'workshop-2024-copenhagen', now: '2024-03-01T12:00:00+01:00' },
};

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

/** In a narrow column, as in a CMS sidebar. */
export const NarrowColumn: Story = {
  name: 'Narrow column',
  args: { width: '16rem', now: '2023-09-01T12:00:00+02:00' },
};

const NEVER_RESPONDS = 'never-responds.json';

/** The feed has not arrived yet: `aria-busy`, and room kept for the card. */
export const Loading: Story = {
  args: { src: NEVER_RESPONDS },
  beforeEach: () => holdRequests(NEVER_RESPONDS),
  play: ({ canvasElement }) => {
    const base = canvasElement.querySelector('nsiw-workshop-card')?.shadowRoot?.querySelector('[part="base"]');
    return expect(base?.getAttribute('aria-busy')).toBe('true');
  },
};

/** A `workshop-id` the feed does not hold: the card says which id it looked for. */
export const NotFound: Story = { name: 'Not found', args: { 'workshop-id': 'no-such-workshop' } };

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
export const Error404: Story = { name: 'Error (404)', args: { src: 'missing-feed.json' } };

/** Markup, script URLs and template syntax all show as text; no unsafe link is rendered. */
export const HostileFeed: Story = {
  name: 'Hostile feed',
  args: { src: undefined, 'workshop-id': 'hostile', inlineFeed: HOSTILE_FEED, now: '2027-01-01T12:00:00+01:00' },
  play: async ({ canvasElement }) => {
    await feedSettled(canvasElement);
    const root = canvasElement.querySelector('nsiw-workshop-card')!.shadowRoot!;
    await expect(root.querySelector('script, img, iframe, b, [onerror], [onmouseover]')).toBeNull();
    for (const link of root.querySelectorAll('a[href]')) {
      await expect(link.getAttribute('href')).toMatch(/^(https?:|mailto:|blob:|data:text\/calendar)/);
    }
  },
};

/** The documented custom properties, as a partner's stylesheet would set them. */
export const Themed: Story = {
  args: {
    now: '2023-09-01T12:00:00+02:00',
    '--nsiw-accent': '#8c1c3c',
    '--nsiw-muted': '#4f4a57',
    '--nsiw-border': '#d9c6cd',
    '--nsiw-radius': '1rem',
    '--nsiw-gap': '1.5rem',
  },
};

/** A dark host page that opts in with `color-scheme="auto"` (see the events list's Dark story). */
export const Dark: Story = {
  args: { 'color-scheme': 'auto', now: '2023-09-01T12:00:00+02:00' },
  decorators: [(story) => html`<div class="dark-host">${story()}</div>`],
};

/** The widget on a Norwegian page (`<html lang="nb">`): Norwegian labels, dates and feed texts. */
export const NorwegianPage: Story = {
  name: 'Norwegian page',
  args: { now: '2023-09-01T12:00:00+02:00' },
  globals: { locale: 'nb' },
};
