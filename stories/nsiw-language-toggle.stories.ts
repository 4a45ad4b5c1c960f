import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/language-toggle/nsiw-language-toggle.js';
import '../src/events/nsiw-events.js';
import { getLocale } from '../src/core/i18n/localization.js';
import sampleFeed from '../demo/feed.json?url';
import { allStatesStory, feedSettled, inShadow, metaBasics, widget, type WidgetArgs } from './support.js';

/**
 * Declares the host page's versions in other languages, as `<link rel="alternate" hreflang>` in its head.
 * The links point into this page (`#version-…`), so that following one in Storybook stays here.
 */
function declareAlternates(): () => void {
  const links = ['nb', 'en', 'sv', 'da'].map((hreflang) =>
    document.head.appendChild(Object.assign(document.createElement('link'), { rel: 'alternate', hreflang, href: `#version-${hreflang}` })),
  );
  return () => links.forEach((link) => link.remove());
}

const meta: Meta<WidgetArgs> = {
  title: 'Elements/nsiw-language-toggle',
  component: 'nsiw-language-toggle',
  render: (args, context) => widget('nsiw-language-toggle', args, context),
  ...metaBasics(
    'Switches every widget on the page between Norwegian, English, Swedish and Danish, and remembers the ' +
      "visitor's choice (localStorage). The toolbar's language is the page's; a click on the toggle " +
      'switches every widget on the page until the toolbar is changed again.',
  ),
};

export default meta;
type Story = StoryObj<WidgetArgs>;

/**
 * The network's own page (`locales="nb en"`, the default): one button that offers the other language, named
 * in it ("To English version" on a Norwegian page). On a page in neither language, a button for each.
 */
export const TwoLocales: Story = { name: 'Two locales (nb, en)' };

/** All four languages: a labelled group of buttons, each named in its own language, the current one pressed. */
export const FourLocales: Story = {
  name: 'Four locales',
  args: { locales: 'nb en sv da' },
  play: async ({ canvasElement }) => {
    await feedSettled(canvasElement);
    await expect(inShadow(canvasElement, 'nsiw-language-toggle', '[role="group"] button')).toHaveLength(4);
    await expect(inShadow(canvasElement, 'nsiw-language-toggle', `button[aria-pressed="true"][lang="${getLocale()}"]`)).toHaveLength(1);
  },
};

/** A pair other than the default one. */
export const SwedishAndDanish: Story = { name: 'Swedish and Danish', args: { locales: 'sv da' } };

/** Checks that every language the toggle offers is a link to the page's version in that language. */
async function linksToAlternates({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  await feedSettled(canvasElement);
  const links = inShadow(canvasElement, 'nsiw-language-toggle', 'a[part="link"]') as HTMLAnchorElement[];
  await expect(links.length).toBeGreaterThan(0);
  for (const link of links) await expect(link.hash).toBe(`#version-${link.hreflang}`);
}

/**
 * `navigate`: where the page declares its version in another language, the toggle is a link to it, as the
 * site's own "To English version" link is.
 */
export const Navigate: Story = {
  name: 'Navigate (two locales)',
  args: { navigate: true },
  beforeEach: declareAlternates,
  play: linksToAlternates,
};

/** `navigate` with four languages: links to the other versions, the current language a pressed button. */
export const NavigateFourLocales: Story = {
  name: 'Navigate (four locales)',
  args: { navigate: true, locales: 'nb en sv da' },
  beforeEach: declareAlternates,
  play: linksToAlternates,
};

/**
 * The toggle beside an event list: one click switches every widget on the page, dates included. The play
 * function clicks it (so the canvas shows the other language); the toolbar switches back.
 */
export const SwitchesEveryWidget: Story = {
  name: 'Switches every widget',
  render: (args, context) => {
    const page = document.createElement('div');
    const toggle = document.createElement('p');
    toggle.append(widget('nsiw-language-toggle', args, context));
    page.append(toggle, widget('nsiw-events', { src: sampleFeed, limit: 2 }, context));
    return page;
  },
  play: async ({ canvasElement }) => {
    await feedSettled(canvasElement);
    const before = getLocale();
    const [button] = inShadow(canvasElement, 'nsiw-language-toggle', 'button');
    await userEvent.click(button);
    await waitFor(() => expect(getLocale()).not.toBe(before));
    const list = () => inShadow(canvasElement, 'nsiw-events', '[part="base"]')[0];
    await waitFor(() => expect(list()?.getAttribute('lang')).toBe(getLocale()));
  },
};

/** Every form side by side: compared in every locale and right to left by the Storybook check. */
export const AllStates: Story = {
  ...allStatesStory('nsiw-language-toggle', [
    { caption: 'Two locales (nb, en)', args: {} },
    { caption: 'Swedish and Danish', args: { locales: 'sv da' } },
    { caption: 'Four locales', args: { locales: 'nb en sv da' } },
  ]),
  tags: ['matrix'],
};
