import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/info-tabs/nsiw-info-tabs.js';
import type { InfoTabsLayout } from '../src/info-tabs/nsiw-info-tabs.js';
import sampleFeedUrl from '../demo/feed.json?url';
import { feedSettled, holdRequests, inlineFeed } from './support.js';

/** The element's attributes, as a webmaster writes them. */
interface InfoTabsArgs {
  src?: string;
  selected?: string;
  label?: string;
  layout?: InfoTabsLayout;
  'heading-level'?: number;
  /** The network page's own `<details>` sections as children (story only), for the markup-driven element. */
  markup?: boolean;
  /** An inline feed, written into a `<script type="application/json">` child when there is no `src`. */
  feed?: unknown;
  /** Width of the box around the element (story only), to show how it fits narrow columns. */
  width?: string;
  'color-scheme'?: '' | 'auto';
  '--nsiw-accent'?: string;
  '--nsiw-border'?: string;
  '--nsiw-radius'?: string;
  '--nsiw-gap'?: string;
  '--nsiw-tab-indicator-width'?: string;
  '--nsiw-tab-selected-font-weight'?: string;
}

const THEME_PROPERTIES = [
  '--nsiw-accent',
  '--nsiw-border',
  '--nsiw-radius',
  '--nsiw-gap',
  '--nsiw-tab-indicator-width',
  '--nsiw-tab-selected-font-weight',
] as const;

