import { executeServerCommand } from '@web/test-runner-commands';

/**
 * The host pages of `pages/`, each a webmaster's page with real CSS (Bootstrap, Pico, Tailwind,
 * normalize.css, a WordPress-like theme, an old CMS...) and every element on it, opened in an iframe
 * of the page's width, as a visitor's window. The iframe is same-origin, so the test reads its DOM,
 * its shadow roots and its computed styles directly.
 */
export interface HostPage {
  /** The file in `pages/`, without `.html`. */
  name: string;
  /** The window's width in CSS pixels. */
  width: number;
  /** Media the page is looked at under: print, forced colours. */
  emulate?: { media?: 'print'; forcedColors?: 'active' };
}

export const HOST_PAGES: readonly HostPage[] = [
  { name: 'bootstrap', width: 1024 },
  { name: 'pico', width: 320 },
  { name: 'tailwind', width: 800 },
  { name: 'normalize', width: 800 },
  { name: 'wordpress', width: 1024 },
  { name: 'old-cms', width: 900 },
  { name: 'sidebar', width: 1100 },
  { name: 'dark', width: 800 },
  { name: 'rtl', width: 800 },
  { name: 'narrow', width: 320 },
  // A 1280 px window at 200 % zoom lays the page out in 640 CSS pixels.
  { name: 'zoom', width: 640 },
  { name: 'print', width: 800, emulate: { media: 'print' } },
  { name: 'forced-colors', width: 800, emulate: { forcedColors: 'active' } },
];

export const TAGS = ['nsiw-language-toggle', 'nsiw-events', 'nsiw-info-tabs', 'nsiw-workshop-card', 'nsiw-workshop-series'];

export interface OpenPage {
  iframe: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  /** The page's elements of `tag`. */
  all<T extends HTMLElement = HTMLElement>(tag: string): T[];
  one<T extends HTMLElement = HTMLElement>(tag: string): T;
}

/** The open shadow roots in `root` and below, at any depth. */
export function shadowRoots(root: Document | ShadowRoot | Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Document | ShadowRoot | Element) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) {
        found.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  if (root instanceof Element && root.shadowRoot) {
    found.push(root.shadowRoot);
    visit(root.shadowRoot);
  } else visit(root);
  return found;
}

/**
 * Resolves once `ready()` holds, checking again on every change in the page and its shadow roots. No
 * timer of its own: the test's timeout bounds it.
 */
export function until(doc: Document, ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const observers: MutationObserver[] = [];
    const watched = new Set<Node>();
    const check = () => {
      for (const root of [doc, ...shadowRoots(doc)]) {
        if (watched.has(root)) continue;
        watched.add(root);
        // The page's own MutationObserver: one of this document's is not told of changes in the iframe's.
        const observer = new doc.defaultView!.MutationObserver(check);
        observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
        observers.push(observer);
      }
      if (!ready()) return;
      observers.forEach((observer) => observer.disconnect());
      resolve();
    };
    check();
  });
}

/** Whether every element has rendered what it will show: defined, updated, nothing busy, the series' cards too. */
function settled(doc: Document): boolean {
  const elements = [...doc.querySelectorAll<HTMLElement>(TAGS.join(','))];
  const roots = shadowRoots(doc);
  return (
    elements.every((element) => element.matches(':defined') && element.shadowRoot?.querySelector('[part~="base"]')) &&
    roots.every((root) => !root.querySelector('[aria-busy="true"]')) &&
    roots.every((root) => (root.host.localName === 'nsiw-workshop-series' ? root.querySelector('nsiw-workshop-card') : true)) &&
    roots.every((root) =>
      root.host.localName === 'nsiw-info-tabs'
        ? root.querySelector('[role="tab"], [part~="section-button"], [part~="error"], [part~="empty"]')
        : true,
    ) &&
    // In `auto` layout a row of tabs too wide for the element turns into the accordion in the next frame.
    roots.every((root) => {
      const tablist = root.host.matches('[layout="tabs"]') ? null : root.querySelector('[role="tablist"]');
      return !tablist || tablist.scrollWidth <= tablist.clientWidth + 1;
    })
  );
}

