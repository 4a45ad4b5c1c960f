import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import sampleFeed from '../../demo/feed.json?url';

/** Where the workbench keeps the editor's text (`<nsiw-workbench storage-key>`'s default). */
const KEPT_TEXT = 'nsiw-workbench:feed';

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
  beforeEach: async () => {
    const text = await (await fetch(sampleFeed)).text();
    localStorage.setItem(KEPT_TEXT, text);
    return () => localStorage.removeItem(KEPT_TEXT);
  },
  render: (_args, { globals }) => {
    const frame = document.createElement('iframe');
    frame.title = 'The feed workbench';
    frame.src = 'dist/workbench/index.html';
    Object.assign(frame.style, { display: 'block', inlineSize: '100%', blockSize: '1100px', border: '0' });
    // The workbench follows its page's <html lang>, as the library's elements do.
    frame.addEventListener('load', () => {
      frame.contentDocument!.documentElement.lang = String(globals.locale ?? 'en');
    });
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
