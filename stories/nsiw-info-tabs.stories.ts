import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/info-tabs/nsiw-info-tabs.js';
import sampleFeed from '../demo/feed.json?url';
import manyTabsFeed from './feeds/many-tabs.json?url';
import longTextsFeed from './feeds/long-texts.json?url';
import hostileFeed from './feeds/hostile.json?url';
import emptyFeed from './feeds/empty.json?url';
import {
  allStatesStory,
  column,
  feedSettled,
  feedStateStories,
  inShadow,
  inlineFeed,
  metaBasics,
  NEVER_ANSWERS,
  NOT_FOUND,
  widget,
  type WidgetArgs,
  STORY_ARG_TYPES,
} from './support.js';

/** The element's attributes and custom properties (controls from custom-elements.json), and the story's own. */
interface InfoTabsStoryArgs extends WidgetArgs {
  /** Story only: the network page's own `<details>` sections as children. */
  markup?: boolean;
  /** Story only: a feed written into a `<script type="application/json">` child. */
  inlineFeed?: unknown;
  /** Story only: the width of the column around the element. */
  width?: string;
}

/** The "Mer om prosjektet" panel of the network's page (seed-page.txt), as its CMS writes it. */
const NETWORK_SECTIONS = `
  <p>Trykk på fanetitlene for mer informasjon</p>
  <details id="workshop">
    <summary>Workshop 12.–13. oktober</summary>
    <p>12.–13. oktober 2023 arrangeres første N-SIW workshop.</p>
    <p>Workshopen blir arrangert i Fafo sine lokaler på Grønland i Oslo.</p>
    <p>Informasjon om program kommer.</p>
  </details>
  <details id="sisp">
    <summary>SISP-konferansen 2023</summary>
    <p>SISP konferansen 2023 inviterer til sesjon om bakkebyråkrati:</p>
    <p>
      <a href="https://www.sisp.it/">Panel 9.6 THE STREET-LEVEL BUREAUCRACY (SLB) LENS</a>: Discretion and
      coping-mechanisms for public services provision in multilevel settings
    </p>
  </details>
  <details id="kontakt">
    <summary>Kontakt</summary>
    <p>Spørsmål om nettverket? <a href="mailto:nsiw@fafo.no">Skriv til oss</a>.</p>
  </details>
`;

/** The page's own sections, as nodes: each story gets its own, as each page has. */
function networkSections(): Node[] {
  return [...document.createRange().createContextualFragment(NETWORK_SECTIONS).childNodes];
}

const meta: Meta<InfoTabsStoryArgs> = {
  title: 'Elements/nsiw-info-tabs',
  component: 'nsiw-info-tabs',
  render: ({ markup, inlineFeed: feed, width, ...args }, context) => {
    const children = [...(markup ? networkSections() : []), ...(feed === undefined ? [] : [inlineFeed(feed)])];
    return column(width, widget('nsiw-info-tabs', args, context, children));
  },
  args: { src: sampleFeed },
  argTypes: {
    markup: {
      control: 'boolean',
      description: "Story only: the network page's own `<details>` sections as children; leave `src` empty.",
      table: { category: 'story' },
    },
    ...STORY_ARG_TYPES,
  },
  ...metaBasics(
    'The tabbed "More about the project" panel. Stories read the sample feed (`demo/feed.json`) or a ' +
      "fixture in `stories/feeds/`, or take the network page's own `<details>` sections (the markup " +
      'stories), which work as disclosure sections without JavaScript. The toolbar sets the language and ' +
      'the theme.',
  ),
};

export default meta;
type Story = StoryObj<InfoTabsStoryArgs>;

/** The selected tab, once rendered. */
function selectedTab(canvasElement: HTMLElement): Element | undefined {
  return inShadow(canvasElement, 'nsiw-info-tabs', '[role="tab"][aria-selected="true"]')[0];
}

/** The feed's tabs, the first selected. Arrow keys move between tabs; Tab moves into the panel. */
export const FromFeed: Story = { name: 'From the feed' };

/** The page's own `<details>` sections become the tabs; their content stays the page's own. */
export const FromMarkup: Story = { name: 'From markup', args: { src: undefined, markup: true } };

/** `selected` names the tab shown first (a URL fragment naming a tab does the same). */
export const Selected: Story = {
  args: { selected: 'workshop-serien' },
  play: async ({ canvasElement }) => {
    await feedSettled(canvasElement);
    await expect(selectedTab(canvasElement)?.getAttribute('aria-controls')).toBeTruthy();
    await expect(canvasElement.querySelector('nsiw-info-tabs')?.getAttribute('selected')).toBe('workshop-serien');
  },
};

/** Keyboard use as the APG tabs pattern has it: Right selects the next tab, End the last. */
export const Keyboard: Story = {
  args: { src: undefined, markup: true },
  play: async ({ canvasElement }) => {
    await feedSettled(canvasElement);
    const root = canvasElement.querySelector('nsiw-info-tabs')!.shadowRoot!;
    (selectedTab(canvasElement) as HTMLElement).focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(root.activeElement?.textContent?.trim()).toBe('SISP-konferansen 2023'));
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(selectedTab(canvasElement)?.textContent?.trim()).toBe('Kontakt'));
  },
};

/** Always an accordion: one button per section, `aria-expanded`, in headings at `heading-level`. */
export const Accordion: Story = { args: { layout: 'accordion' } };

