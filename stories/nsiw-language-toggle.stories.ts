import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/language-toggle/nsiw-language-toggle.js';
import '../src/events/nsiw-events.js';
import { getLocale } from '../src/core/localization.js';
import sampleFeedUrl from '../demo/feed.json?url';
import { STORY_NOW, feedSettled } from './support.js';

/** The element's attributes, as a webmaster writes them. */
interface ToggleArgs {
  locales?: string;
  navigate?: boolean;
}

function renderToggle(args: ToggleArgs): TemplateResult {
  return html`<nsiw-language-toggle locales=${ifDefined(args.locales || undefined)} ?navigate=${args.navigate}></nsiw-language-toggle>`;
}

/** The toggle's only control, once rendered. */
function control(canvasElement: HTMLElement): HTMLElement {
  return canvasElement.querySelector('nsiw-language-toggle')!.shadowRoot!.querySelector<HTMLElement>('button, a')!;
}

/**
 * Declares the host page's versions in other languages, as `<link rel="alternate" hreflang>` in its head.
 * The links point into this page (`#...`), so that following one in Storybook stays here.
 */
function declareAlternates(): () => void {
  const links = ['nb', 'en', 'sv', 'da'].map((hreflang) =>
    document.head.appendChild(Object.assign(document.createElement('link'), { rel: 'alternate', hreflang, href: `#version-${hreflang}` })),
  );
  return () => links.forEach((link) => link.remove());
}

const meta: Meta<ToggleArgs> = {
  title: 'Elements/nsiw-language-toggle',
  component: 'nsiw-language-toggle',
  render: renderToggle,
  decorators: [withActions],
  argTypes: {
    locales: { control: 'text' },
    navigate: { control: 'boolean' },
  },
  parameters: {
    actions: { handles: ['nsiw-locale-change'] },
    docs: {
      description: {
        component:
          'Switches every widget on the page between Norwegian, English, Swedish and Danish, and remembers the ' +
          "visitor's choice (localStorage). The toolbar's page language sets `<html lang>`, which the widgets " +
          'follow as well.',
      },
    },
  },
};

export default meta;
type Story = StoryObj<ToggleArgs>;

/** The network's own page: one button, named in the language it offers ("To English version"). */
export const TwoLocales: Story = {
  name: 'Two locales (nb, en)',
  globals: { locale: 'nb' },
  play: async ({ canvasElement }) => {
    const before = getLocale();
    await userEvent.click(control(canvasElement));
    await waitFor(() => expect(getLocale()).not.toBe(before));
  },
};

/** A pair other than the default one, here on a Swedish page. */
export const SwedishAndDanish: Story = {
  name: 'Swedish and Danish',
  args: { locales: 'sv da' },
  globals: { locale: 'sv' },
};

/** All four languages: a labelled group of buttons, each named in its own language, the current one pressed. */
export const AllFourLocales: Story = { name: 'All four locales', args: { locales: 'nb en sv da' } };

/**
 * `navigate`: where the page declares its version in the other language, the toggle is a link to it, as
 * the site's own "To English version" link is.
 */
export const Navigate: Story = {
  args: { navigate: true },
  globals: { locale: 'nb' },
  beforeEach: declareAlternates,
  play: ({ canvasElement }) => expect((control(canvasElement) as HTMLAnchorElement).hash).toBe('#version-en'),
};

/** The toggle beside an event list: every widget on the page switches together, dates included. */
export const WithEvents: Story = {
  name: 'With an event list',
  args: { locales: 'nb en sv da' },
  render: (args) => html`<p>${renderToggle(args)}</p>
    <nsiw-events src=${sampleFeedUrl} limit="2" .now=${STORY_NOW}></nsiw-events>`,
  play: ({ canvasElement }) => feedSettled(canvasElement),
};
