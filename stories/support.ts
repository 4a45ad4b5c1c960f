import { expect, waitFor } from 'storybook/test';
import { documentsAttribute } from './manifest.js';
import emptyFeed from './feeds/empty.json?url';
import notAFeed from './feeds/not-a-feed.txt?url';
import version2Feed from './feeds/version-2.json?url';

/**
 * The moment every story measures "upcoming", "ongoing" and "past" from, so that a story shows the same
 * thing whatever day a designer opens it: the sample feed's 2027 events stay upcoming, its 2023–2024 ones
 * past.
 */
export const STORY_NOW = '2026-11-25T12:00:00+01:00';

/** Toolbar theme whose widgets opt in to their own high-contrast dark scheme (`color-scheme="auto"`). */
export const DARK_THEME = 'dark';

/** The controls of the story-only args every element's stories share: an inline feed, and the column's width. */
export const STORY_ARG_TYPES = {
  inlineFeed: {
    name: 'inline feed',
    control: 'object',
    description: 'Story only: a feed written into a `<script type="application/json">` child; leave `src` empty.',
    table: { category: 'story' },
  },
  width: {
    control: 'text',
    description: 'Story only: the width of the column around the element, e.g. `320px`.',
    table: { category: 'story' },
  },
} as const;

/** A story's args, named as the element's attributes, properties and custom properties are named. */
export type WidgetArgs = Record<string, unknown>;

/** What {@link widget} reads of a story's context. */
export interface WidgetContext {
  /** The tag name of the story's component. */
  component?: unknown;
  argTypes: Record<string, object | undefined>;
  globals: Record<string, unknown>;
}

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** The story's `nsiw-` elements. */
function widgetsIn(canvasElement: HTMLElement): Widget[] {
  return [...canvasElement.querySelectorAll<Widget>('*')].filter((element) => element.localName.startsWith('nsiw-'));
}

/**
 * The element `tagName`, set up from `args` as a page would write it: `--nsiw-*` args become custom
 * properties on it, args named after one of its attributes become that attribute (`true` an empty one;
 * `undefined`, `''` and `false` none), other args it has a property for set that property. `now` (an ISO
 * date-time) is set as the `now` property, {@link STORY_NOW} when absent, so that stories stay the same
 * every day. Events the story's component documents are wired to Storybook's actions, and the toolbar's
 * dark theme opts the element in to its dark scheme where it documents `color-scheme`.
 *
 * A new element per render, as a page would have: an element reads its inline feed and `<details>`
 * children once.
 */
export function widget(tagName: string, args: WidgetArgs, context: WidgetContext, children: Node[] = []): HTMLElement {
  const element = document.createElement(tagName);
  const attributes = new Set((customElements.get(tagName) as { observedAttributes?: string[] } | undefined)?.observedAttributes);
  const ownArgTypes = context.component === tagName ? context.argTypes : {};
  for (const [name, value] of Object.entries(args)) {
    const action = (ownArgTypes[name] as { action?: { name?: string } | string } | undefined)?.action;
    if (action && typeof value === 'function') {
      element.addEventListener(typeof action === 'string' ? action : (action.name ?? name), value as EventListener);
    } else if (value === undefined || value === null || value === '' || name === 'now') {
      continue;
    } else if (name.startsWith('--')) {
      element.style.setProperty(name, String(value));
    } else if (attributes.has(name) || name.includes('-')) {
      if (value !== false) element.setAttribute(name, value === true ? '' : String(value));
    } else if (name in element) {
      (element as unknown as Record<string, unknown>)[name] = value;
    }
  }
  if ('now' in element) {
    (element as HTMLElement & { now?: Date }).now = new Date(typeof args.now === 'string' && args.now ? args.now : STORY_NOW);
  }
  if (context.globals.theme === DARK_THEME && documentsAttribute(tagName, 'color-scheme') && !element.hasAttribute('color-scheme')) {
    element.setAttribute('color-scheme', 'auto');
  }
  element.append(...children);
  return element;
}

/**
 * The `render` of the feed elements' stories: the element `tagName` set up from the story's args by
 * {@link widget}, with the story-only args {@link STORY_ARG_TYPES} describes: an inline feed as its child,
 * in a column `width` wide.
 */
export function renderWidget(tagName: string) {
  return ({ inlineFeed: feed, width, ...args }: WidgetArgs, context: WidgetContext): Node =>
    column(width, widget(tagName, args, context, feed === undefined ? [] : [inlineFeed(feed)]));
}

/**
 * What every element's stories meta says besides its title, component and args: the docs page's text
 * about the element's stories, and the `play` every story has unless it makes its own checks (waiting
 * for each widget to settle, so that the accessibility scan sees what a visitor finally sees).
 */