/** In a container narrower than its tabs (here 320 px) the element shows an accordion by itself. */
export const NarrowContainer: Story = {
  name: 'Narrow container (320 px)',
  args: { src: undefined, markup: true, width: '320px' },
};

/** `layout="tabs"` keeps tabs even in a narrow container: they wrap onto more lines. */
export const WrappedTabs: Story = {
  name: 'Wrapped tabs',
  args: { src: undefined, markup: true, width: '320px', layout: 'tabs' },
};

/**
 * Right to left, as the toolbar's Direction sets it (`dir="rtl"` on the element itself; a page's `dir`
 * alone leaves the widget left to right): the tabs run from the right, and Left moves to the next tab.
 */
export const RightToLeft: Story = {
  name: 'Right to left',
  args: { src: undefined, markup: true },
  globals: { dir: 'rtl' },
  play: async ({ canvasElement }) => {
    await feedSettled(canvasElement);
    const tabs = inShadow(canvasElement, 'nsiw-info-tabs', '[role="tab"]') as HTMLElement[];
    await expect(tabs[0].getBoundingClientRect().left).toBeGreaterThan(tabs[1].getBoundingClientRect().left);
    tabs[0].focus();
    await userEvent.keyboard('{ArrowLeft}');
    await waitFor(() => expect(selectedTab(canvasElement)).toBe(tabs[1]));
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(selectedTab(canvasElement)).toBe(tabs[0]));
  },
};

/** Twelve tabs: in a wide container they wrap or turn into an accordion, and every one stays reachable. */
export const ManyTabs: Story = {
  name: 'Many tabs',
  args: { src: manyTabsFeed },
  play: async ({ canvasElement }) => {
    await feedSettled(canvasElement);
    const sections = inShadow(canvasElement, 'nsiw-info-tabs', '[role="tab"], [part~="section-button"]');
    await expect(sections).toHaveLength(12);
  },
};

/** Tab titles of many words, and one long compound word. */
export const LongTitles: Story = { name: 'Long titles', args: { src: longTextsFeed } };

/** The same long titles with `layout="tabs"`: the tabs wrap, and the long word breaks. */
export const LongTitlesAsTabs: Story = { name: 'Long titles as tabs', args: { src: longTextsFeed, layout: 'tabs' } };

/** No `src`: the feed is a `<script type="application/json">` child, for pages that cannot publish a file. */
export const InlineFeed: Story = {
  name: 'Inline feed',
  args: {
    src: undefined,
    inlineFeed: {
      version: 1,
      tabs: [
        {
          id: 'om',
          title: { nb: 'Om oss', en: 'About us' },
          body: { nb: 'Vi er en *partner* i N-SIW.', en: 'We are a *partner* in N-SIW.' },
        },
        { id: 'lenker', title: { nb: 'Lenker', en: 'Links' }, body: '- [Fafo](https://www.fafo.no/)\n- [N-SIW](https://www.fafo.no/)' },
      ],
    },
  },
};

const states = feedStateStories('nsiw-info-tabs');

/** The feed has not arrived yet: `aria-busy`, and room kept for the tabs. */
export const Loading: Story = { ...states.Loading, tags: ['stays-loading'] };

/** A valid feed without tabs. */
export const Empty: Story = { ...states.Empty };

/** The feed URL answers 404: a localized alert with a retry button; the page around it keeps working. */
export const Error404: Story = { ...states.Error404, name: 'Error: not found (404)', tags: ['feed-error'] };

/** The URL answers with a web page instead of a feed: "not valid JSON". */
export const ErrorNotAFeed: Story = { ...states.ErrorNotAFeed, name: 'Error: not a feed', tags: ['feed-error'] };

/** Markup, script URLs and raw HTML in tab titles and bodies all show as text; no unsafe link is rendered. */
export const HostileFeed: Story = {
  name: 'Hostile feed',
  args: { src: hostileFeed },
  play: async ({ canvasElement }) => {
    await feedSettled(canvasElement);
    await expect(inShadow(canvasElement, 'nsiw-info-tabs', 'script, img, iframe, b, [onerror]')).toHaveLength(0);
    for (const link of inShadow(canvasElement, 'nsiw-info-tabs', 'a[href]')) {
      await expect(link.getAttribute('href')).toMatch(/^(https?:|mailto:)/);
    }
  },
};

/** Every state side by side: compared in every locale and right to left by the Storybook check. */
export const AllStates: Story = {
  ...allStatesStory('nsiw-info-tabs', [
    { caption: 'Tabs, from the feed', args: { src: sampleFeed } },
    { caption: 'Accordion', args: { src: sampleFeed, layout: 'accordion' } },
    // As wide as the row: a tab of one word longer than a narrow column's row overflows it (tabs keep their
    // words whole; test/host-pages/host-css.test.ts), where layout="auto" would show the accordion.
    { caption: 'Long titles as tabs', args: { src: longTextsFeed, layout: 'tabs' }, wide: true },
    { caption: 'Empty', args: { src: emptyFeed } },
    { caption: 'Error: not found', args: { src: NOT_FOUND } },
    { caption: 'Loading', args: { src: NEVER_ANSWERS } },
  ]),
  tags: ['matrix', 'stays-loading', 'feed-error'],
};
