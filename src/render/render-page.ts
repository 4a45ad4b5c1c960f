/**
 * `nsiw-widgets/render`: a page's `nsiw-*` elements rendered on a server, with their content, from the
 * elements' own templates (Lit SSR), so that visitors without JavaScript, crawlers and link previews read
 * it and it paints with the page. Each element gets a declarative shadow root (`<template
 * shadowrootmode="open">`) holding what it shows once loaded; the page's own markup and the element's
 * children stay as they were. When the library arrives, each element keeps that content until it can
 * show as much, then replaces it with its own render (a fresher feed, the time now, the visitor's language).
 *
 * Node only. One page renders at a time: the locale is the process's, as the page's is the browser's.
 */
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
// Named apart from Lit's `html`: its tag names are the page's (`unsafeStatic`), which lint's template checks cannot read.
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../elements.js';
import { loadCalendarChunk } from '../core/calendar/calendar-controller.js';
import { messageOf } from '../core/feed/errors.js';
import { localeFromTag, supportedLocale, type Locale } from '../core/i18n/locale.js';
import { useServerLocale } from '../core/i18n/localization.js';
import { jsonLdScript } from './json-ld-script.js';
import { validator } from '../core/validator/static-validator.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Options of {@link renderPage}. */
export interface RenderOptions {
  /**
   * The feed (its JSON, parsed) for the elements that have `src`. An element with `src` and no feed here
   * is an error; elements without `src` read their inline `<script type="application/json">` child.
   */
  feed?: unknown;
  /**
   * Instead of one `feed`: the feed at each URL an element's `src` resolves to (against `url`), or
   * `undefined` to leave that element to load its feed in the browser (a server that serves the feed files
   * itself, a feed it cannot read now).
   */
  feeds?: (feedUrl: string) => unknown;
  /** The feed's own URL, against which its relative links resolve. Default: each element's `src`, against `url`. */
  feedUrl?: string;
  /**
   * The page's address on its site, against which relative `src` attributes resolve. Without it, links
   * the feed gives relative to a relative `src` are written relative to the page.
   */
  url?: string;
  /** `nb`, `en`, `sv` or `da`. Default: the page's `<html lang>`, read as the elements read it. */
  locale?: string;
  /** The moment "upcoming", "past" and statuses are measured from. Default: now. */
  now?: Date | string;
  /** What the page is called in messages (a file name). Default: "the page". */
  name?: string;
}

/** A page or feed that cannot be rendered: the message names the page, the element and the cause. */
export class RenderError extends Error {
  override name = 'RenderError';
}

const FEED_ELEMENTS = new Set(['nsiw-events', 'nsiw-info-tabs', 'nsiw-workshop-card', 'nsiw-workshop-series']);
const ELEMENTS = new Set([...FEED_ELEMENTS, 'nsiw-language-toggle']);
/**
 * The address pages without `url` are rendered at: links that resolve under it are written back relative
 * to the page (`.invalid` is reserved: nothing can ever answer there).
 */
const PLACEHOLDER_PAGE = 'https://page.nsiw-widgets.invalid/';

let queue: Promise<unknown> = Promise.resolve();

/**
 * `page` (a whole HTML document) with the content of every `nsiw-*` element in it rendered, in `locale`,
 * as of `now`. Rejects with a {@link RenderError} naming the page, the element and the cause when an
 * element's feed is missing or cannot be used; nothing is half rendered then.
 */
export function renderPage(page: string, options: RenderOptions = {}): Promise<string> {
  const rendering = queue.then(() => renderNow(page, options));
  queue = rendering.catch(() => undefined);
  return rendering;
}

/**
 * The `style-src` hashes (`'sha256-…'`) of the inline styles in a rendered page: a page with a strict
 * Content-Security-Policy allows them so, and needs no `'unsafe-inline'`.
 */
export function styleHashes(rendered: string): string[] {
  const hashes = new Set<string>();
  for (const [, css] of rendered.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    hashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  }
  return [...hashes];
}