/** The "Mer om prosjektet" panel of the network's page, as its CMS would write it. */
const NETWORK_SECTIONS = html`
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

function renderInfoTabs(args: InfoTabsArgs): TemplateResult {
  const theme = Object.fromEntries(THEME_PROPERTIES.filter((name) => args[name]).map((name) => [name, args[name]!]));
  const element = html`<nsiw-info-tabs
    src=${ifDefined(args.src || undefined)}
    selected=${ifDefined(args.selected || undefined)}
    label=${ifDefined(args.label || undefined)}
    layout=${ifDefined(args.layout)}
    heading-level=${ifDefined(args['heading-level'])}
    color-scheme=${ifDefined(args['color-scheme'] || undefined)}
    style=${Object.keys(theme).length > 0 ? styleMap(theme) : nothing}
    >${args.markup ? NETWORK_SECTIONS : nothing}${args.feed === undefined ? nothing : inlineFeed(args.feed)}</nsiw-info-tabs
  >`;
  return args.width ? html`<div style=${styleMap({ inlineSize: args.width })}>${element}</div>` : element;
}

/** A feed whose tabs try every trick: markup, script URLs, raw HTML, endless words. */
const HOSTILE_TABS_FEED = {
  version: 1,
  tabs: [
    {
      id: 'markup',
      title: '<img src=x onerror=alert(1)> Markup',
      body:
        '<script>alert(1)</script> **<b>bold</b>** [a javascript: link](javascript:alert(1)) ' +
        '[a data: link](data:text/html,<script>alert(1)</script>) [a fine link](https://www.fafo.no/)\n\n' +
        '- <iframe src="https://example.org"></iframe>\n- ${template} {{mustache}} *unclosed\n\n' +
        'Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongwordwithoutanybreaks',
    },
    { id: 'bidi', title: '\u202Eevil bidi override', body: 'Text after a right-to-left override: \u202Eabc' },
    { id: 'Not A Valid Id', title: 'Skipped', body: 'An id with capitals and spaces is left out.' },
  ],
};

const meta: Meta<InfoTabsArgs> = {
  title: 'Elements/nsiw-info-tabs',
  component: 'nsiw-info-tabs',
  render: renderInfoTabs,
  decorators: [withActions],
  args: { src: sampleFeedUrl },
  argTypes: {
    src: { control: 'text', description: 'Feed URL. Without it, the element uses its `<details>` children or an inline feed.' },
    selected: { control: 'text', description: 'Id of the selected tab.' },
    label: { control: 'text', description: 'Accessible name of the tab list.' },
    layout: { control: 'inline-radio', options: ['auto', 'tabs', 'accordion'] },
    'heading-level': { control: { type: 'number', min: 1, max: 7 } },
    markup: { control: 'boolean', description: "The network page's own `<details>` sections as children (story only)." },
    feed: { control: 'object', description: 'An inline feed (story only: becomes the `<script type="application/json">` child).' },
    width: { control: 'text', description: 'Width of the box around the element (story only), e.g. `20rem`.' },
    'color-scheme': { control: 'inline-radio', options: ['', 'auto'] },
    '--nsiw-accent': { control: 'color' },
    '--nsiw-border': { control: 'color' },
    '--nsiw-radius': { control: 'text' },
    '--nsiw-gap': { control: 'text' },
    '--nsiw-tab-indicator-width': { control: 'text' },
    '--nsiw-tab-selected-font-weight': { control: 'text' },
  },
  parameters: {
    actions: { handles: ['nsiw-tab-change', 'nsiw-load', 'nsiw-error'] },
    docs: {
      description: {
        component:
          'The tabbed "More about the project" panel. Stories read the sample feed (`demo/feed.json`), or take ' +
          "the network page's own `<details>` sections (the Markup stories), which work as disclosure sections " +
          "without JavaScript. The toolbar's page language sets `<html lang>`, as a host page would.",
      },
    },
  },
  play: ({ canvasElement }) => feedSettled(canvasElement),
};

export default meta;
type Story = StoryObj<InfoTabsArgs>;

/** The feed's tabs, the first selected. Arrow keys move between tabs; Tab moves into the panel. */
export const FromFeed: Story = { name: 'From the feed' };

/** The page's own `<details>` sections become the tabs; their content stays the page's own. */
export const Markup: Story = { args: { src: undefined, markup: true } };

/** `selected` names the tab shown first (a URL fragment naming a tab does the same). */
export const Selected: Story = { args: { selected: 'workshop-serien' } };

/** Keyboard use as the APG tabs pattern has it: Right selects the next tab, End the last. */
export const Keyboard: Story = {
  args: { src: undefined, markup: true },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('nsiw-info-tabs')!.shadowRoot!;
    root.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(root.activeElement?.textContent?.trim()).toBe('SISP-konferansen 2023'));
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(root.querySelector('[aria-selected="true"]')?.textContent?.trim()).toBe('Kontakt'));
  },
};

/** Always an accordion: one button per section, `aria-expanded`, in headings at `heading-level`. */
export const Accordion: Story = { args: { layout: 'accordion' } };

/** In a column narrower than its tabs the element shows the accordion by itself; widen the box to see the tabs. */
export const NarrowColumn: Story = { name: 'Narrow column', args: { src: undefined, markup: true, width: '18rem' } };

/** `layout="tabs"` keeps tabs even in a narrow column: they wrap onto more lines. */
export const WrappedTabs: Story = {
  name: 'Wrapped tabs',
  args: { src: undefined, markup: true, width: '18rem', layout: 'tabs' },
};

/** No `src`: the feed is a `<script type="application/json">` child, for pages that cannot publish a file. */
export const InlineFeed: Story = {
  name: 'Inline feed',
  args: {
    src: undefined,
    feed: {
      version: 1,
      tabs: [
        { id: 'om', title: { nb: 'Om oss', en: 'About us' }, body: { nb: 'Vi er en *partner* i N-SIW.', en: 'We are a *partner* in N-SIW.' } },
        { id: 'lenker', title: { nb: 'Lenker', en: 'Links' }, body: '- [Fafo](https://www.fafo.no/)\n- [N-SIW](https://www.fafo.no/)' },
      ],
    },
  },
};

const NEVER_RESPONDS = 'never-responds.json';

/** The feed has not arrived yet: `aria-busy`, and room kept for the tabs. */
export const Loading: Story = {
  args: { src: NEVER_RESPONDS },
  beforeEach: () => holdRequests(NEVER_RESPONDS),
  play: ({ canvasElement }) => {
    const base = canvasElement.querySelector('nsiw-info-tabs')?.shadowRoot?.querySelector('[part="base"]');
    return expect(base?.getAttribute('aria-busy')).toBe('true');
  },
};

/** A valid feed without tabs. */
export const Empty: Story = { args: { src: undefined, feed: { version: 1, tabs: [] } } };

/** The feed URL answers 404: a localized alert with a retry button; the page around it keeps working. */
export const Error404: Story = { name: 'Error (404)', args: { src: 'missing-feed.json' } };

/** Markup, script URLs and raw HTML in tab titles and bodies all show as text; no unsafe link is rendered. */
export const HostileFeed: Story = {
  name: 'Hostile feed',
  args: { src: undefined, feed: HOSTILE_TABS_FEED },
  play: async ({ canvasElement }) => {
    await feedSettled(canvasElement);
    const root = canvasElement.querySelector('nsiw-info-tabs')!.shadowRoot!;
    await expect(root.querySelector('script, img, iframe, b, [onerror]')).toBeNull();
    for (const link of root.querySelectorAll('a[href]')) await expect(link.getAttribute('href')).toMatch(/^https?:/);
  },
};

/** The documented custom properties, as a partner's stylesheet would set them. */
export const Themed: Story = {
  args: {
    '--nsiw-accent': '#8c1c3c',
    '--nsiw-border': '#d9c6cd',
    '--nsiw-radius': '0.75rem',
    '--nsiw-gap': '1.5rem',
    '--nsiw-tab-indicator-width': '4px',
    '--nsiw-tab-selected-font-weight': '700',
  },
};

/** A dark host page that opts in with `color-scheme="auto"` (see the events list's Dark story). */
export const Dark: Story = {
  args: { 'color-scheme': 'auto' },
  decorators: [(story) => html`<div class="dark-host">${story()}</div>`],
};

/** A right-to-left page: the tabs run from the right, and Left moves to the next tab. */
export const RightToLeft: Story = {
  name: 'Right to left',
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};

/** The widget on a Norwegian page (`<html lang="nb">`): Norwegian labels and feed texts. */
export const NorwegianPage: Story = { name: 'Norwegian page', globals: { locale: 'nb' } };