let current: HTMLIFrameElement | undefined;

/** Opens `page` in an iframe of its width, and resolves once every element on it has rendered. */
export async function openHostPage(page: HostPage, { height = 700 }: { height?: number } = {}): Promise<OpenPage> {
  current?.remove();
  await executeServerCommand('host-page-viewport', { width: 1200, height });
  scrollTo(0, 0);
  height = Math.min(height, innerHeight); // the whole iframe in the window, where the mouse reaches it
  localStorage.clear(); // a language chosen on an earlier page would be remembered on this one
  const iframe = document.createElement('iframe');
  iframe.title = page.name;
  iframe.style.cssText = `position: absolute; inset-block-start: 0; inset-inline-start: 0; border: 0; inline-size: ${page.width}px; block-size: ${height}px; background: #fff`;
  document.documentElement.style.margin = '0';
  document.body.style.margin = '0';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `/test/host-pages/pages/${page.name}.html`;
  document.body.append(iframe);
  current = iframe;
  await loaded;
  const doc = iframe.contentDocument!;
  const win = iframe.contentWindow as Window & typeof globalThis;
  await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
  await until(doc, () => settled(doc));
  await doc.fonts.ready;
  return {
    iframe,
    doc,
    win,
    all: <T extends HTMLElement>(tag: string) => [...doc.querySelectorAll<T>(tag)],
    one: <T extends HTMLElement>(tag: string) => doc.querySelector<T>(tag)!,
  };
}

/** Grows the iframe to the page's whole height (up to `max`), so that a screenshot shows all of it. */
export function fitHeight(open: OpenPage, max = 4000): void {
  open.iframe.style.blockSize = `${Math.min(max, open.doc.documentElement.scrollHeight)}px`;
}

/** Saves a screenshot of the open page as host-page-screenshots/<engine>/<name>.png (not committed). */
export async function screenshot(open: OpenPage, name: string): Promise<void> {
  const height = open.iframe.style.blockSize;
  fitHeight(open);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await executeServerCommand('host-page-screenshot', { name, selector: 'iframe' });
  open.iframe.style.blockSize = height;
  scrollTo(0, 0);
}

/** The browser's own emulation of print or forced colours; false where the browser has none (Firefox, WebKit). */
export async function emulate(media: HostPage['emulate'] = {}): Promise<boolean> {
  return (await executeServerCommand<boolean, HostPage['emulate']>('host-page-emulate', media)) === true;
}

/**
 * Applies the rules of the element's own stylesheets that sit in `@media` blocks matching `condition`
 * (`print`, `forced-colors: active`, `prefers-color-scheme: dark`), as if the medium matched: how a test
 * looks at print or forced colours in a browser that cannot emulate them. Returns a function that undoes it.
 */
export function applyMediaRules(element: Element, condition: string): () => void {
  const root = element.shadowRoot!;
  const win = element.ownerDocument.defaultView as Window & typeof globalThis;
  const sheets = [...root.adoptedStyleSheets, ...[...root.styleSheets]];
  const texts: string[] = [];
  const collect = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof win.CSSMediaRule) {
        if (rule.media.mediaText.replace(/\s+/g, ' ').includes(condition)) {
          texts.push(...[...rule.cssRules].map((inner) => inner.cssText));
        } else collect(rule.cssRules);
      }
    }
  };
  sheets.forEach((sheet) => collect(sheet.cssRules));
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(texts.join('\n'));
  const before = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...before, sheet];
  return () => {
    root.adoptedStyleSheets = before;
  };
}