async function renderNow(page: string, options: RenderOptions): Promise<string> {
  const name = options.name ?? 'the page';
  const document = parse(page, { sourceCodeLocationInfo: true });
  const locale = pageLocale(document, options.locale, name);
  const now = options.now === undefined ? new Date() : new Date(options.now);
  if (Number.isNaN(now.getTime())) throw new RenderError(`${name}: --now "${String(options.now)}" is not a date`);
  await useServerLocale(locale);
  // What a page loads before it shows an item whole (`holding`): the server has it before it renders.
  await loadCalendarChunk();
  await validator.load();

  const pageUrl = options.url ?? PLACEHOLDER_PAGE;
  const edits: { start: number; end: number; text: string }[] = [];
  for (const element of elementsToRender(document)) {
    const tag = element.tagName;
    const label = `<${tag}${attribute(element, 'src') ? ` src="${attribute(element, 'src')}"` : ''}>`;
    const feedUrl = FEED_ELEMENTS.has(tag) ? feedUrlOf(element, options, pageUrl) : undefined;
    const data = feedUrl === undefined ? undefined : await feedOf(element, options, feedUrl, `${name}: ${label}`);
    if (FEED_ELEMENTS.has(tag) && data === undefined) continue;
    if (data !== undefined) checkFeed(data.feed, feedUrl!, `${name}: ${label}`);
    let shadow: string;
    try {
      shadow = await renderShadow(element, { data: data?.feed, now, feedUrl });
    } catch (cause) {
      throw new RenderError(`${name}: ${label}: ${messageOf(cause)}`);
    }
    if (!options.url) shadow = relativeToPage(shadow);
    const record = `<!-- nsiw-widgets render: ${locale}, as of ${now.toISOString()} -->`;
    const structured =
      attribute(element, 'structured-data') !== undefined && data
        ? await jsonLdScript(element.tagName, attributes(element), data.feed, now)
        : '';
    const location = element.sourceCodeLocation!;
    const earlier = earlierRender(element);
    for (const node of earlier)
      edits.push({ start: node.sourceCodeLocation!.startOffset, end: node.sourceCodeLocation!.endOffset, text: '' });
    const at = location.startTag!.endOffset;
    edits.push({ start: at, end: at, text: `${shadow.replace('>', `>${record}`)}${structured}` });
  }
  return edits.sort((a, b) => b.start - a.start).reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), page);
}

/** The locale asked for, or the page's `<html lang>` as the elements read it. */
function pageLocale(document: DefaultTreeAdapterMap['document'], asked: string | undefined, name: string): Locale {
  if (asked !== undefined) {
    const locale = supportedLocale(asked);
    if (!locale) throw new RenderError(`${name}: --locale "${asked}" is not one of nb, en, sv, da`);
    return locale;
  }
  const root = document.childNodes.find((node): node is Element => 'tagName' in node && node.tagName === 'html');
  return localeFromTag(root && attribute(root, 'lang'));
}

/** Every `nsiw-*` element of the page outside templates and `<noscript>`, in document order. */
function elementsToRender(document: DefaultTreeAdapterMap['document']): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    if (!('childNodes' in node)) return;
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      if (child.tagName === 'template' || child.tagName === 'noscript') continue;
      if (ELEMENTS.has(child.tagName)) found.push(child);
      visit(child);
    }
  };
  visit(document);
  return found;
}

