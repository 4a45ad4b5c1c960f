import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { LocalizedElement } from '../core/element/localized-element.js';
import { FeedController, type FeedErrorDetail, type FeedLoadDetail } from '../core/loading/feed-controller.js';
import { DEFAULT_HEADING_LEVEL, resolveHeadingLevel } from '../core/element/heading-level.js';
import { renderEach, renderFeedFrame } from '../core/loading/feed-frame.js';
import { renderRichText } from '../core/element/rich-text.js';
import { baseStyles } from '../core/element/styles.js';
import { infoTabsStyles } from './nsiw-info-tabs.styles.js';

/** The `detail` types of this element's events, for handlers written apart from `addEventListener`. */
export type { FeedErrorDetail, FeedLoadDetail } from '../core/loading/feed-controller.js';

export type InfoTabsLayout = 'auto' | 'tabs' | 'accordion';

/** `detail` of the `nsiw-tab-change` event. */
export interface TabChangeDetail {
  /** The id of the tab now selected. */
  id: string;
}

/** One tab, whichever way it was given. */
interface TabView {
  id: string;
  title: string;
  /** The language of the title, when it differs from the widget's. */
  titleLang: string | undefined;
  /** The page's own `<details>` (declarative), or the rendered body (feed). */
  content: HTMLDetailsElement | TemplateResult;
  bodyLang: string | undefined;
}

/** How a `<details>` looked before the element took it over, to give it back as it was. */
interface DetailsOriginal {
  open: boolean;
  /** The exclusive group (`<details name>`), which would close every section but one. */
  name: string | null;
  summary: HTMLElement | null;
  summaryDisplay: string;
  summaryDisplayPriority: string;
  summaryHadStyle: boolean;
}

const FOCUSABLE =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, object, embed, ' +
  'audio[controls], video[controls], summary, [contenteditable]:not([contenteditable="false"]), [tabindex]';

/**
 * Whether the first thing a reader meets in `root` can take focus (a link, a form field). The APG tabs
 * pattern makes a panel focusable unless so: otherwise Tab from the tab would skip the text before the
 * first focusable element, or find nothing at all.
 */
function startsWithFocusable(root: Node, skip: Element | null): boolean {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, (node) =>
    node === skip ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      if (node.matches(FOCUSABLE) && (node as HTMLElement).tabIndex >= 0) return true;
    } else if (node.textContent!.trim() !== '') {
      return false;
    }
  }
  return false;
}

/**
 * The URL fragment, decoded, when it may name one of `host`'s tabs; empty when there is none, it is
 * malformed, or it names an element of the page other than the host's own `<details>`: such a fragment
 * is the page's (a skip link's `#main`), never a feed tab's (`docs/feed.md`, Tab).
 */