export function metaBasics(description: string) {
  return {
    parameters: { docs: { description: { component: description } } },
    play: ({ canvasElement }: { canvasElement: HTMLElement }) => feedSettled(canvasElement),
  };
}

/** `content` in a box `width` wide (a CSS length), as in a narrow column of a page; as is without a width. */
export function column(width: unknown, content: Node): Node {
  if (typeof width !== 'string' || width === '') return content;
  const box = document.createElement('div');
  box.style.inlineSize = width;
  box.append(content);
  return box;
}

/**
 * The `<script type="application/json">` child that holds an inline feed, for pages that cannot publish
 * a file.
 */
export function inlineFeed(feed: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(feed);
  return script;
}

/**
 * Waits until every widget in the story has rendered and left its loading state (its feed arrived or
 * failed; `aria-busy="false"` on its base part), so that the accessibility scan after each story checks
 * what a visitor finally sees. The first story of a session also loads the page's translations, and a
 * loaded machine serves feeds slowly, hence the generous timeout.
 */
export async function feedSettled(canvasElement: HTMLElement): Promise<void> {
  const widgets = widgetsIn(canvasElement);
  await waitFor(
    async () => {
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      for (const widget of widgets) {
        const base = widget.shadowRoot?.querySelector('[part~="base"]');
        await expect(base).toBeTruthy();
        // The toggle reads no feed, and has no busy state.
        if (base?.hasAttribute('aria-busy')) await expect(base.getAttribute('aria-busy')).toBe('false');
      }
    },
    { timeout: 10_000 },
  );
}

/**
 * Waits until the story's widgets have rendered, and checks that each is still loading its feed. Stories
 * that show the loading state are tagged `stays-loading` (a literal: Storybook reads tags without running
 * the file), which tells scripts/check-storybook.mjs that their feed is not meant to arrive.
 */