/** The element's children an earlier render left (its declarative shadow root and JSON-LD), to be replaced. */
function earlierRender(element: Element): Element[] {
  return element.childNodes.filter(
    (child): child is Element =>
      'tagName' in child &&
      ((child.tagName === 'template' && attribute(child, 'shadowrootmode') !== undefined) ||
        (child.tagName === 'script' && attribute(child, 'data-nsiw-json-ld') !== undefined)),
  );
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function attributes(element: Element): [string, string][] {
  return element.attrs.map((attr) => [attr.name, attr.value]);
}

/**
 * The feed an element shows: the page's feed for one with `src`, else its inline JSON child. `undefined`
 * for an element that reads none (info tabs from `<details>`, a card without a workshop to show).
 */
async function feedOf(element: Element, options: RenderOptions, feedUrl: string, where: string): Promise<{ feed: unknown } | undefined> {
  if (attribute(element, 'src')) {
    if (options.feeds) {
      const feed = await options.feeds(feedUrl);
      return feed === undefined ? undefined : { feed };
    }
    if (options.feed === undefined) throw new RenderError(`${where}: no feed to render it from: give one (--feed FILE or URL)`);
    return { feed: options.feed };
  }
  const script = element.childNodes.find(
    (child): child is Element => 'tagName' in child && child.tagName === 'script' && attribute(child, 'type') === 'application/json',
  );
  if (!script) {
    if (element.tagName === 'nsiw-events' || element.tagName === 'nsiw-workshop-series') {
      throw new RenderError(`${where}: no feed: set src, or add a <script type="application/json"> child`);
    }
    return undefined;
  }
  const text = script.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
  try {
    return { feed: JSON.parse(text) };
  } catch (cause) {
    const line = script.sourceCodeLocation?.startLine;
    throw new RenderError(`${where}: its inline feed${line ? ` (line ${line})` : ''} is not valid JSON: ${messageOf(cause)}`);
  }
}

/** The URL the element's feed has, as the browser would resolve it. */
function feedUrlOf(element: Element, options: RenderOptions, pageUrl: string): string {
  const src = attribute(element, 'src');
  if (src && options.feedUrl) return options.feedUrl;
  return src ? new URL(src, pageUrl).href : pageUrl;
}

/** A feed the elements would refuse (another version, not a feed at all) stops the render, as the element would show an error. */
function checkFeed(feed: unknown, feedUrl: string, where: string): void {
  try {
    validator.module!.validateFeed(feed, feedUrl);
  } catch (cause) {
    throw new RenderError(`${where}: ${messageOf(cause)}`);
  }
}

/** The element's declarative shadow root, as Lit SSR renders the element given its feed and the time. */
async function renderShadow(element: Element, given: { data: unknown; now: Date; feedUrl: string | undefined }): Promise<string> {
  const tag = unsafeStatic(element.tagName);
  const attrs = attributes(element)
    .map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`)
    .join('');
  const ownNow = attribute(element, 'now') !== undefined;
  const template =
    given.data === undefined
      ? staticHtml`<${tag}${unsafeStatic(attrs)}></${tag}>`
      : ownNow
        ? staticHtml`<${tag}${unsafeStatic(attrs)} .feed=${given.data}></${tag}>`
        : staticHtml`<${tag}${unsafeStatic(attrs)} .feed=${given.data} .now=${given.now}></${tag}>`;
  const out = await collectResult(render(template));
  const start = out.indexOf('<template shadowroot');
  const end = out.lastIndexOf(`</${element.tagName}>`);
  if (start === -1 || end < start) throw new Error('Lit SSR rendered no shadow root');
  const shadow = withoutHydrationMarkers(out.slice(start, end));
  // What the element would show as its error state fails the render: a page must not ship it.
  const failure = /part="error-detail"[^>]*>([^<]*)</.exec(shadow);
  if (failure) throw new Error(failure[1]);
  return shadow;
}

/**
 * Lit SSR's markers (part comments, node markers, `defer-hydration`) are for Lit's hydration, which the
 * elements do not use: they take their rendered content over whole (see `LocalizedElement`).
 */
function withoutHydrationMarkers(markup: string): string {
  return markup.replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?lit\$\d+\$>|<\?>/g, '').replace(/ defer-hydration(?:="")?/g, '');
}

/** Links resolved against the placeholder page, written back relative to the page (`href="/a.html"` → `a.html`). */
function relativeToPage(markup: string): string {
  return markup.split(PLACEHOLDER_PAGE).join('');
}