/** Words (split at spaces and dashes) of the text in `roots` that the layout broke across two lines. */
export function brokenWords(roots: readonly (ShadowRoot | Element)[]): string[] {
  const broken: string[] = [];
  for (const root of roots) {
    const doc = root.ownerDocument!;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.visually-hidden, style, script') || !parent.checkVisibility()) continue;
      for (const match of node.data.matchAll(/[^\s\-–—/]+/g)) {
        const range = doc.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
        const tops = rects.map((rect) => rect.top);
        if (rects.length > 1 && Math.max(...tops) - Math.min(...tops) > rects[0].height / 2) broken.push(match[0]);
      }
    }
  }
  return broken;
}

/** What of the page sticks out sideways: the page's own scroll width, and each element's. */
export function horizontalOverflow(open: OpenPage): string[] {
  const found: string[] = [];
  const root = open.doc.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) found.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
  for (const element of open.all(TAGS.join(','))) {
    const rect = element.getBoundingClientRect();
    if (rect.right > root.clientWidth + 1 || rect.left < -1)
      found.push(`<${element.localName}> spans ${rect.left}–${rect.right} of ${root.clientWidth}`);
    for (const shadow of shadowRoots(element)) {
      for (const inner of shadow.querySelectorAll('*')) {
        const box = inner.getBoundingClientRect();
        if (box.width > 0 && (box.right > rect.right + 1 || box.left < rect.left - 1)) {
          found.push(
            `<${inner.localName} part="${inner.getAttribute('part') ?? ''}"> of <${element.localName}> sticks out: ${box.left}–${box.right}, the element ${rect.left}–${rect.right}`,
          );
        }
      }
    }
  }
  return found;
}

interface AxeResult {
  violations: { id: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}

/** axe-core's `color-contrast` and `target-size` rules over the page's elements and their shadow roots. */
export async function axeViolations(open: OpenPage, rules = ['color-contrast', 'target-size']): Promise<string[]> {
  const win = open.win as unknown as { axe?: { run(context: unknown, options: unknown): Promise<AxeResult> } };
  if (!win.axe) {
    const script = open.doc.createElement('script');
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
    });
    script.src = '/node_modules/axe-core/axe.min.js';
    open.doc.head.append(script);
    await loaded;
  }
  const result = await win.axe!.run(
    { include: open.all(TAGS.join(',')) },
    { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] },
  );
  // One line a node: the rule, where (host › selector inside it), and axe's measure (the ratio, the size).
  return result.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id}: ${node.target.flat().join(' › ')}: ${(node.failureSummary ?? '').split('\n').slice(1).join(' ').trim().slice(0, 160)}`,
    ),
  );
}

/** `#rrggbb`, and `rgb()`, `rgba()` and `color(srgb …)` as computed styles write them, as [r, g, b, alpha] in 0–255 / 0–1. */
export function parseColor(value: string): [number, number, number, number] {
  const hex = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(value);
  if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16), 1];
  const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)/.exec(value);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  const rgb = /rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?\)/.exec(value);
  if (!rgb) throw new Error(`cannot read the colour ${value}`);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
}

function luminance([r, g, b]: readonly number[]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The colour behind `element`: the first background that is not transparent, in the flat tree upwards (white at the top). */
export function backgroundOf(element: Element): [number, number, number, number] {
  for (let node: Element | null = element; node;) {
    const color = parseColor(node.ownerDocument.defaultView!.getComputedStyle(node).backgroundColor);
    if (color[3] > 0) return color;
    node = node.assignedSlot ?? node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return [255, 255, 255, 1];
}

/** The contrast of `element`'s text against what is behind it. */
export function textContrast(element: Element): number {
  const background = backgroundOf(element);
  const [r, g, b, alpha] = parseColor(element.ownerDocument.defaultView!.getComputedStyle(element).color);
  const blend = (fg: number, bg: number) => fg * alpha + bg * (1 - alpha);
  return contrast([blend(r, background[0]), blend(g, background[1]), blend(b, background[2])], background);
}
