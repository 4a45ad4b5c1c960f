import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import sampleFeed from '../../demo/feed.json?url';

/** Where the workbench keeps the editor's text (`<nsiw-workbench storage-key>`'s default). */
const KEPT_TEXT = 'nsiw-workbench:feed';
/** Where the library remembers the language chosen with its toggle (`LOCALE_STORAGE_KEY`). */
const CHOSEN_LOCALE = 'nsiw-widgets:locale';

/** The workbench page inside the story's frame, once it has loaded. */
function workbenchIn(canvasElement: HTMLElement): HTMLElement | null | undefined {
  return canvasElement.querySelector('iframe')?.contentDocument?.querySelector('nsiw-workbench');
}

const meta: Meta = {
  title: 'Workbench/Workbench',
  // A page in a frame, not a widget: scripts/check-storybook.mjs expects no nsiw- element in the story.
  tags: ['!autodocs', 'no-widgets'],
  parameters: {
    layout: 'fullscreen',
    docs: { description: { component: 'The built workbench, `dist/workbench/` (run `npm run build` first).' } },
  },
};

export default meta;

/**
 * The editors' workbench as `npm start` serves it (`dist/workbench/`, the built CDN file in its preview),
 * with the sample feed as the editor's text, in the toolbar's language.
 */
export const Workbench: StoryObj = {
  beforeEach: async ({ globals }) => {
    const text = await (await fetch(sampleFeed)).text();
    localStorage.setItem(KEPT_TEXT, text);
    // The toolbar's language as the editor's own choice, which wins over the browser's (the workbench's way).
    localStorage.setItem(CHOSEN_LOCALE, String(globals.locale ?? 'en'));
    return () => {
      localStorage.removeItem(KEPT_TEXT);
      localStorage.removeItem(CHOSEN_LOCALE);
    };
  },
  render: () => {
    const frame = document.createElement('iframe');
    frame.title = 'The feed workbench';
    frame.src = 'dist/workbench/index.html';
    Object.assign(frame.style, { display: 'block', inlineSize: '100%', blockSize: '1100px', border: '0' });
    return frame;
  },
  play: async ({ canvasElement, globals }) => {
    await waitFor(
      async () => {
        const workbench = workbenchIn(canvasElement) as (HTMLElement & { checked: Promise<void> }) | null | undefined;
        await expect(workbench?.shadowRoot?.querySelector('#check-summary')?.textContent?.trim()).toBeTruthy();
        await workbench!.checked;
        await expect(workbench!.shadowRoot!.querySelector('[lang]')?.getAttribute('lang')).toBe(String(globals.locale ?? 'en'));
      },
      { timeout: 10_000 },
    );
    await canvasElement.querySelector('iframe')!.contentDocument!.fonts.ready;
  },
};