export async function stillLoading(canvasElement: HTMLElement): Promise<void> {
  const widgets = widgetsIn(canvasElement);
  await waitFor(
    async () => {
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      for (const widget of widgets) {
        await expect(widget.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy')).toBe('true');
      }
    },
    { timeout: 10_000 },
  );
}

/**
 * Answers every `fetch` of `url` with `answer` instead of the network, on any host (the dev server or a
 * static copy of the built Storybook), so that a story can show what a server would make the element do.
 * `answer` returns the response, or `undefined` for a server that never answers: the request then hangs
 * until it is aborted. Returns the function that undoes it (a story's `beforeEach` cleanup).
 */
function answerFetch(url: string, answer: () => Response | undefined): () => void {
  const answeredUrl = new URL(url, document.baseURI).href;
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const requestedUrl = new URL(request ? request.url : String(input), document.baseURI).href;
    if (requestedUrl !== answeredUrl) return realFetch(input, init);
    const response = answer();
    if (response) return Promise.resolve(response);
    return new Promise<Response>((_, reject) => {
      const signal = init?.signal ?? request?.signal;
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
  return () => {
    window.fetch = realFetch;
  };
}

/** A feed URL that never answers (see {@link holdRequests}). */
export const NEVER_ANSWERS = 'feeds/never-answers.json';

/** A feed URL whose server answers 404 (see {@link answerNotFound}). */
export const NOT_FOUND = 'feeds/no-such-feed.json';

/** Makes every request for `url` hang until it is aborted, as a server that never answers would. */
export function holdRequests(url: string): () => void {
  return answerFetch(url, () => undefined);
}

/**
 * Answers every request for `url` with HTTP 404, as a server would for a mistyped feed URL, without a
 * request actually failing (a failed request fails the Storybook check).
 */
export function answerNotFound(url: string): () => void {
  return answerFetch(url, () => new Response('Not Found', { status: 404, statusText: 'Not Found' }));
}

/** The elements matching `selector` in the shadow root of the story's first `tagName` element. */
export function inShadow(canvasElement: HTMLElement, tagName: string, selector: string): Element[] {
  return [...(canvasElement.querySelector(tagName)?.shadowRoot?.querySelectorAll(selector) ?? [])];
}

/** What a story's `play` and `beforeEach` are given, as far as the feed-state stories read it. */
interface PlayContext {
  canvasElement: HTMLElement;
}

/** A story of {@link feedStateStories}: its args, and the check its `play` makes. */
export interface FeedStateStory {
  args: WidgetArgs;
  beforeEach?: () => () => void;
  play: (context: PlayContext) => Promise<void>;
}

/**
 * The stories of the states every feed element shows alike, for the element `tagName`, each with the
 * check its `play` makes:
 *
 * - `Loading`: the feed never arrives; the element stays busy and shows its loading line. Tag the story
 *   `stays-loading` in its own file (Storybook reads tags without running the file).
 * - `Empty`: a valid feed with nothing for the element (`emptyArgs`, by default `stories/feeds/empty.json`).
 * - `Error404`, `ErrorNotAFeed`, `ErrorUnsupportedVersion`: the feed URL answers 404, a web page, or a feed
 *   of version 2; the element shows its alert with the technical cause beside it, and "Try again" where
 *   trying again can help (not for a feed of another version). Tag them `feed-error` in their own file:
 *   the library reports each failure once in the console, which the Storybook check then expects.
 *
 * Each element's stories file spreads the ones it shows into its own stories, adding the name and tags
 * Storybook reads from the file itself: `export const Loading: Story = { ...states.Loading, tags: ['stays-loading'] };`.
 */
export function feedStateStories(tagName: string, emptyArgs: WidgetArgs = { src: emptyFeed }) {
  const shows =
    (selector: string) =>
    async ({ canvasElement }: PlayContext) => {
      await expect(inShadow(canvasElement, tagName, selector), selector).toHaveLength(1);
    };
  const showsError =
    (cause: RegExp, retry = true) =>
    async (context: PlayContext) => {
      await feedSettled(context.canvasElement);
      await shows('[role="alert"][part="error"]')(context);
      const retryButtons = inShadow(context.canvasElement, tagName, '[role="alert"] [part="retry-button"]');
      await expect(retryButtons, 'Try again').toHaveLength(retry ? 1 : 0);
      // The technical cause, in English whatever the page's language.
      await expect(inShadow(context.canvasElement, tagName, '[part="error-detail"]')[0]?.textContent).toMatch(cause);
    };
  return {
    Loading: {
      args: { src: NEVER_ANSWERS },
      beforeEach: () => holdRequests(NEVER_ANSWERS),
      play: async (context) => {
        await stillLoading(context.canvasElement);
        await shows('[part="loading"]')(context);
      },
    },
    Empty: {
      args: emptyArgs,
      play: async (context) => {
        await feedSettled(context.canvasElement);
        await shows('[part="empty"]')(context);
      },
    },
    Error404: { args: { src: NOT_FOUND }, beforeEach: () => answerNotFound(NOT_FOUND), play: showsError(/HTTP 404/) },
    ErrorNotAFeed: { args: { src: notAFeed }, play: showsError(/is not valid JSON/) },
    ErrorUnsupportedVersion: { args: { src: version2Feed }, play: showsError(/Unsupported feed version 2/, false) },
  } satisfies Record<string, FeedStateStory>;
}

/** One state in an element's "All states" story: its caption, the element's args, and its cell's width. */
export interface StateCell {
  caption: string;
  args: WidgetArgs;
  /** The cell spans the whole row (the series' grid of cards). */
  wide?: boolean;
}

/** Whether a cell's element reads a feed that never arrives, and so stays loading. */
const staysLoading = (cell: StateCell) => cell.args.src === NEVER_ANSWERS;

/**
 * The "All states" story of `tagName`: each of `cells` side by side, captioned, in a grid, with the feeds
 * that never answer or answer 404 set up. Its file adds the tags Storybook reads from the file itself:
 * `matrix` (the Storybook check renders it in every locale and right to left), and `stays-loading` and
 * `feed-error` when a cell loads forever or fails.
 */
export function allStatesStory(tagName: string, cells: StateCell[]) {
  return {
    name: 'All states',
    render: (_args: WidgetArgs, context: WidgetContext): Node => {
      const grid = document.createElement('div');
      Object.assign(grid.style, {
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 22rem), 1fr))',
        gap: '2rem 1.5rem',
        alignItems: 'start',
      });
      for (const cell of cells) {
        const figure = document.createElement('figure');
        figure.dataset.state = staysLoading(cell) ? 'loading' : 'settled';
        figure.style.margin = '0';
        if (cell.wide) figure.style.gridColumn = '1 / -1';
        const caption = document.createElement('figcaption');
        caption.textContent = cell.caption;
        Object.assign(caption.style, { fontSize: '0.875rem', fontWeight: '700', marginBlockEnd: '0.5rem' });
        const { inlineFeed: feed, ...args } = cell.args;
        figure.append(caption, widget(tagName, args, context, feed === undefined ? [] : [inlineFeed(feed)]));
        grid.append(figure);
      }
      return grid;
    },
    beforeEach: () => {
      const undoHold = holdRequests(NEVER_ANSWERS);
      const undoNotFound = answerNotFound(NOT_FOUND);
      return () => {
        undoNotFound();
        undoHold();
      };
    },
    play: async ({ canvasElement }: PlayContext) => {
      const figures = [...canvasElement.querySelectorAll<HTMLElement>('figure[data-state]')];
      await Promise.all(figures.map((figure) => (figure.dataset.state === 'loading' ? stillLoading(figure) : feedSettled(figure))));
    },
  };
}