function tabFragment(host: Element): string {
  let fragment: string;
  try {
    fragment = decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
  const named = fragment && (host.getRootNode() as Document | ShadowRoot).getElementById(fragment);
  return named && named.parentElement !== host ? '' : fragment;
}

/**
 * The tabbed info panel ("More about the project"), following the WAI-ARIA Authoring Practices tabs
 * pattern with automatic activation.
 *
 * Filled from its own children, `<details id="…"><summary>Title</summary>…</details>`, which work as
 * plain disclosure sections without JavaScript and stay the page's own light DOM once upgraded (slotted
 * into the panels, with their listeners, form state and page styles), or from a feed's `tabs` with `src`.
 *
 * Keyboard: Tab enters the tab list at the selected tab and leaves it for the panel; Left and Right
 * select the tab to the left and to the right as the row is laid out (left to right, also on a
 * right-to-left page; reversed when the element itself has `dir="rtl"`), wrapping; Home and End the first
 * and last. When its own width is too small for the row of tabs, it shows the same sections as an
 * accordion of buttons (`aria-expanded`), where Up, Down, Home and End move between the buttons.
 *
 * @element nsiw-info-tabs
 *
 * @attr {string} src - Feed URL whose `tabs` fill the element. Without it the element uses its
 *   `<details>` children, or a feed in a child `<script type="application/json">`.
 * @attr {string} selected - The id of the selected tab; reflects the selection. A URL fragment naming a
 *   tab wins over it when the page loads. Default: the first tab.
 * @attr {string} label - Accessible name of the tab list. Default: "More about the project", localized.
 * @attr {'auto'|'tabs'|'accordion'} layout - `auto` (default) shows tabs, or an accordion when the
 *   element is too narrow for its tabs; `tabs` always shows tabs (wrapping onto more lines when needed);
 *   `accordion` always shows the accordion.
 * @attr {number} heading-level - Heading level (2–6) of the accordion's section titles; anything else means 3.
 *
 * @fires {CustomEvent<TabChangeDetail>} nsiw-tab-change - The visitor selected another tab (click, keyboard, or a link to its URL
 *   fragment): `detail.id`. Not fired for changes made by setting `selected`.
 * @fires {CustomEvent<FeedLoadDetail>} nsiw-load - The feed was loaded (feed mode only): `detail.feed`, `detail.skipped`, `detail.dropped`.
 * @fires {CustomEvent<FeedErrorDetail>} nsiw-error - The feed could not be used (feed mode only): `detail.error` names the cause.
 *
 * @slot - `<details id><summary>Title</summary>content</details>` children become the tabs; other
 *   children are shown above the tabs. In feed mode children are not shown (they remain the page's
 *   fallback without JavaScript), and a child `<script type="application/json">` may hold the feed.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart tablist - The row of tabs.
 * @csspart tab - A tab.
 * @csspart tab-selected - The selected tab (with `tab`).
 * @csspart panel - A tab panel, or an accordion section's content.
 * @csspart section-heading - An accordion section's heading.
 * @csspart section-button - An accordion section's button.
 * @csspart section-button-expanded - The button of the open accordion section (with `section-button`).
 * @csspart empty - The empty state (a feed without tabs).
 * @csspart loading - The loading placeholder.
 * @csspart error - The error state (`role="alert"`).
 * @csspart error-detail - The technical cause inside the error state.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssprop [--nsiw-accent=currentColor] - Selected-tab indicator and link colour.
 * @cssprop [--nsiw-muted=currentColor] - Secondary text colour (the page's own, unless set: hierarchy is by size and weight).
 * @cssprop [--nsiw-border=color-mix(in srgb, currentColor 25%, transparent)] - Colour of the line under the tabs and between accordion sections.
 * @cssprop [--nsiw-radius=0.25em] - Corner radius of the tabs.
 * @cssprop [--nsiw-gap=1em] - Space around the panel content.
 * @cssprop [--nsiw-focus-ring=2px solid currentColor] - Outline of focused tabs, buttons and panels.
 * @cssprop [--nsiw-tab-indicator-width=3px] - Thickness of the selected tab's underline.
 * @cssprop [--nsiw-tab-selected-font-weight=inherit] - Font weight of the selected tab.
 * @cssprop --nsiw-info-tabs-min-height - Height the element keeps from the moment it is on the page, loading or not
 *   (set it to the rendered height to avoid any layout shift). Unset: `8em` while the feed loads, then none.
 * @cssprop [--nsiw-dark-background=#111] - Background in the opted-in dark scheme.
 * @cssprop [--nsiw-dark-color=#f5f5f5] - Text colour in the opted-in dark scheme.
 */
export class NsiwInfoTabs extends LocalizedElement {
  static override styles = [baseStyles, infoTabsStyles];
  // Manual assignment slots each `<details>` whole into its panel without touching its attributes.
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };

  @property({ reflect: true }) src: string | null = null;
  @property({ reflect: true }) selected: string | null = null;
  @property() label: string | null = null;
  @property({ reflect: true }) layout: InfoTabsLayout = 'auto';
  @property({ attribute: 'heading-level', type: Number }) headingLevel: number = DEFAULT_HEADING_LEVEL;

  /** In `auto` layout: whether the tabs did not fit, so the accordion is shown. */
  @state() private narrow = false;
  /** In the accordion: whether the selected section is open (its button closes it again). */
  @state() private sectionOpen = true;

  private feed: FeedController | undefined;

  /**
   * Settles with the feed's current load: resolves with the `nsiw-load` detail, rejects with the
   * `nsiw-error` error. For code that arrives after the event fired. `undefined` while the element
   * reads no feed (filled from `<details>` children), or before its first update.
   */
  get loaded(): Promise<FeedLoadDetail> | undefined {
    return this.feed?.loaded;
  }
  private tabs: TabView[] = [];
  /** Children that are neither tabs nor an inline feed, shown above the tabs in declarative mode. */
  private intro: (Element | Text)[] = [];
  private readonly taken = new Map<HTMLDetailsElement, DetailsOriginal>();
  /** Whether the URL fragment has been read for the first tabs the element had. */
  private fragmentRead = false;
  /** Width the row of tabs needed when it last overflowed; the accordion stays while the element is narrower. */
  private tabsWidth = 0;
  private titlesMeasured = '';
  /** The tab whose control had focus before a re-render that swaps tabs for accordion or back. */
  private focusedIndex = -1;

  // Made on connection, not in the constructor: a server renderer (Lit SSR) constructs the element where
  // no DOM and no observers exist, and only a connected element has anything to observe.
  private mutationObserver: MutationObserver | undefined;
  private resizeObserver: ResizeObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.mutationObserver ??= new MutationObserver(() => this.requestUpdate());
    this.resizeObserver ??= new ResizeObserver(() => {
      // A frame later, so that the change of layout never resizes what is being observed mid-delivery.
      requestAnimationFrame(() => this.fit());
    });
    this.mutationObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['id'],
    });
    this.requestUpdate();
    void this.updateComplete.then(() => {
      if (this.isConnected) this.resizeObserver?.observe(this.renderRoot.querySelector('.sizer')!);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.mutationObserver?.disconnect();
    this.resizeObserver?.disconnect();
    for (const details of [...this.taken.keys()]) this.release(details);
  }

  /** Whether the tabs come from a feed (`src`, or an inline JSON child) rather than from `<details>` children. */
  private get feedMode(): boolean {
    return !!this.src || (!isServer && this.querySelector(':scope > script[type="application/json"]') !== null);
  }

  private get effectiveLayout(): 'tabs' | 'accordion' {
    if (this.layout === 'tabs' || this.layout === 'accordion') return this.layout;
    return this.narrow ? 'accordion' : 'tabs';
  }

  private get selectedIndex(): number {
    return Math.max(0, this.tabs.findIndex((tab) => tab.id === this.selected));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.feedMode) {
      this.feed ??= new FeedController(this);
    } else if (this.feed) {
      this.removeController(this.feed);
      this.feed = undefined;
    }
    // A server renderer (Lit SSR) has no light DOM to read: it renders the shell, and the `<details>`
    // children stay the page's disclosure sections until the element upgrades in the browser.
    this.tabs = this.feed ? this.feedTabs() : isServer ? [] : this.declarativeTabs();
    this.intro = this.feed || isServer ? [] : this.introNodes();

    if (this.tabs.length > 0) {
      const fragment = this.fragmentRead ? '' : tabFragment(this);
      this.fragmentRead = true;
      if (this.tabs.some((tab) => tab.id === fragment)) {
        this.selected = fragment;
        void this.updateComplete.then(() => this.scrollIntoView());
      } else if (!this.tabs.some((tab) => tab.id === this.selected)) {
        this.selected = this.tabs[0].id;
      }
    }

    const titles = `${this.locale}\n${this.tabs.map((tab) => tab.title).join('\n')}`;
    if (titles !== this.titlesMeasured) {
      // New titles need a new measurement: show the tabs and let `fit` decide again, before any paint.
      this.titlesMeasured = titles;
      this.narrow = false;
    }
    const active = this.shadowRoot?.activeElement;
    this.focusedIndex = active?.matches('[role="tab"], .section-button') ? Number(active.id.replace('tab-', '')) : -1;
  }

  private feedTabs(): TabView[] {
    if (this.feed?.status !== 'ready') return [];
    const baseUrl = this.feed.feedUrl;
    return renderEach(this, this.feed.result!.feed.tabs, (tab) => {
      const title = this.text(tab.title);
      const body = this.text(tab.body);
      return {
        id: tab.id,
        title: title.value,
        titleLang: title.lang,
        content: renderRichText(body.value, { baseUrl }),
        bodyLang: body.lang,
      };
    });
  }

  private declarativeTabs(): TabView[] {
    const sections = [...this.children].filter((child) => child instanceof HTMLDetailsElement);
    return sections.map((details, index) => {
      const summary = details.querySelector(':scope > summary');
      const titleLang = (summary ?? details).closest('[lang]')?.getAttribute('lang') ?? '';
      return {
        // A section without an id still works as a tab; it just cannot be named by `selected` or a fragment.
        id: details.id || `nsiw-tab-${index + 1}`,
        title: summary?.textContent?.replace(/\s+/g, ' ').trim() || msg('Details'),
        titleLang: titleLang || undefined,
        content: details,
        bodyLang: undefined,
      };
    });
  }

  private introNodes(): (Element | Text)[] {
    return [...this.childNodes].filter(
      (node): node is Element | Text =>
        (node instanceof Element &&
          !(node instanceof HTMLDetailsElement) &&
          !node.matches('script[type="application/json"]')) ||
        (node instanceof Text && node.data.trim() !== ''),
    );
  }

  protected override render(): TemplateResult {
    const status = this.feed?.status;
    return html`${renderFeedFrame({
        locale: this.locale,
        status,
        loadingText: msg('Loading…'),
        error: this.feed?.error,
        retry: () => this.feed!.retry(),
        ready: () =>
          status === 'ready' && this.tabs.length === 0
            ? html`<p class="state" part="empty">${msg('No information to show.')}</p>`
            : html`<slot class="intro"></slot>${this.effectiveLayout === 'tabs' ? this.renderTabs() : this.renderAccordion()}`,
        failed: (error) => this.feed?.fail(error),
      })}
      <div class="sizer"></div>`;
  }

  private renderTabs(): TemplateResult | typeof nothing {
    if (this.tabs.length === 0) return nothing;
    const selectedIndex = this.selectedIndex;
    return html`<div
        role="tablist"
        part="tablist"
        aria-label=${this.label || msg('More about the project')}
        @keydown=${this.onTabKeydown}
      >
        ${this.tabs.map((tab, index) => {
          const selected = index === selectedIndex;
          return html`<button
            type="button"
            role="tab"
            id=${`tab-${index}`}
            part=${selected ? 'tab tab-selected' : 'tab'}
            aria-selected=${selected ? 'true' : 'false'}
            aria-controls=${`panel-${index}`}
            tabindex=${selected ? 0 : -1}
            lang=${tab.titleLang ?? nothing}
            @click=${() => this.select(index, false)}
          >
            <bdi>${tab.title}</bdi>
          </button>`;
        })}
      </div>
      ${this.tabs.map(
        (tab, index) => html`<div
          role="tabpanel"
          id=${`panel-${index}`}
          part="panel"
          aria-labelledby=${`tab-${index}`}
          data-title=${tab.title}
          lang=${tab.bodyLang ?? nothing}
          ?hidden=${index !== selectedIndex}
        >
          ${this.renderContent(tab)}
        </div>`,
      )}`;
  }

  private renderAccordion(): TemplateResult[] {
    const selectedIndex = this.selectedIndex;
    const level = resolveHeadingLevel(this.headingLevel);
    return this.tabs.map((tab, index) => {
      const expanded = index === selectedIndex && this.sectionOpen;
      return html`<div role="heading" aria-level=${level} class="section-heading" part="section-heading">
          <button
            type="button"
            class="section-button"
            id=${`tab-${index}`}
            part=${expanded ? 'section-button section-button-expanded' : 'section-button'}
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls=${`panel-${index}`}
            lang=${tab.titleLang ?? nothing}
            @click=${() => this.toggleSection(index)}
            @keydown=${this.onSectionKeydown}
          >
            <bdi>${tab.title}</bdi>
          </button>
        </div>
        <div
          role="region"
          id=${`panel-${index}`}
          part="panel"
          aria-labelledby=${`tab-${index}`}
          data-title=${tab.title}
          lang=${tab.bodyLang ?? nothing}
          ?hidden=${!expanded}
        >
          ${this.renderContent(tab)}
        </div>`;
    });
  }

  private renderContent(tab: TabView): TemplateResult {
    return tab.content instanceof HTMLDetailsElement ? html`<slot></slot>` : tab.content;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.takeOverDetails();
    const panels = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="panel"]')];
    panels.forEach((panel, index) => {
      const content = this.tabs[index].content;
      if (content instanceof HTMLDetailsElement) panel.querySelector('slot')!.assign(content);
      const focusable =
        panel.getAttribute('role') === 'tabpanel' &&
        !(content instanceof HTMLDetailsElement
          ? startsWithFocusable(content, content.querySelector(':scope > summary'))
          : startsWithFocusable(panel, null));
      if (focusable) panel.tabIndex = 0;
      else panel.removeAttribute('tabindex');
    });
    this.renderRoot.querySelector<HTMLSlotElement>('slot.intro')?.assign(...this.intro);
    // Swapping tabs for the accordion (or back) replaces the focused control: focus its successor.
    const successor = this.focusedIndex === -1 ? null : this.controlOf(this.focusedIndex);
    if (successor && this.shadowRoot!.activeElement !== successor) successor.focus();
    // Measured in the next frame, before it is painted: measuring here would force a layout of the whole
    // page in the middle of every element's update (a locale switch updates them all), one per element.
    requestAnimationFrame(() => this.fit());
  }

  /**
   * Keeps the `<details>` that are tabs open with their `<summary>` hidden (its text is the tab's name),
   * and gives back those that are no longer tabs as they were.
   */
  private takeOverDetails(): void {
    const current = new Set(this.tabs.flatMap((tab) => (tab.content instanceof HTMLDetailsElement ? [tab.content] : [])));
    for (const details of [...this.taken.keys()]) if (!current.has(details)) this.release(details);
    for (const details of current) {
      if (!this.taken.has(details)) {
        const summary = details.querySelector<HTMLElement>(':scope > summary');
        this.taken.set(details, {
          open: details.open,
          name: details.getAttribute('name'),
          summary,
          summaryDisplay: summary?.style.getPropertyValue('display') ?? '',
          summaryDisplayPriority: summary?.style.getPropertyPriority('display') ?? '',
          summaryHadStyle: summary?.hasAttribute('style') ?? false,
        });
        details.addEventListener('toggle', this.keepOpen);
        details.removeAttribute('name');
      }
      details.open = true;
      // Inline and important, so that no page rule for `summary` shows it twice; CSP allows the CSSOM.
      details.querySelector<HTMLElement>(':scope > summary')?.style.setProperty('display', 'none', 'important');
    }
  }

  private release(details: HTMLDetailsElement): void {
    const original = this.taken.get(details)!;
    this.taken.delete(details);
    details.removeEventListener('toggle', this.keepOpen);
    details.open = original.open;
    if (original.name !== null) details.setAttribute('name', original.name);
    const summary = original.summary;
    if (!summary) return;
    summary.style.setProperty('display', original.summaryDisplay, original.summaryDisplayPriority);
    // Reading the attribute (rather than `style.length`) also flushes the CSSOM into it first; otherwise
    // Chromium writes an empty `style=""` back after the removal.
    if (!original.summaryHadStyle && summary.getAttribute('style') === '') summary.removeAttribute('style');
  }

  /** A script on the page that closes a section would leave its panel empty: the panel shows it open. */
  private readonly keepOpen = (event: Event): void => {
    const details = event.target as HTMLDetailsElement;
    if (!details.open && this.taken.has(details)) details.open = true;
  };

  /**
   * In `auto` layout, shows the accordion when the row of tabs overflows the element's own width, and
   * the tabs again once the element is as wide as that row needed.
   */
  private fit(): void {
    if (this.layout !== 'auto' || !this.isConnected) return;
    if (this.narrow) {
      if (this.renderRoot.querySelector('.sizer')!.clientWidth >= this.tabsWidth) this.narrow = false;
      return;
    }
    const tablist = this.renderRoot.querySelector('[role="tablist"]');
    if (tablist && tablist.scrollWidth > tablist.clientWidth + 1) {
      this.tabsWidth = tablist.scrollWidth;
      this.narrow = true;
    }
  }

  private select(index: number, focus: boolean): void {
    const tab = this.tabs[index];
    if (focus) this.controlOf(index)?.focus();
    if (tab.id === this.selected) return;
    this.selected = tab.id;
    this.dispatchEvent(
      new CustomEvent<TabChangeDetail>('nsiw-tab-change', { detail: { id: tab.id }, bubbles: true, composed: true }),
    );
  }

  private toggleSection(index: number): void {
    if (index === this.selectedIndex) {
      this.sectionOpen = !this.sectionOpen;
      return;
    }
    this.sectionOpen = true;
    this.select(index, false);
  }

  private readonly onTabKeydown = (event: KeyboardEvent): void => {
    // The direction of the row as laid out (WAI-ARIA APG): the widget's own, not the page's.
    const rightToLeft = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    this.navigate(event, rightToLeft ? 'ArrowLeft' : 'ArrowRight', rightToLeft ? 'ArrowRight' : 'ArrowLeft', (index) =>
      this.select(index, true),
    );
  };

  private readonly onSectionKeydown = (event: KeyboardEvent): void => {
    this.navigate(event, 'ArrowDown', 'ArrowUp', (index) => this.controlOf(index)!.focus());
  };

  /** Handles the keys that move between tabs: `next` and `previous` wrap; Home and End go to the ends. */
  private navigate(event: KeyboardEvent, next: string, previous: string, go: (index: number) => void): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const current = Number((event.target as HTMLElement).id.replace('tab-', ''));
    const count = this.tabs.length;
    const target = new Map([
      [next, (current + 1) % count],
      [previous, (current - 1 + count) % count],
      ['Home', 0],
      ['End', count - 1],
    ]).get(event.key);
    if (target === undefined) return;
    event.preventDefault();
    go(target);
  }

  /** The tab, or in the accordion the section button, of the tab at `index`. */
  private controlOf(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#tab-${index}`);
  }

  private readonly onHashChange = (): void => {
    const fragment = tabFragment(this);
    const index = this.tabs.findIndex((tab) => tab.id === fragment);
    if (index === -1) return;
    this.sectionOpen = true;
    this.select(index, false);
    void this.updateComplete.then(() => this.scrollIntoView());
  };
}

// Written out, not in a helper, so that tools reading the source (the manifest analyzer) see the definition.
// A second copy of the library on the page (another version, the CDN build) finds the tag taken and steps back.
if (!customElements.get('nsiw-info-tabs')) customElements.define('nsiw-info-tabs', NsiwInfoTabs);

declare global {
  interface HTMLElementTagNameMap {
    'nsiw-info-tabs': NsiwInfoTabs;
  }
  interface HTMLElementEventMap {
    'nsiw-tab-change': CustomEvent<TabChangeDetail>;
    'nsiw-load': CustomEvent<FeedLoadDetail>;
    'nsiw-error': CustomEvent<FeedErrorDetail>;
  }
}
